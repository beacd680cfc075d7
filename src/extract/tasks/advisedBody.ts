/**
 * "Sở Nội vụ: Tham mưu UBND tỉnh theo dõi, đôn đốc, hướng dẫn các sở, ban, ngành ... tổ chức triển khai", "Văn phòng
 * ... giúp Bộ trưởng tổng hợp, theo dõi, đôn đốc các tổ chức, đơn vị thuộc bộ thực hiện ...", "Tham mưu UBND tỉnh phối
 * hợp các bộ, ngành Trung ương xây dựng ...": what follows "tham mưu (cho) / giúp <body>" is the advised body's act,
 * not the subject's. The third-round convention: the bodies it presses or coordinates with are given nothing there
 * (the subject's own roles are read as before). One reader for both callers: the direction of `clauses.ts` and the
 * coordination of `roles.ts`.
 */
import { parseBodyListAt } from '../bodies';
import { exactWordsAt, marksLost, spellingTest, type Phrase, type Token } from '../vocabulary';
import { endsSentence } from './document';
import { ADVISING_VERBS } from './phrases';
import type { TaskDocument } from './types';

/** Tokens looked back from the verb for "tham mưu / giúp <body>". */
const ADVISED_LOOKBACK = 14;

/**
 * Whether the verb at `k` ("đôn đốc", "phối hợp") is what the subject advises or helps another body to do: "tham mưu
 * (cho) / giúp <body>" before it in the same clause (not across ";", ":" or a sentence's end, nor before `from`, the
 * caller's segment), with only the advised body's own verbs between ("theo dõi,").
 */
export function advisedVerbAt(doc: TaskDocument, k: number, from = 0): boolean {
  const t = doc.tokens;
  const at = advisedAt(doc, k, from);
  if (at < 0) return false;
  // A body ("Ủy ban nhân dân tỉnh") or an official its title names ("Bộ trưởng").
  let named = parseBodyListAt(t, at)?.to ?? at;
  if (named === at) while (named < k && t[named]!.word && t[named]!.cap) named++;
  if (named === at || named > k) return false;
  // Only the advised body's own verbs between it and the verb at `k` ("theo dõi, kiểm tra,"), no other body.
  for (let m = named; m < k; m++) if (t[m]!.cap) return false;
  return true;
}

/**
 * Whether the comma at `comma` runs on the bodies a subject advises or helps ("tham mưu cho UBND tỉnh, Chủ tịch UBND
 * tỉnh có văn bản thông báo ...", "giúp Ủy ban nhân dân tỉnh, Chủ tịch Ủy ban nhân dân tỉnh hướng dẫn ..."): what
 * follows it is the advised body's act, no new subject (the same clause, not across ";", ":" or a sentence's end).
 */
export function insideAdvisedList(doc: TaskDocument, comma: number): boolean {
  const at = advisedAt(doc, comma);
  const list = at < 0 ? null : parseBodyListAt(doc.tokens, at);
  return !!list && list.to >= comma;
}

/**
 * Where the advised body's name starts after the nearest "tham mưu (cho) / giúp" before `k` in the same clause (not
 * across ";", ":" or a sentence's end, nor before `from`), else -1.
 */
function advisedAt(doc: TaskDocument, k: number, from = 0): number {
  const t = doc.tokens;
  for (let j = k - 1; j >= from && j >= k - ADVISED_LOOKBACK; j--) {
    const x = t[j]!;
    if (!x.word) {
      if (x.raw === ';' || x.raw === ':' || endsSentence(doc, j)) return -1;
      continue;
    }
    const verb = advisingVerbAt(t, j);
    if (verb) return j + verb.words.length;
  }
  return -1;
}

/** The advising verbs' words as written, lower case, longest first: "tham mưu cho" is found before "tham mưu". */
const ADVISING_WRITTEN: readonly { p: Phrase; words: readonly string[] }[] = ADVISING_VERBS.map((p) => ({ p, words: p.written })).sort(
  (a, b) => b.words.length - a.words.length,
);

/** An advising verb's first word, written lower case with its marks. */
function opensAdvisingVerb(x: Token): boolean {
  const raw = x.raw.toLowerCase();
  return ADVISING_WRITTEN.some((v) => v.words[0] === raw);
}

/** The advising verbs' first words folded: how a text that lost its marks writes them (markLoss.ts). */
const ADVISING_FOLDED_STARTS: ReadonlySet<string> = new Set(ADVISING_VERBS.map((p) => p.words[0]!));

/**
 * The first advising verb written at `i` (lower case, with its marks: OCR that damaged some marks keeps the rule
 * off; a text that lost them all writes it unmarked). Its first word is a test of the spelling, answered once per
 * spelling: every verb asked about looks back over up to ADVISED_LOOKBACK words.
 */
function advisingVerbAt(t: readonly Token[], i: number): { p: Phrase; words: readonly string[] } | undefined {
  const x = t[i]!;
  if (!spellingTest(x, 'advisingStart', opensAdvisingVerb) && !(ADVISING_FOLDED_STARTS.has(x.f) && marksLost(t))) return undefined;
  return ADVISING_WRITTEN.find((v) => exactWordsAt(t, i, v.words, 'written'));
}
