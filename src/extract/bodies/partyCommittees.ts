/**
 * A Party committee named by what it leads: "Đảng ủy Ủy ban nhân dân tỉnh", "Đảng ủy Công an tỉnh" (a body written
 * after it), "Đảng ủy các cơ quan Đảng tỉnh", "Đảng ủy Quân sự tỉnh" (a unit of the vocabulary, then its place).
 * Without it the parse ended at "Đảng ủy" and the clause, its duty not next, lost its subject.
 */
import vocab from '../data/bodyVocabulary.json';
import { exactWordsAt, foldedPhrases, type Token } from '../matching';
import { type BodyParse } from './bodyParse';
import { localityAt } from './genericLists';
import { isCac } from './words';

const CENTRAL = ['trung', 'uong'];
const PARTY_COMMITTEES: readonly string[] = foldedPhrases(vocab.partyCommittees);
const PARTY_COMMITTEE_KINDS: readonly (readonly string[])[] = foldedPhrases(vocab.partyCommitteeKinds).map((p) => p.split(' '));
const PARTY_COMMITTEE_UNITS: readonly (readonly string[])[] = foldedPhrases(vocab.partyCommitteeUnits).map((p) => p.split(' '));

/**
 * The owner or unit written after a Party committee `[from, end)` on its line: token count, or 0. `ownerAt` parses
 * one body (no group) at a token.
 */
export function partyCommitteeOwnerAt(tokens: readonly Token[], from: number, end: number, ownerAt: (tokens: readonly Token[], k: number) => BodyParse | null): number {
  const next = tokens[end];
  if (!next?.word || next.nl > 0 || !PARTY_COMMITTEES.includes(tokens.slice(from, end).map((x) => x.f).join(' '))) return 0;
  for (const unit of PARTY_COMMITTEE_UNITS) {
    if (!exactWordsAt(tokens, end, unit, 'folded', true)) continue;
    const place = localityAt(tokens, end + unit.length, false);
    return place > 0 ? unit.length + place : 0;
  }
  if (!next.cap) return 0;
  const owner = ownerAt(tokens, end);
  if (!owner || !owner.known) return 0;
  // "Đảng ủy Công an Trung ương": the central committee of a force.
  return owner.to - end + (exactWordsAt(tokens, owner.to, CENTRAL, 'folded', true) ? CENTRAL.length : 0);
}

/**
 * The group owning a board or a standing part written before it, one for each of its members: "Ban Thường vụ các
 * huyện ủy, thị ủy, thành ủy", "Thường trực Đảng ủy các xã, phường", "Ban Tổ chức các huyện ủy". Any group after a
 * part that needs an owner; a board named by its field ("Ban Tổ chức") only "các" Party committees (its name is
 * whole without them). The group's end, or 0. `parse` parses one body phrase at a token.
 */
export function owningGroupEnd(tokens: readonly Token[], at: number, committeesOnly: boolean, parse: (tokens: readonly Token[], k: number) => BodyParse | null): number {
  const first = tokens[at];
  if (!first?.word || first.nl > 0 || !(isCac(first) || (first.cap && !committeesOnly))) return 0;
  if (committeesOnly && !PARTY_COMMITTEE_KINDS.some((w) => exactWordsAt(tokens, at + 1, w, 'folded', true))) return 0;
  const group = parse(tokens, at);
  return group && group.group && !group.bare && group.known && group.from === at ? group.to : 0;
}
