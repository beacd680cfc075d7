/**
 * "Documents lost": the graph after the faults and a re-run of the ingest, compared with a clean reference
 * (what ingesting the same folder yields: each file's document key and task count, from the same extraction).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { GraphClient } from '../../src/graph/driver';
import { expandPaths, prepareDocument } from '../../src/ingest/ingestFiles';

export type Reference = Map<string, { tasks: number; file: string }>;

export async function cleanReference(dir: string, maxBytes: number): Promise<Reference> {
  const { files } = await expandPaths([dir]);
  const reference: Reference = new Map();
  for (const file of files) {
    const prepared = await prepareDocument(fs.readFileSync(file), path.basename(file), maxBytes);
    if (prepared.ok) reference.set(prepared.extraction.document.key, { tasks: prepared.extraction.tasks.length, file });
  }
  return reference;
}

export interface Comparison {
  expected: number;
  lost: string[];
  /** Present, but with another number of tasks than a clean ingest gives. */
  damaged: string[];
}

export async function compareWithReference(graph: GraphClient, reference: Reference): Promise<Comparison> {
  const rows = await graph.read<{ key: string; tasks: number }>(
    'MATCH (d:Document) WHERE d.key IN $keys AND d.ingested = true ' +
      'OPTIONAL MATCH (t:Task {documentKey: d.key}) RETURN d.key AS key, count(t) AS tasks',
    { keys: [...reference.keys()] },
  );
  const found = new Map(rows.map((r) => [r.key, r.tasks]));
  const lost: string[] = [];
  const damaged: string[] = [];
  for (const [key, expected] of reference) {
    const tasks = found.get(key);
    if (tasks === undefined) lost.push(key);
    else if (tasks !== expected.tasks) damaged.push(key);
  }
  return { expected: reference.size, lost, damaged };
}
