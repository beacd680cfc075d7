/**
 * The project's hand-annotated gold sets and how one is evaluated end to end (file -> text -> extraction ->
 * comparison). Two sets are reported apart because they say different things:
 * - `samples`: the five OCR samples the first rules were developed on (optimistic);
 * - `real`: real documents of November 2025 in the forms users have (Markdown exports of DOCX files, saved
 *   portal pages), used while developing the rules (DEV.txt lists those looked at);
 * - `held out`: real documents annotated apart and never looked at while writing rules: the honest measure.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { PROJECT_ROOT } from '../config';
import { readSource } from '../formats';
import type { ExtractOptions } from '../extract/extractDocument';
import type { Extraction } from '../extract/types';
import { evaluateDocument, evaluateIdentity, type DocumentEvaluation, type GoldDocument, type GoldFile, type SourceForm } from './evaluate';

export interface GoldSet {
  name: string;
  goldDir: string;
  /** Where the annotated files are; `extraDirs` are searched after it (documents kept with other fixtures). */
  corpusDir: string;
  extraDirs?: string[];
  /** Expected identity of corpus files without a full gold file (`{ file: GoldDocument }`). */
  identityFile: string | null;
  /**
   * The set's annotators wrote a body named through its head's title as the office ("Giám đốc Sở Nội vụ"),
   * apart from the body itself (SCHEMA.md: named as written); the real sets name the body.
   */
  namesOfficials?: boolean;
}

export const SAMPLE_GOLD: GoldSet = {
  name: 'samples',
  goldDir: path.join(PROJECT_ROOT, 'tests/fixtures/gold'),
  corpusDir: path.join(PROJECT_ROOT, 'data/corpus'),
  identityFile: path.join(PROJECT_ROOT, 'tests/fixtures/identity.json'),
  namesOfficials: true,
};

export const REAL_GOLD: GoldSet = {
  name: 'real',
  goldDir: path.join(PROJECT_ROOT, 'tests/fixtures/gold-real'),
  corpusDir: path.join(PROJECT_ROOT, 'data/real'),
  // A decision and a letter of the real set are the source of the format fixtures (DOCX, PDF, HTML, scans),
  // whose tests ingest them: they live there only, so the sample data never holds the same document.
  // Gold files annotated later keep their documents beside them (gold-real/docs): data/real is the restoration
  // model's test set, and these documents were among its training texts.
  extraDirs: [path.join(PROJECT_ROOT, 'tests/fixtures/real-formats'), path.join(PROJECT_ROOT, 'tests/fixtures/gold-real/docs')],
  identityFile: null,
};

/**
 * Real documents annotated by hand without looking at extraction output and never used while writing rules
 * (tests/fixtures/gold-heldout, the documents kept beside their gold): the honest measure of what extraction
 * does on documents it has not seen.
 */
export const HELDOUT_GOLD: GoldSet = {
  name: 'held out',
  goldDir: path.join(PROJECT_ROOT, 'tests/fixtures/gold-heldout'),
  corpusDir: path.join(PROJECT_ROOT, 'tests/fixtures/gold-heldout/docs'),
  identityFile: null,
};

/** Reads a corpus file into what `extractDocument` takes. */
export type DocumentReader = (file: string) => Promise<{ text: string; options: ExtractOptions }>;
export type Extractor = (text: string, options: ExtractOptions) => Extraction;

/** Reads a file as users have it (the formats stage), passing a portal's metadata on to extraction. */
export function sourceReader(maxBytes?: number): DocumentReader {
  return async (file) => {
    const source = await readSource(await readFile(file), { fileName: path.basename(file), maxBytes });
    return { text: source.text, options: { metadata: source.metadata } };
  };
}

export interface GoldSetResult {
  set: GoldSet;
  documents: DocumentEvaluation[];
  /** Gold file names used while developing the rules (DEV.txt), empty when the set has no such list. */
  dev: Set<string>;
}

