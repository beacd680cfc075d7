import { beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generator/generateCorpus';
import { emptyScore, ratio, scoreDocument } from '../../bench/generator/score';
import { extractDocument } from '../../src/extract/extractDocument';
import type { Extraction } from '../../src/extract/types';

let documents: ReturnType<typeof generateCorpus>['documents'];
let extractions: Extraction[];
const score = emptyScore();

// 60 documents of another seed than the generator tests: about 3 s of extraction on one core. In a hook, not
// at import, so a failure is reported as this file's and collecting the tests costs nothing.
beforeAll(() => {
  ({ documents } = generateCorpus({ docs: 60, seed: 'recall-1' }));
  extractions = documents.map((d) => extractDocument(d.text, { fileName: d.file }));
  documents.forEach((d, i) => scoreDocument(score, d.manifest, extractions[i]!));
}, 120_000);

describe('extraction of generated documents', () => {
  it('reads each document own symbol, date and province from its header (key as planted)', () => {
    expect(score.identity.documents).toBeGreaterThan(50);
    expect(score.identity.key / score.identity.documents).toBeGreaterThanOrEqual(0.9);
    expect(score.identity.date / score.identity.documents).toBeGreaterThanOrEqual(0.9);
  });

  it('finds the planted citations, under OCR damage too', () => {
    expect(ratio(score.citations)).toBeGreaterThanOrEqual(0.9);
    expect(ratio(score.citationsByDamage['mention undamaged']!)).toBeGreaterThanOrEqual(0.97);
    expect(ratio(score.citationsByDamage['document stripped']!)).toBeGreaterThanOrEqual(0.85);
    // Precision: numbered references the text does not plant are rare (the attached plan's own decision is not one).
    expect(score.citations.extractedPlanted / score.citations.extracted).toBeGreaterThanOrEqual(0.9);
  });

  it('labels most citations with the planted relation', () => {
    expect(score.citations.relationCorrect / score.citations.found).toBeGreaterThanOrEqual(0.85);
    const proposals = documents.flatMap((d, i) =>
      d.manifest.citations.filter((c) => c.relation === 'PROPOSAL').map((c) => extractions[i]!.references.find((r) => r.key === c.key)?.relation),
    );
    expect(proposals.length).toBeGreaterThan(5);
    expect(proposals.filter((r) => r === 'PROPOSAL').length / proposals.length).toBeGreaterThanOrEqual(0.8);
  });

  it('finds the planted responsible bodies with their roles, deadlines and targets', () => {
    expect(ratio(score.assignments)).toBeGreaterThanOrEqual(0.6);
    expect(ratio(score.deadlines)).toBeGreaterThanOrEqual(0.8);
    expect(ratio(score.targets)).toBeGreaterThanOrEqual(0.8);
  });
});
