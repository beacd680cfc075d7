/**
 * Verb phrases that decide a citation's relation, folded: "triển khai thực hiện" (IMPLEMENTS), "sửa đổi, bổ
 * sung" (AMENDS), and the verbs that create a scheme rather than carry one out ("xây dựng Đề án").
 */
import { FirstWordIndex, firstPatternAt, patternWords, type PatternWords, type Token } from '../matching';
import cueData from '../data/cues.json';

/** How far back a verb may govern a citation: long enough for one sentence, bounded so cost stays linear. */
export const CUE_WINDOW = 400;

/** A cue list split into words and indexed by first word once (cue lists are module constants). */
export type CueList = FirstWordIndex<{ words: PatternWords }>;

export function cueList(cues: readonly string[]): CueList {
  return new FirstWordIndex(cues.map((c) => ({ words: patternWords(c) })));
}

export const IMPLEMENT_CUES: CueList = cueList(cueData.implement);
export const AMEND_CUES: CueList = cueList(cueData.amend);
/** Words allowed between an amend verb and its object: "sửa đổi, bổ sung một số điều của Quyết định ...". */
export const AMEND_FILLERS: ReadonlySet<string> = new Set(cueData.amendFillers);
/** "xem xét", "đề xuất" right before an amend verb: the change is asked for, not made (two folded words each). */
export const AMEND_CONSIDERED: ReadonlySet<string> = new Set(cueData.amendConsidered);
/** "... của Tỉnh ủy thực hiện Nghị quyết số ...": the second citation sits in the first one's title. */
export const EMBED_CUES: CueList = cueList(cueData.embed);
/** "quy định tại", "phê duyệt tại", "ban hành tại", "nêu tại": the cited document lays down what is to be done. */
export const DIRECTIVE_BEFORE_TAI: CueList = cueList(cueData.directiveBeforeTai);
/** Verbs that make or change a scheme or plan rather than carry it out. */
export const CREATE_CUES: CueList = cueList(cueData.create);

/** Number of tokens of the first cue matching at token `i` (0 when none), with at most `maxCost` OCR edits. */
export function cueAt(tokens: readonly Token[], i: number, cues: CueList, maxCost = 1): number {
  // Only the cues whose first word can be read as this token (within a zero budget: exactly), in the list's order.
  return firstPatternAt(tokens, i, maxCost === 0 ? cues.atExact(tokens, i) : cues.at(tokens, i), maxCost);
}

/** Index of the last token where one of `cues` starts, or -1. */
export function lastCue(tokens: readonly Token[], cues: CueList, maxCost = 1): number {
  for (let i = tokens.length - 1; i >= 0; i--) if (cueAt(tokens, i, cues, maxCost)) return i;
  return -1;
}
