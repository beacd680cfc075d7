/**
 * Which version a text about to be written already is (pure): the same text or the same file's bytes as the
 * current version or any earlier one; and how a batch holding two forms of one document is split in rounds.
 */
import { describe, expect, it } from 'vitest';
import { knownVersionOf, type StoredDocumentState } from '../../src/graph/documentVersions';
import { roundsOfDistinctKeys, type IngestItem } from '../../src/graph/documentStore';

function state(overrides: Partial<StoredDocumentState> = {}): StoredDocumentState {
  return {
    key: '110/2025/TT-BTC',
    ingested: true,
    contentHash: 'text-b',
    textLength: 16446,
    sourceFile: 'b.md',
    sourceHash: 'file-b',
    ingestedAt: null,
    tasks: 18,
    citations: 16,
    extractionHash: null,
    versionNumbers: [1, 2],
    knownTexts: [
      { number: 1, contentHash: 'text-a', sourceHash: 'file-a' },
      { number: 2, contentHash: 'text-b', sourceHash: 'file-b' },
    ],
    ...overrides,
  };
}

describe('knownVersionOf', () => {
  it('is the current version for the current text, and the earlier version for an earlier text', () => {
    expect(knownVersionOf(state(), { contentHash: 'text-b', sourceHash: null })).toBe(2);
    expect(knownVersionOf(state(), { contentHash: 'text-a', sourceHash: 'file-a' })).toBe(1);
  });

  it('knows a file by its bytes even when it reads into another text, and knows a text from another file', () => {
    expect(knownVersionOf(state(), { contentHash: 'text-a2', sourceHash: 'file-a' })).toBe(1);
    expect(knownVersionOf(state(), { contentHash: 'text-a', sourceHash: 'file-a-resaved' })).toBe(1);
  });

  it('is null for a new text, and for a document only known from citations', () => {
    expect(knownVersionOf(state(), { contentHash: 'text-c', sourceHash: 'file-c' })).toBeNull();
    expect(knownVersionOf(state({ ingested: false, contentHash: null, sourceHash: null, versionNumbers: [], knownTexts: [] }), { contentHash: 'text-a', sourceHash: null })).toBeNull();
  });

  it('answers the latest version holding a text that was made current again, and 1 for a document from before versions', () => {
    const restored = state({
      contentHash: 'text-a',
      sourceHash: 'file-a',
      versionNumbers: [1, 2, 3],
      knownTexts: [...state().knownTexts, { number: 3, contentHash: 'text-a', sourceHash: 'file-a' }],
    });
    expect(knownVersionOf(restored, { contentHash: 'text-a', sourceHash: null })).toBe(3);
    expect(knownVersionOf(state({ versionNumbers: [], knownTexts: [] }), { contentHash: 'text-b', sourceHash: null })).toBe(1);
  });
});

describe('roundsOfDistinctKeys', () => {
  const item = (key: string) => ({ extraction: { document: { key } } }) as unknown as IngestItem;

  it('puts each later form of a document in a later round, keeping every key\'s order', () => {
    expect(roundsOfDistinctKeys(['a', 'b', 'a', 'c', 'b', 'a'].map(item))).toEqual([[0, 1, 3], [2, 4], [5]]);
    expect(roundsOfDistinctKeys(['a', 'b', 'c'].map(item))).toEqual([[0, 1, 2]]);
  });
});
