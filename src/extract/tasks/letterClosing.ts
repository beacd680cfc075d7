/**
 * A letter's closing request to its addressees by their kind alone: "Đề nghị các cơ quan, đơn vị khẩn trương triển
 * khai, thực hiện./.", "Sở Giáo dục và Đào tạo đề nghị Thủ trưởng các đơn vị nghiêm túc thực hiện./.". The group stands
 * for the bodies the letter is addressed to ("Kính gửi: - Các cơ quan chuyên môn ...; - Các đơn vị sự nghiệp ..."),
 * whose duties the letter's requests already give: no body of its own (the gold's reading of a guidance letter: its
 * requests and its closing to the same bodies are one LEAD). A group with a qualifier ("các cơ quan có liên quan
 * biết, thực hiện"), a named body, or the closing of a text without addressees (a plan, a decision) is kept.
 */
import { foldForSearch } from '../../text/fold';
import { foldedPhrases } from '../vocabulary';
import { ADDRESSEES_LINE } from './blocks';
import { isClosing } from './document';
import words from './clauseWords.json';
import type { RoleFinding, TaskDocument } from './types';

/** The kinds a letter's addressees are restated by ("các cơ quan, đơn vị"), folded. */
const KINDS = foldedPhrases(words.addresseeKinds);
/** A group of those kinds alone, after an official's title if any ("Thủ trưởng các đơn vị"), folded. */
const RESTATED = new RegExp(`(^|\\s)cac (${KINDS.join('|')})(, (${KINDS.join('|')}))*$`);

/** The findings without a closing request that restates a letter's addressees by their kind. */
export function withoutRestatedAddressees(doc: TaskDocument, findings: RoleFinding[]): RoleFinding[] {
  const addressed = ADDRESSEES_LINE.exec(doc.folded);
  if (!addressed) return findings;
  return findings.filter(
    (f) => !(f.unit.start > addressed.index && isClosing(doc, f.unit) && RESTATED.test(foldForSearch(f.actor.name).replace(/\s+/g, ' ').trim())),
  );
}
