/**
 * Where symbols are written in a text: every candidate that parses as a document symbol, with its offsets.
 * Shared by the identity stage (the header's own symbol) and the reference stage (citations).
 */
import { endsInListedCode, parseSymbol, type ParsedSymbol } from './symbols';
import { blankRanges } from './blankedText';

const C = '[A-Za-z0-9ĐđÐ]';
/**
 * Not inside a longer token, except right after "số" whose space an export lost ("Tờ trình số347/TTr-CP", from
 * "số**347**"); nor the year of a standard's number ("QCVN 01:2022/BQP" is no document symbol).
 */
const LOOKBEHIND = '(?:(?<![\\p{L}\\d/.\\-–])|(?<=(?<!\\p{L})[Ss]ố))(?<!(?:QCVN|TCVN)\\s{0,2}[\\d.\\-]{1,8}:)';
/** Spaces, a line break and OCR specks ("22/\n~ KH-UBND") may sit around a symbol's separators. */
const GAP = '[\\s~^*]{0,4}';
/**
 * After a separator, a table's cell border too: a narrow "Căn cứ pháp lý" column breaks a symbol into two cells
 * ("Nghị định số 63/2010/ | NĐ-CP"). Only after "/" or "-", where the symbol cannot end, so two cells' own
 * numbers are never joined.
 */
const CELL_GAP = `${GAP}(?:\\|${GAP})?`;
const PARTY_CANDIDATE = new RegExp(
  `${LOOKBEHIND}(\\d{1,5})${GAP}[-–—]${GAP}${C}{1,6}${GAP}\\/${GAP}${C}{1,10}(?:\\/[a-z]{1,3})?(?![\\p{L}\\d])`,
  'gu',
);
/** Dashes after the first code: a type and up to four issuers of a joint document ("TTLT-BGDĐT-BNV-BTC"). */
const MAX_CODE_DASHES = 4;
/**
 * A code part may join capitals with "&" or "." ("SNV-XDCQ&TCBC", "TTr-SNN&MT", a regional tax branch's
 * "CCTKV.05-TTKT3", "NVDTPC.HUE"); only capitals or digits follow the joiner, so a sentence end ("UBND.Sau")
 * is not read into the code.
 */
const CODE = `${C}{1,10}(?:[.&][A-ZĐ0-9]{1,8}(?![a-zđ])){0,2}`;
/** The Government's numbered series of one resolution ("66.7/2025/NQ-CP") carry a dotted number, always with a year. */
const NUMBER = `(\\d{1,5}|\\d{1,3}\\.\\d{1,2}(?=${GAP}\\/${GAP}\\d{4}${GAP}\\/))`;
/** An issuer's code after a dash may be long: the Front's presidium in a joint resolution ("ĐCTUBTWMTTQVN"). */
const ISSUER_CODE = `${C}{1,14}(?:[.&][A-ZĐ0-9]{1,8}(?![a-zđ])){0,2}`;
/** A joint document's type written with a slash before its issuers ("88/2016/TTLT/BTC-BTNMT"). */
const JOINT_SLASH = `(?:(?<=[A-Z]LT)\\/${C}{1,10})?`;
const STATE_CANDIDATE = new RegExp(
  `${LOOKBEHIND}${NUMBER}${GAP}\\/${CELL_GAP}(?:\\d{4}${GAP}\\/${CELL_GAP})?${CODE}${JOINT_SLASH}(?:\\s{0,2}[-–—](?:\\s{0,2}\\|)?\\s{0,2}${ISSUER_CODE}){0,${MAX_CODE_DASHES}}(?![\\p{L}\\d])`,
  'gu',
);

/** The rest of a code after a space or a line break: a few capitals alone ("MT" of "TT-BNN MT"). */
const CODE_REST = /^[ \t]?\n?[ \t]?([A-ZĐ]{1,4})(?![\p{L}\d])/u;

/**
 * Both candidates open with a digit no digit precedes (their lookbehind refuses one), so they can only match
 * where a digit run starts: trying the sticky form there alone finds what a scan of every offset finds, without
 * running the lookbehinds at each character of the text.
 */
const PARTY_CANDIDATE_AT = new RegExp(PARTY_CANDIDATE.source, 'uy');
const STATE_CANDIDATE_AT = new RegExp(STATE_CANDIDATE.source, 'uy');

function digitRunStarts(text: string): number[] {
  const out: number[] = [];
  let prevDigit = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const digit = c >= 48 && c <= 57;
    if (digit && !prevDigit) out.push(i);
    prevDigit = digit;
  }
  return out;
}

/** The matches a global scan of `text` would give, left to right and not overlapping, tried only at `starts`. */
function* matchesFrom(sticky: RegExp, text: string, starts: readonly number[]): Generator<RegExpExecArray> {
  let from = 0;
  for (const at of starts) {
    if (at < from) continue;
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (!m) continue;
    from = at + m[0].length;
    yield m;
  }
}

/** Replace URLs by spaces (same length): a link's text names pages, not citations. */
export function maskUrls(text: string): string {
  // Through blankRanges: the copy's tokens are then read off the document's own (matching/tokens.ts).
  return blankRanges(text, Array.from(text.matchAll(URL_RE), (m) => ({ start: m.index, end: m.index + m[0].length })));
}

const URL_RE = /\b(?:https?:\/\/|www\.)\S+/g;

export interface SymbolHit {
  start: number;
  end: number;
  parsed: ParsedSymbol;
}

/**
 * Symbols in the text. A number split by OCR ("56 1 24/NQ-HDND" = "số 124/NQ-HĐND") is rejoined: short
 * digit groups before a short number are part of it, except a leading "5x" group that is "số" misread.
 */
export function findSymbols(text: string): SymbolHit[] {
  const hits: SymbolHit[] = [];
  const seen = new Set<number>();
  const starts = digitRunStarts(text);
  for (const re of [PARTY_CANDIDATE_AT, STATE_CANDIDATE_AT]) {
    for (const m of matchesFrom(re, text, starts)) {
      let start = m.index;
      // A cell border inside the symbol (CELL_GAP) is no part of it.
      let raw = m[0].replace(/\|/g, ' ');
      const num = m[1]!;
      // OCR splits a number ("1 24", "1 563"); a short digit group just before a short number joins it.
      if (num.length <= 3) {
        const pre = /(?<!\S)((?:\d{1,2} ){1,3})$/.exec(text.slice(Math.max(0, start - 14), start));
        if (pre) {
          const groups = pre[1]!.trim().split(' ');
          if (groups.length > 1 || !/^5\d$/.test(groups[0]!)) {
            const drop = /^5\d$/.test(groups[0]!) ? 1 : 0;
            const keep = groups.slice(drop);
            start -= pre[1]!.length - (drop ? groups[0]!.length + 1 : 0);
            raw = keep.join('') + raw;
          }
        }
      }
      let parsed = parseSymbol(raw);
      let end = m.index + m[0].length;
      const rest = re === STATE_CANDIDATE_AT ? CODE_REST.exec(text.slice(end, end + 12)) : null;
      if (rest && !(parsed && endsInListedCode(parsed))) {
        // "37/2025/TTBNN MT", "TT-BNN\nMT": a code cut by a space or a line break joins its rest where only the
        // joined code is one the tables list ("BNNMT").
        const joined = parseSymbol(raw + rest[1]!);
        if (joined && endsInListedCode(joined)) {
          parsed = joined;
          end += rest[0].length;
        }
      }
      if (!parsed || seen.has(start)) continue;
      seen.add(start);
      hits.push({ start, end, parsed });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

