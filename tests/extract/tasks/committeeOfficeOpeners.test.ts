/**
 * `officeEnd` (bodyDefinitions.ts) asks `committeeOffice` of the folded text from a subject's first word over up to six
 * words, at every subject no body list opens: the first word's spelling (`mayOpenCommitteeOffice`) turns most away
 * before any slice is read. It must admit every place the full test matches, in real documents and in the passages
 * below (a committee's regulation: "Trưởng Ban Chỉ đạo", "Phó Trưởng Ban Chỉ đạo", "các Ủy viên Ban Chỉ đạo").
 */
import { describe, expect, it } from 'vitest';
import { shippedDocuments } from '../../support/shippedDocuments';
import { committeeOffice, mayOpenCommitteeOffice } from '../../../src/extract/tasks/committeeOffices';
import { foldKeepLength } from '../../../src/extract/folding';
import { documentTokens } from '../../../src/extract/vocabulary';

/** Token offsets where `committeeOffice` matches the folded text over some of the next six words, and where the filter refuses one. */
function officesAndMisses(text: string): { offices: number; missed: string[] } {
  const tokens = documentTokens(text);
  const folded = foldKeepLength(text);
  let offices = 0;
  const missed: string[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (!tokens[k]!.word) continue;
    let matches = false;
    for (let e = k + 1; e <= Math.min(tokens.length, k + 6) && !matches; e++) {
      matches = tokens[e - 1]!.word && committeeOffice(folded.slice(tokens[k]!.start, tokens[e - 1]!.end).toLowerCase());
    }
    if (!matches) continue;
    offices++;
    if (!mayOpenCommitteeOffice(foldKeepLength(tokens[k]!.raw).toLowerCase())) missed.push(`@${tokens[k]!.start}: ${tokens[k]!.raw}`);
  }
  return { offices, missed };
}

describe("a committee office's first word", () => {
  it('admits the offices of a committee regulation and refuses a body', () => {
    const text = 'Phó Trưởng Ban Chỉ đạo quyết định thành lập Văn phòng Ban Chỉ đạo. Các Ủy viên Ban Chỉ đạo có trách nhiệm báo cáo Trưởng Ban Chỉ đạo.';
    const { offices, missed } = officesAndMisses(text);
    expect(offices).toBeGreaterThanOrEqual(3);
    expect(missed).toEqual([]);
    expect(mayOpenCommitteeOffice('van')).toBe(false);
  });

  it('admits every place committeeOffice matches in real documents', () => {
    let offices = 0;
    const missed: string[] = [];
    for (const { name, text } of shippedDocuments()) {
      const found = officesAndMisses(text);
      offices += found.offices;
      missed.push(...found.missed.map((m) => `${name} ${m}`));
    }
    expect(offices).toBeGreaterThan(0);
    expect(missed).toEqual([]);
  });
});
