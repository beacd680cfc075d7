/**
 * How far two annotators agree, measured with the rules that measure extraction: a second, independent
 * annotation of a document (tests/fixtures/gold-agreement) is compared with its first (tests/fixtures/gold-real)
 * as if it were the extractor's output. Its figures are the ceiling an extractor can be expected to reach against
 * one annotator's gold: where two people reading the same conventions differ, a machine is scored against one.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';
import { evaluateDocument, type ComparedOutput, type DocumentEvaluation, type GoldFile } from './evaluate';
import { GoldSetError, loadGoldFiles, REAL_GOLD } from './goldSets';

export const AGREEMENT_DIR = path.join(PROJECT_ROOT, 'tests/fixtures/gold-agreement');

/** A second annotation in the shape the comparison reads (no evidence offsets, no officials). */
export function annotationAsOutput(gold: GoldFile): ComparedOutput {
  return {
    document: gold.document,
    references: gold.references.map((r) => ({
      symbol: r.symbol,
      jurisdiction: r.jurisdiction,
      date: r.date,
      kind: r.kind,
      issuer: r.issuer,
      relation: r.relation as ComparedOutput['references'][number]['relation'],
      evidence: r.evidence ?? '',
    })),
    assignments: gold.assignments.map((a) => ({
      body: a.body,
      role: a.role as ComparedOutput['assignments'][number]['role'],
      jurisdiction: a.jurisdiction,
      official: null,
    })),
  };
}

/** Each document annotated twice: the first annotation as gold, the second as the output compared with it. */
export function evaluateAgreement(secondDir = AGREEMENT_DIR, firstDir = REAL_GOLD.goldDir): DocumentEvaluation[] {
  if (!existsSync(secondDir)) return [];
  const first = new Map(loadGoldFiles(firstDir).map((g) => [g.file, g]));
  return loadGoldFiles(secondDir).map((second) => {
    const gold = first.get(second.file);
    if (!gold) throw new GoldSetError('BAD_USER_INPUT', `${second.file} of ${secondDir} has no first annotation in ${firstDir}.`);
    return evaluateDocument(gold, annotationAsOutput(second));
  });
}