export class GoldSetError extends Error {
  constructor(
    readonly code: 'BAD_USER_INPUT',
    message: string,
  ) {
    super(message);
  }
}

function readDevList(goldDir: string): Set<string> {
  const file = path.join(goldDir, 'DEV.txt');
  if (!existsSync(file)) return new Set();
  return new Set(
    readFileSync(file, 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'))
      .map((l) => l.replace(/\.json$/, '')),
  );
}

export function loadGoldFiles(goldDir: string): GoldFile[] {
  if (!existsSync(goldDir)) throw new GoldSetError('BAD_USER_INPUT', `Gold folder ${goldDir} does not exist.`);
  const files = readdirSync(goldDir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  if (!files.length) throw new GoldSetError('BAD_USER_INPUT', `No .json gold files in ${goldDir}.`);
  return files.map((f) => checkedGold(f, JSON.parse(readFileSync(path.join(goldDir, f), 'utf8')) as GoldFile));
}

/** A gold entry without a jurisdiction cannot be matched (the key is symbol@jurisdiction): say which, not crash. */
function checkedGold(file: string, gold: GoldFile): GoldFile {
  const entries = [...gold.references.map((r) => ['reference', r.symbol ?? r.evidence, r.jurisdiction] as const),
    ...gold.assignments.map((a) => ['assignment', a.body, a.jurisdiction] as const)];
  const bad = entries.find(([, , jurisdiction]) => typeof jurisdiction !== 'string' || !jurisdiction);
  if (bad) {
    throw new GoldSetError('BAD_USER_INPUT', `Gold ${file}: the ${bad[0]} "${bad[1]}" has no jurisdiction; write "national", the province, or "unknown".`);
  }
  return gold;
}

/** A file that carried a portal's metadata block was saved from a portal page; any other is the document itself. */
function formOf(options: ExtractOptions): SourceForm {
  return options.metadata ? 'portal page' : 'document';
}

/** Extract every annotated document of a set and compare it with its gold. */
export async function evaluateGoldSet(set: GoldSet, read: DocumentReader, extract: Extractor): Promise<GoldSetResult> {
  const documents: DocumentEvaluation[] = [];
  const covered = new Set<string>();
  for (const gold of loadGoldFiles(set.goldDir)) {
    const file = [set.corpusDir, ...(set.extraDirs ?? [])].map((dir) => path.join(dir, gold.file)).find((f) => existsSync(f));
    if (!file) {
      throw new GoldSetError('BAD_USER_INPUT', `Gold for ${gold.file} names a file that is not in ${set.corpusDir}; pass --corpus DIR.`);
    }
    const { text, options } = await read(file);
    const evaluation = evaluateDocument(gold, extract(text, { ...options, fileName: gold.file }), { namesOfficials: set.namesOfficials });
    documents.push({ ...evaluation, form: formOf(options) });
    covered.add(gold.file);
  }
  if (set.identityFile && existsSync(set.identityFile)) {
    const expected = JSON.parse(readFileSync(set.identityFile, 'utf8')) as Record<string, GoldDocument>;
    for (const [name, doc] of Object.entries(expected)) {
      if (covered.has(name) || name.startsWith('$') || name.startsWith('_')) continue;
      const file = path.join(set.corpusDir, name);
      if (!existsSync(file)) continue;
      const { text, options } = await read(file);
      documents.push({ ...evaluateIdentity(name, doc, extract(text, { ...options, fileName: name })), form: formOf(options) });
    }
  }
  return { set, documents, dev: readDevList(set.goldDir) };
}

/** The documents of a result that were not used while developing the rules. */
export function heldOut(result: GoldSetResult): DocumentEvaluation[] {
  return result.documents.filter((d) => !result.dev.has(d.file.replace(/\.[^.]+$/, '')));
}

export function development(result: GoldSetResult): DocumentEvaluation[] {
  return result.documents.filter((d) => result.dev.has(d.file.replace(/\.[^.]+$/, '')));
}
