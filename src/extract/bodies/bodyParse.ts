/** What a body's parse returns (one body, a list of them) and how a token range becomes one. */
import { type Token } from '../vocabulary';

/** A body phrase found in a token stream. */
export interface BodyParse {
  /** Token range [from, to). */
  from: number;
  to: number;
  start: number;
  end: number;
  /** The phrase as written. */
  raw: string;
  group: boolean;
  /** Only a part of a body awaiting its owner ("Thường trực", "các Ban", "các Tổ"). */
  bare: boolean;
  /** Owner body written at the end ("... Hội đồng nhân dân tỉnh"), as written; used to complete bare parts. */
  owner: string | null;
  /** Every name word came from the vocabulary (no guessing from capital letters). */
  known: boolean;
}

export interface ParseOptions {
  /** Accept a group written without "các" ("cơ quan trung ương đóng trên địa bàn tỉnh") — list continuations. */
  bareGeneric?: boolean;
}

/** `parseBodyAt`, handed to the name reader that asks whether a body starts inside a name (no import cycle). */
export type BodyParser = (tokens: readonly Token[], i: number, opts?: ParseOptions) => BodyParse | null;

export const DASH = /^[-–—]$/;

export function rawOf(tokens: readonly Token[], from: number, to: number): string {
  // Built in one pass (every parse makes one): no slice, mapped array or join.
  let out = '';
  for (let k = from; k < Math.min(to, tokens.length); k++) {
    const t = tokens[k]!;
    const prev = tokens[k - 1];
    // A slash between two names keeps the writer's spacing ("xã/phường", "Phòng Kinh tế/ Phòng ...").
    if (k > from && prev && (t.raw === '/' || prev.raw === '/')) out += (t.start > prev.end ? ' ' : '') + t.raw;
    else out += (k > from && (t.word || DASH.test(t.raw)) && !(DASH.test(prev!.raw) && t.start === prev!.end) ? ' ' : '') + t.raw;
  }
  // Most names hold no comma, and need no pass for a space before one.
  return out.includes(',') ? out.replace(/\s+,/g, ',') : out;
}

export function finish(tokens: readonly Token[], from: number, to: number, group: boolean, bare: boolean, owner: string | null, known: boolean): BodyParse | null {
  if (to <= from) return null;
  // Never end on punctuation.
  while (to > from && !tokens[to - 1]!.word) to--;
  if (to <= from) return null;
  return {
    from,
    to,
    start: tokens[from]!.start,
    end: tokens[to - 1]!.end,
    raw: rawOf(tokens, from, to),
    group,
    bare,
    owner,
    known,
  };
}

/** A list of bodies: "Sở Nội vụ, Sở Tài chính và các cơ quan liên quan"; "X; Y; và Z". */
export interface BodyListParse {
  items: BodyParse[];
  /** Token index after the list. */
  to: number;
}

/**
 * A dash at `k` opening the next line of a hard-wrapped paragraph inside a name: one line break, a name word
 * right before it and the same line's name going on; a line that opens with a bullet itself lists items.
 */
export function wrappedInName(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]!.nl !== 1 || !tokens[k - 1]?.word || tokens[k + 1]?.nl !== 0) return false;
  let j = k - 1;
  while (j > 0 && tokens[j]!.nl === 0) j--;
  return !DASH.test(tokens[j]!.raw) && tokens[j]!.raw !== '+' && tokens[j]!.raw !== '*';
}

/** A hard-wrapped export fills its lines; a heading over a bulleted list ("2. Sở Xây dựng" / "- Đầu tư ...") is short. */
const FILLED_LINE = 40;

/**
 * A dash at `k` that a line break put at the start of a line inside a body's name read on its own, with no list
 * around it ("Vụ trưởng Vụ Kế hoạch" / "- Tài chính, Thủ trưởng ..."): `wrappedInName`, and the line before is a
 * filled line of running text, not a labelled heading ("2. Sở Xây dựng") nor a short one, which bullets follow.
 */
export function wrappedLineInName(tokens: readonly Token[], k: number): boolean {
  if (!wrappedInName(tokens, k)) return false;
  let j = k - 1;
  while (j > 0 && tokens[j]!.nl === 0) j--;
  const labelled = /^(\d+|[a-zđ])$/iu.test(tokens[j]!.raw) && (tokens[j + 1]?.raw === '.' || tokens[j + 1]?.raw === ')');
  return !labelled && tokens[k - 1]!.end - tokens[j]!.start >= FILLED_LINE;
}
