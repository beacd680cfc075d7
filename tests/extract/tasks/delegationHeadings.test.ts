/**
 * `delegationHeading` folds only a heading's opening (the clause scanner asks it for the sections above most units):
 * it must answer as the fold of the whole heading does, on every section heading of the real documents in data/real
 * and where the opening is cut inside a surrogate pair, before a final sigma or after a letter lower-cased to two.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldKeepLength } from '../../../src/extract/folding';
import { extractSections } from '../../../src/extract/sections';
import { delegationHeading } from '../../../src/extract/tasks/clauses';
import { DELEGATION_HEADINGS } from '../../../src/extract/tasks/phrases';
import { readSource } from '../../../src/formats';

/** The test on the whole heading's fold, as it was written before only the opening was folded. */
function wholeHeadingDelegates(heading: string): boolean {
  const folded = foldKeepLength(heading).toLowerCase();
  return DELEGATION_HEADINGS.some((h) => folded.startsWith(h) && !/[a-z0-9]/.test(folded[h.length] ?? ''));
}

const REAL = path.join(__dirname, '../../../data/real');

describe('a delegation heading read from its opening only', () => {
  it('answers as the whole heading on every section of the real documents', async () => {
    let headings = 0;
    let delegations = 0;
    for (const name of readdirSync(REAL).filter((f) => /\.(md|txt|docx|pdf)$/i.test(f))) {
      const text = (await readSource(readFileSync(path.join(REAL, name)), { fileName: name })).text;
      for (const s of extractSections(text)) {
        const heading = s.heading ?? '';
        headings++;
        if (wholeHeadingDelegates(heading)) delegations++;
        expect(delegationHeading(heading), heading).toBe(wholeHeadingDelegates(heading));
      }
    }
    expect(headings).toBeGreaterThan(1000);
    // Some real headings do delegate ("Phân cấp ...", "Ủy quyền ..."): both answers are exercised.
    expect(delegations).toBeGreaterThan(0);
  });

  it('answers as the whole heading where the opening is cut inside a pair, at a sigma or after İ', () => {
    const cases = [
      'Phân cấp thẩm quyền quyết định giao tài sản',
      'Phân cấp',
      'Phân cấp:',
      'Phân cấpđ',
      'ỦY QUYỀN CHO SỞ TÀI CHÍNH',
      'Thẩm quyềnx',
      'Thẩm quyền 𝐀 ký',
      'Thẩm quyền𝐀',
      'Thẩm quyềnΣ',
      'Thẩm quyền ΣΣ',
      'İThẩm quyền',
      'Quy định chung',
      '',
    ];
    for (const h of cases) expect(delegationHeading(h), h).toBe(wholeHeadingDelegates(h));
    expect(delegationHeading('Phân cấp thẩm quyền')).toBe(true);
    expect(delegationHeading('Phân cấpx')).toBe(false);
  });
});
