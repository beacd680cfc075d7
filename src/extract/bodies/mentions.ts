/** Every body mentioned in a text or token stream. */
import vocab from '../data/bodyVocabulary.json';
import { tokenize, type Token } from '../vocabulary';
import { type BodyParse } from './bodyParse';
import { abbreviationAt } from './heads';
import { parseBodyAt } from './parse';

/** Heads that name no particular body when written alone. */
const HEADS_ALONE = new Set(vocab.headsAlone);
/** Words of the longest of them: a name of more words is none, and its words need not be joined to tell. */
const HEADS_ALONE_WORDS = Math.max(0, ...[...HEADS_ALONE].map((h) => h.split(' ').length));

/**
 * Every named body (not generic groups) mentioned anywhere in `text`, with its span: the bodies a document
 * names even when it gives them no task ("của Chính phủ", "Nơi nhận: - Bộ Nội vụ"). `unknownNames` adds names
 * of words the vocabulary does not know ("Văn phòng Ban Chỉ huy Phòng thủ dân sự tỉnh").
 */
export function findBodyMentions(text: string, tokens: readonly Token[] = tokenize(text), opts: { unknownNames?: boolean } = {}): BodyParse[] {
  const lists = bodyMentionLists(tokens);
  return opts.unknownNames ? lists.all : lists.known;
}

/**
 * `findBodyMentions`' two lists, without and with `unknownNames`, read in one pass: each list goes on after the
 * names it keeps, and a place either list reaches is tested once for both (the task stage needs both lists).
 */
export function bodyMentionLists(tokens: readonly Token[]): { known: BodyParse[]; all: BodyParse[] } {
  const known: BodyParse[] = [];
  const all: BodyParse[] = [];
  // The next token each list reads (after the last name it kept).
  let knownFrom = 0;
  let allFrom = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (i < knownFrom && i < allFrom) {
      i = Math.min(knownFrom, allFrom) - 1;
      continue;
    }
    const t = tokens[i]!;
    if (!t.word) continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    // Only at a word start that can open a name.
    if (!t.cap && !abbreviationAt(tokens, i)) continue;
    if (prev && prev.word && prev.end === t.start) continue;
    // "NQ-HĐND", "QĐ-UBND", "05-NQ/TU", "BNV-CCHC": the issuer's code inside a document symbol.
    if (t.upper && ((prev && !prev.word && /[-/]/.test(prev.raw) && prev.end === t.start) || (next && !next.word && /[-/]/.test(next.raw) && next.start === t.end))) continue;
    const p = parseBodyAt(tokens, i);
    if (!p || p.bare || p.group) continue;
    // A head alone ("Trung tâm", "Ủy ban", "Ban Chấp hành") or "TW" names no particular body.
    if (headAlone(tokens, p.from, p.to)) continue;
    if (i >= allFrom) {
      all.push(p);
      allFrom = p.to;
    }
    // Names of words the vocabulary does not know are kept only in the second list (to complete short forms).
    if (p.known && i >= knownFrom) {
      known.push(p);
      knownFrom = p.to;
    }
  }
  return { known, all };
}

/** Whether the words of `tokens[from, to)`, folded and joined by spaces, are one of `HEADS_ALONE`. */
function headAlone(tokens: readonly Token[], from: number, to: number): boolean {
  let n = 0;
  for (let k = from; k < Math.min(to, tokens.length); k++) if (tokens[k]!.word && ++n > HEADS_ALONE_WORDS) return false;
  return HEADS_ALONE.has(tokens.slice(from, to).filter((x) => x.word).map((x) => x.f).join(' '));
}
