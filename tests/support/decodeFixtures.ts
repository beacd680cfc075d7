/**
 * Inputs and result checks shared by the decoding tests (tests/text/decode/): the encodings fixtures, the corpus
 * split into clean and OCR documents, and narrowing a `DecodeResult` to the outcome a test expects.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { DecodeFailure, DecodeResult, DecodedDocument } from '../../src/text/decode';
import { normalizeText } from '../../src/text/fold';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
export const FIXTURES = path.join(ROOT, 'tests/fixtures/encodings');
const CORPUS = path.join(ROOT, 'data/corpus');
export const corpusFiles = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort();
/** Corpus documents typed in Unicode (000, 004); the others are OCR output with damaged accents. */
export const CLEAN = corpusFiles.filter((f) => f.startsWith('000_') || f.startsWith('004_'));
export const OCR = corpusFiles.filter((f) => !CLEAN.includes(f));

export const fixture = (name: string): Buffer => readFileSync(path.join(FIXTURES, name));
export const corpusBytes = (f: string): Buffer => readFileSync(path.join(CORPUS, f));
export const corpusText = (f: string): string => normalizeText(readFileSync(path.join(CORPUS, f), 'utf8'));
/** The UTF-8 original of the legacy-encoded fixtures. */
export const SOURCE = fixture('nghi-quyet-004.utf8.txt').toString('utf8');
export const LIMIT = 2 * 1024 * 1024;

export function decoded(result: DecodeResult): DecodedDocument {
  if (!result.ok) throw new Error(`expected success, got ${result.code}: ${result.message}`);
  return result;
}

export function refused(result: DecodeResult): DecodeFailure {
  if (result.ok) throw new Error(`expected a refusal, got ${result.encoding} text`);
  return result;
}

/** Deterministic bytes (xorshift) so failures reproduce. */
export function pseudoRandomBytes(length: number, seed: number): Uint8Array {
  let x = seed || 1;
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}
