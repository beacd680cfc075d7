/**
 * The assignments of a text excerpt in the string forms the extraction tests compare. The excerpt is read as the
 * test wrote it (no format stage); its file name only fills the extraction's `file` field, never its assignments,
 * so one name serves every excerpt.
 */
import { extractDocument } from '../../src/extract/extractDocument';
import { roles } from './realExtraction';

const EXCERPT = 'excerpt.md';

/** Every assignment as "ROLE body", repeats kept: for tests that prove how many times a pair is given. */
export function roleBodies(text: string): string[] {
  return extractDocument(text, { fileName: EXCERPT }).assignments.map((a) => `${a.role} ${a.body}`);
}

/** What an excerpt assigns: each "ROLE body" once, in the order it is first given. */
export function assignmentPairs(text: string): string[] {
  return [...new Set(roleBodies(text))];
}

/** Every assignment as "section ROLE body": for tests that prove the article or clause a duty is read from. */
export function sectionRoleBodies(text: string): string[] {
  return roles(extractDocument(text, { fileName: EXCERPT }));
}
