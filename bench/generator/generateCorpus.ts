/**
 * Corpus generation: plan the universe, render each generated document, and gather the manifest.
 * Documents are rendered one at a time (a 100k corpus never holds all texts in memory).
 */
import { mkdir, open, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { planCorpus, type CorpusPlan, type PlanOptions } from './plan';
import { renderDocument } from './render';
import { MANIFEST_FORMAT, type CorpusManifest, type ManifestCitedDocument, type ManifestDocument, type ManifestStats } from './manifest';

export interface GeneratedDocument {
  file: string;
  text: string;
  manifest: ManifestDocument;
}

/** Renders the generated documents in file order, `from` inclusive to `to` exclusive. */
export function* generateDocuments(plan: CorpusPlan, from = 0, to = plan.files.length): Generator<GeneratedDocument> {
  for (let i = from; i < Math.min(to, plan.files.length); i++) {
    const doc = plan.docs[plan.files[i]!]!;
    const { text, manifest } = renderDocument(plan, doc);
    yield { file: doc.file!, text, manifest };
  }
}

/** Statistics and the cited-only list, from the manifests of the generated documents. */
export function summarize(plan: CorpusPlan, documents: readonly ManifestDocument[]): { stats: ManifestStats; citedOnly: ManifestCitedDocument[] } {
  const citedBy = new Map<string, number>();
  let citations = 0;
  let tasks = 0;
  let assignments = 0;
  let bytes = 0;
  let fanOutMax = 0;
  const damage: Record<string, number> = {};
  for (const d of documents) {
    citations += d.citations.length;
    fanOutMax = Math.max(fanOutMax, d.citations.length);
    tasks += d.tasks.length;
    assignments += d.tasks.reduce((n, t) => n + t.assignments.length, 0);
    bytes += d.bytes;
    damage[d.damage.diacritics] = (damage[d.damage.diacritics] ?? 0) + 1;
    if (d.headerMissing) damage.headerMissing = (damage.headerMissing ?? 0) + 1;
    for (const c of d.citations) {
      citedBy.set(c.key, (citedBy.get(c.key) ?? 0) + 1);
      for (const tag of c.damage) damage[`mention:${tag}`] = (damage[`mention:${tag}`] ?? 0) + 1;
    }
  }
  const generatedKeys = new Set(documents.map((d) => d.key));
  const byKey = new Map(plan.docs.map((d) => [d.key, d]));
  const citedOnly: ManifestCitedDocument[] = [];
  for (const [key, count] of citedBy) {
    if (generatedKeys.has(key)) continue;
    const d = byKey.get(key)!;
    citedOnly.push({ key, symbol: d.symbol, kind: d.kind, issuer: d.issuer, jurisdiction: d.jurisdiction, date: d.date, citedBy: count });
  }
  citedOnly.sort((a, b) => b.citedBy - a.citedBy || (a.key < b.key ? -1 : 1));
  const symbolProvinces = new Map<string, Set<string>>();
  for (const d of plan.docs) {
    if (d.jurisdiction === 'national') continue;
    const set = symbolProvinces.get(d.symbol) ?? new Set<string>();
    set.add(d.jurisdiction);
    symbolProvinces.set(d.symbol, set);
  }
  const topCited = [...citedBy.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 10)
    .map(([key, n]) => ({ key, citedBy: n }));
  return {
    stats: {
      documents: documents.length,
      national: documents.filter((d) => d.jurisdiction === 'national').length,
      provinces: plan.provinces.length,
      citations,
      citedOnlyDocuments: citedOnly.length,
      tasks,
      assignments,
      bytes,
      fanOutMean: documents.length ? Number((citations / documents.length).toFixed(2)) : 0,
      fanOutMax,
      topCited,
      symbolsSharedAcrossProvinces: [...symbolProvinces.values()].filter((s) => s.size > 1).length,
      damage,
    },
    citedOnly,
  };
}

/** Generates the whole corpus in memory (for tests and small corpora). */
export function generateCorpus(options: PlanOptions): { plan: CorpusPlan; documents: GeneratedDocument[]; manifest: CorpusManifest } {
  const plan = planCorpus(options);
  const documents = [...generateDocuments(plan)];
  const { stats, citedOnly } = summarize(
    plan,
    documents.map((d) => d.manifest),
  );
  return {
    plan,
    documents,
    manifest: { format: MANIFEST_FORMAT, seed: plan.seed, docs: documents.length, stats, documents: documents.map((d) => d.manifest), citedOnly },
  };
}

/** Above this many documents the manifest omits task texts. */
export const TASK_TEXT_LIMIT = 20_000;

export interface WriteOptions extends PlanOptions {
  outDir: string;
  /** Write only the first `limit` files (the manifest still describes only what was written). */
  limit?: number;
  onProgress?: (done: number, total: number) => void;
}

/**
 * Writes `NNNNNN.txt` files and `manifest.json` into `outDir`. The manifest is streamed (one document per line
 * inside the JSON array), so a 100k corpus never holds its whole manifest as one string.
 */
export async function writeCorpus(
  options: WriteOptions,
): Promise<{ plan: CorpusPlan; manifestPath: string; stats: ManifestStats; files: string[]; manifests: ManifestDocument[] }> {
  const plan = planCorpus(options);
  await mkdir(options.outDir, { recursive: true });
  const total = Math.min(options.limit ?? plan.files.length, plan.files.length);
  const documentsPath = path.join(options.outDir, 'manifest.documents.tmp');
  const docsOut = await open(documentsPath, 'w');
  const manifests: ManifestDocument[] = [];
  const files: string[] = [];
  let done = 0;
  try {
    for (const g of generateDocuments(plan, 0, total)) {
      const file = path.join(options.outDir, g.file);
      await writeFile(file, g.text, 'utf8');
      files.push(file);
      // Task texts are most of a manifest's size; above 20k documents they are left out (tasks keep their
      // sections, deadlines, targets and assignments).
      const entry = total > TASK_TEXT_LIMIT ? { ...g.manifest, tasks: g.manifest.tasks.map((t) => ({ ...t, text: '' })) } : g.manifest;
      await docsOut.write(`${done ? ',\n' : ''}${JSON.stringify(entry)}`);
      // Statistics and scoring need only the small parts; drop task texts and sections to keep memory flat.
      manifests.push({ ...g.manifest, tasks: g.manifest.tasks.map((t) => ({ ...t, text: '' })), sections: [] });
      done++;
      if (done % 500 === 0 || done === total) options.onProgress?.(done, total);
    }
  } finally {
    await docsOut.close();
  }
  const { stats, citedOnly } = summarize(plan, manifests);
  const manifestPath = path.join(options.outDir, 'manifest.json');
  const out = await open(manifestPath, 'w');
  try {
    const head = { format: MANIFEST_FORMAT, seed: plan.seed, docs: done, stats, citedOnly };
    const headJson = JSON.stringify(head, null, 1);
    await out.write(`${headJson.slice(0, -2)},\n "documents": [\n`);
    const { createReadStream } = await import('node:fs');
    for await (const chunk of createReadStream(documentsPath)) await out.write(chunk as Buffer);
    await out.write('\n]}\n');
  } finally {
    await out.close();
  }
  const { rm } = await import('node:fs/promises');
  await rm(documentsPath, { force: true });
  return { plan, manifestPath, stats, files, manifests };
}
