import { describe, expect, it } from 'vitest';
import { noLongerInForceSince, replacedByOn, statusOn, type DocumentEventRecord } from '../../src/graph/effectStatus';
import type { DocumentRecord } from '../../src/graph/records';

const doc = (over: Partial<DocumentRecord> = {}): DocumentRecord => ({
  key: 'A', kind: 'QUYET_DINH', symbol: 'A', jurisdiction: 'national', date: '2023-01-10', title: null, titleRestored: null, titleRestoredShare: 0, issuer: null, ingested: true,
  ingestedAt: null, sourceFile: null, sourceFormat: null, sourceHash: null, signer: null, place: null, notes: null, warnings: [],
  effectiveFrom: '2023-02-01', effectiveUntil: null, ...over,
});
const by = doc({ key: 'B', symbol: 'B' });
const ev = (kind: DocumentEventRecord['kind'], date: string | null, whole = true): DocumentEventRecord => ({ date, kind, by, part: whole ? null : 'Điều 2', whole, evidence: null });

describe('effect status on a day', () => {
  it('is not yet in force before issue or before its stated date of effect', () => {
    expect(statusOn(doc(), [], '2023-01-09')).toBe('NOT_YET_IN_FORCE');
    expect(statusOn(doc(), [], '2023-01-20')).toBe('NOT_YET_IN_FORCE');
    expect(statusOn(doc(), [], '2023-02-01')).toBe('IN_FORCE');
  });

  it('expires on the day a whole replacement or repeal takes effect, partly on a partial one', () => {
    expect(statusOn(doc(), [ev('REPLACED', '2025-03-15')], '2025-03-14')).toBe('IN_FORCE');
    expect(statusOn(doc(), [ev('REPLACED', '2025-03-15')], '2025-03-15')).toBe('EXPIRED');
    expect(statusOn(doc(), [ev('REPEALED', '2025-03-15', false)], '2025-04-01')).toBe('PARTLY_EXPIRED');
    expect(statusOn(doc({ effectiveUntil: '2025-12-31' }), [], '2026-01-01')).toBe('EXPIRED');
    expect(statusOn(doc(), [ev('SUSPENDED', '2024-01-01')], '2024-06-01')).toBe('SUSPENDED');
  });

  it('is unknown when nothing says, in force when another document amended it', () => {
    expect(statusOn(doc({ effectiveFrom: null }), [], '2024-01-01')).toBe('UNKNOWN');
    expect(statusOn(doc({ effectiveFrom: null }), [ev('AMENDED', '2023-06-01')], '2024-01-01')).toBe('IN_FORCE');
  });

  it('says since when it is no longer in force and what replaced it', () => {
    const events = [ev('AMENDED', '2024-01-01'), ev('REPLACED', '2025-03-15')];
    expect(noLongerInForceSince(doc(), events, '2025-03-14')).toBeNull();
    expect(noLongerInForceSince(doc(), events, '2025-06-01')).toBe('2025-03-15');
    expect(replacedByOn(events, '2025-06-01').map((d) => d.key)).toEqual(['B']);
    expect(replacedByOn(events, '2025-01-01')).toEqual([]);
  });
});
