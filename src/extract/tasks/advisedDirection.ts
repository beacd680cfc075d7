/**
 * "Sở Nội vụ: Tham mưu UBND tỉnh theo dõi, đôn đốc, hướng dẫn các sở, ban, ngành ... tổ chức triển khai", "Văn phòng
 * ... giúp Bộ trưởng tổng hợp, theo dõi, đôn đốc các tổ chức, đơn vị thuộc bộ thực hiện ...": the direction belongs
 * to the body advised or helped, not to the subject, and the gold gives the bodies it presses nothing there (the
 * subject's own role, SUPERVISE or LEAD, is read as before). The third-round convention for "tham mưu UBND tỉnh phối
 * hợp các bộ" (advice to the UBND, not an assignment to the ministries), applied to direction.
 */
import { parseBodyListAt } from '../bodies';
import { spellingTest, type Phrase, type Token } from '../vocabulary';
import { endsSentence } from './document';
import { ADVISING_VERBS } from './phrases';
import type { TaskDocument } from './types';

/** Tokens looked back from the verb of direction for "tham mưu / giúp <body>". */
const ADVISED_LOOKBACK = 14;

/**
 * Whether the verb of direction at `k` ("chỉ đạo", "đôn đốc") is what the subject advises or helps another body
 * to do: "tham mưu (cho) / giúp <body>" before it in the same clause, with only verbs between ("theo dõi,").
 */
export function advisedDirectionAt(doc: TaskDocument, k: number): boolean {
  const t = doc.tokens;
  for (let j = k - 1; j >= 0 && j >= k - ADVISED_LOOKBACK; j--) {
    const x = t[j]!;
    if (!x.word) {
      if (x.raw === ';' || x.raw === ':' || endsSentence(doc, j)) return false;
      continue;
    }
    const verb = advisingVerbAt(t, j);
    if (!verb) continue;
    const at = j + verb.p.words.length;
    // A body ("Ủy ban nhân dân tỉnh") or an official its title names ("Bộ trưởng").
    let named = parseBodyListAt(t, at)?.to ?? at;
    if (named === at) while (named < k && t[named]!.word && t[named]!.cap) named++;
    if (named === at || named > k) return false;
    // Only the advised body's own verbs between it and the direction ("theo dõi, kiểm tra,"), no other body.
    for (let m = named; m < k; m++) if (t[m]!.cap) return false;
    return true;
  }
  return false;
}

/** The advising verbs' words as written, lower case, in the list's order. */
const ADVISING_WRITTEN: readonly { p: Phrase; words: readonly string[] }[] = ADVISING_VERBS.map((p) => ({ p, words: p.display.toLowerCase().split(' ') }));

/**
 * The first advising verb written at `i` (lower case, with its marks: OCR stripped of marks keeps the rule off). Its
 * first word is a test of the spelling, answered once per spelling: every verb of direction looks back over up to
 * ADVISED_LOOKBACK words.
 */
function advisingVerbAt(t: readonly Token[], i: number): { p: Phrase; words: readonly string[] } | undefined {
  const first = spellingTest(t[i]!, 'advisingStart', (x) => {
    const raw = x.raw.toLowerCase();
    return ADVISING_WRITTEN.some((v) => v.words[0] === raw);
  });
  if (!first) return undefined;
  return ADVISING_WRITTEN.find((v) => v.words.every((w, n) => t[i + n]?.raw.toLowerCase() === w));
}
