/**
 * A reply letter to a subordinate office: "Đề nghị Thuế tỉnh Lào Cai phối hợp với các cơ quan liên quan rà soát hồ sơ
 * ... Cục Thuế trả lời để Thuế tỉnh Lào Cai được biết./.". What the letter requests is the office's own task, done with
 * partners: the office leads it (its LEAD comes from the closing, see clauses.ts, informedEvent) and only the partners
 * coordinate (the gold's seventh-round decision, consistency audit rule 5).
 */
import { foldForSearch } from '../../text/fold';
import { escapeRegExp } from '../../text/regex';
import { isClosing } from './document';
import { REPLY_CLOSING } from './phrases';
import { answersLetter } from './privateParties';
import type { RoleFinding, TaskDocument } from './types';

/** The findings of a reply letter without the COORDINATE of an office its closing tells to take note and act. */
export function withoutRepliedOfficeCoordination(doc: TaskDocument, findings: RoleFinding[]): RoleFinding[] {
  if (!answersLetter(doc)) return findings;
  const told = new Set(findings.filter((f) => f.role === 'LEAD' && repliesTo(doc, f)).map((f) => nameKey(f)));
  if (told.size === 0) return findings;
  return findings.filter((f) => !(f.role === 'COORDINATE' && !isClosing(doc, f.unit) && told.has(nameKey(f))));
}

/** A closing "... trả lời để <office> (được) biết": the finding's body named after the reply's "để". */
function repliesTo(doc: TaskDocument, f: RoleFinding): boolean {
  if (!isClosing(doc, f.unit)) return false;
  const before = doc.folded.slice(f.unit.start, f.actor.parse.start).toLowerCase();
  return REPLY_CLOSING_BEFORE.test(before);
}

/** "trả lời để" (clauseWords.json) right before the office's name (folded, any white space). */
const REPLY_CLOSING_BEFORE = new RegExp(`${REPLY_CLOSING.words.map(escapeRegExp).join('\\s+')}\\s+$`);

function nameKey(f: RoleFinding): string {
  return foldForSearch(f.actor.name).replace(/\s+/g, ' ').trim();
}
