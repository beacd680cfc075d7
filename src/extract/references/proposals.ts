/**
 * A simplification plan's proposals: under "Kiến nghị thực thi" (a heading or a label) a plan proposes changes to
 * the body that issued the text ("Sửa đổi khoản 1 Điều 18 Nghị định số ..."). The change is proposed, not made
 * (gold-real README, sixth and seventh rounds): a citation there is no AMENDS (relations) and a change verb there is
 * no effect of this document (effects). One decision of where a proposal's scope runs, for both stages.
 */

/** "Kiến nghị thực thi:" (also "Kiến nghị" alone) as a heading or a label, ending where the text read starts (folded). */
const PROPOSAL_LABEL = /kien\s+nghi(?:\s+thuc\s+thi)?[\s*_:.]*$/;
/** The label's full form anywhere in a paragraph: what follows it there is proposed (folded). */
const IMPLEMENTATION_PROPOSAL = /kien\s+nghi\s+thuc\s+thi/;
/** Characters read back for the paragraph holding a position. */
const PARAGRAPH_LOOKBACK = 600;
/** Characters before a paragraph where its heading ends. */
const HEADING_CHARS = 60;
/** Characters before a position where a label right before it is read. */
const LABEL_CHARS = 40;

/**
 * Whether position `at` of the folded text lies in a proposal: its paragraph follows a "Kiến nghị thực thi" heading
 * ("**1.2. Kiến nghị thực thi**" then "Sửa đổi ..."), or holds that label before `at` ("Kiến nghị thực thi: Sửa đổi
 * ... Nghị định số ...; sửa đổi, bổ sung ... Thông tư số ...": the proposal runs on to the paragraph's end), or a
 * "Kiến nghị:" label stands right before `at`.
 */
export function proposedAt(folded: string, at: number): boolean {
  const from = Math.max(0, at - PARAGRAPH_LOOKBACK);
  const before = folded.slice(from, at);
  let para = 0;
  for (const b of before.matchAll(/\n[ \t]*\n/g)) para = b.index + b[0].length;
  const heading = folded.slice(Math.max(0, from + para - HEADING_CHARS), from + para);
  return (
    PROPOSAL_LABEL.test(heading) ||
    IMPLEMENTATION_PROPOSAL.test(before.slice(para)) ||
    PROPOSAL_LABEL.test(folded.slice(Math.max(0, at - LABEL_CHARS), at))
  );
}
