/**
 * Private parties are told what to do, but no body is assigned a duty. The public named alone ("các tổ chức, cá
 * nhân") is no body at all: the body registry refuses it (nonBodies.ts).
 *
 * Letters answering a private party: a tax or customs office's reply ("Trả lời công văn số ... của Công ty TNHH
 * ...", "Cục Hải quan trả lời để Công ty được biết") tells its addressee which rules apply and how to proceed
 * ("Công ty nghiên cứu quy định tại ... để thực hiện", "Đề nghị doanh nghiệp căn cứ quy định nêu trên ..."). That
 * is guidance to the party that asked, not a duty given to a body: the gold's convention gives such letters no
 * assignment to the company. Only the addressee named by its kind alone is dropped; a body named in the reply
 * ("Thuế tỉnh X phối hợp với ...") keeps its role.
 */
import { foldForSearch } from '../../text/fold';
import { escapeRegExp } from '../../text/regex';
import { foldedPhrases } from '../vocabulary';
import words from './clauseWords.json';
import type { RoleFinding, TaskDocument } from './types';

/**
 * What a reply says it answers: "trả lời công văn / văn bản", "... trả lời để Công ty được biết", "Cục Thuế nhận
 * được văn bản số ... của Công ty" (folded words, any run of white space between them: one pass over the text,
 * without a collapsed copy of it).
 */
const REPLY_OPENERS = anyOf(foldedPhrases(words.replyOpeners).map((p) => p.split(' ').map(escapeRegExp).join('\\s+')));

/** A pattern matching any of `alternatives`; none when the list is empty. */
function anyOf(alternatives: readonly string[]): RegExp {
  return new RegExp(alternatives.length > 0 ? alternatives.join('|') : '(?!)');
}
/** The private addressee named by its kind alone ("Công ty", "doanh nghiệp", "Quý Công ty"), folded. */
const ADVISED_ADDRESSEES = new Set(foldedPhrases(words.advisedAddressees));

/** Whether the text is a reply to someone's letter or question: read once per document (two stages ask). */
export function answersLetter(doc: TaskDocument): boolean {
  let answers = doc.letterReply.answers;
  if (answers === null) doc.letterReply.answers = answers = REPLY_OPENERS.test(doc.folded.toLowerCase());
  return answers;
}

/** The findings of a reply letter without those of its private addressee named by its kind alone. */
export function withoutAdvisedAddressee(doc: TaskDocument, findings: RoleFinding[]): RoleFinding[] {
  if (!answersLetter(doc)) return findings;
  return findings.filter((f) => !ADVISED_ADDRESSEES.has(foldForSearch(f.actor.name)));
}

