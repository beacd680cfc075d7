import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from '../../bench/run';
import { batchRows, itemsOf } from '../../bench/lib/bulk';
import { apiWorkerEntry, useApiWorkerBundle } from '../../bench/lib/children';
import { quantile, summarizeLatencies } from '../../bench/lib/stats';
import { querySpecs, type Targets } from '../../bench/lib/workloads';
import { generateCorpus } from '../../bench/generator/generateCorpus';
import { manifestAsExtraction } from '../../bench/generator/asExtraction';
import { buildIngestRows } from '../../src/graph/documentRows';
import { countGraphItems } from '../../src/graph/documentStore';
import { buildApiSchema } from '../../src/api/schema';

// type-graphql and @neo4j/graphql load graphql's CommonJS build; validating their schemas needs the same copy
// (vitest would otherwise hand this file the ES module build: "GraphQLSchema from another module or realm").
const { parse, validate } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

const targets: Targets = { roots: ['76/NQ-CP'], tasks: ['76/NQ-CP#task0'], bodies: ['so noi vu@Quảng Ninh'], jurisdictions: ['Quảng Ninh'], searchTerms: ['cải cách'] };

describe('benchmark options', () => {
  it('defaults to small sizes and short loads in quick mode, and to 1k/10k/100k otherwise', () => {
    const quick = parseBenchArgs(['--quick']);
    expect(quick.sizes).toEqual([100, 300]);
    expect(quick.bulk).toBe(0);
    expect(quick.durationSec).toBeLessThanOrEqual(3);
    const full = parseBenchArgs([]);
    expect(full.sizes).toEqual([1000, 10000]);
    expect(full.bulk).toBe(100000);
    expect(parseBenchArgs(['--quick', '--sizes', '200,50']).sizes).toEqual([50, 200]);
  });

  it('alternates the real path and the floor in two rounds after the warm-up unless told otherwise', () => {
    expect(parseBenchArgs([]).ingestRounds).toBe(2);
    expect(parseBenchArgs(['--ingest-rounds', '3']).ingestRounds).toBe(3);
    expect(parseBenchArgs(['--ingest-rounds', '0']).ingestRounds).toBe(1);
  });

  it('refuses options it does not know and a bulk size below the real-path sizes', () => {
    expect(() => parseBenchArgs(['--sizez', '1'])).toThrow(/Unknown option --sizez/);
    expect(() => parseBenchArgs(['--sizes', '1000', '--bulk', '500'])).toThrow(/--bulk/);
    expect(() => parseBenchArgs(['--only', 'everything'])).toThrow(/--only/);
  });
});

describe('the API worker', () => {
  it('runs from its sources until the run has built the bundle from them, never from a bundle that merely exists', () => {
    expect(apiWorkerEntry()).toEqual(['--import', 'tsx', path.resolve('bench', 'workers', 'api.ts')]);
    useApiWorkerBundle('/built/benchApiWorker.js');
    try {
      expect(apiWorkerEntry()).toEqual(['/built/benchApiWorker.js']);
    } finally {
      useApiWorkerBundle(null);
    }
    expect(apiWorkerEntry()[0]).toBe('--import');
  });
});

describe('latency statistics', () => {
  it('takes nearest-rank percentiles', () => {
    const ms = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(quantile(ms, 0.5)).toBe(50);
    expect(quantile(ms, 0.99)).toBe(99);
    expect(summarizeLatencies(ms)).toMatchObject({ count: 100, p50: 50, p95: 95, p99: 99 });
  });
});

describe('the queries under load', () => {
  it('validate against the API schema the code builds', async () => {
    const schema = await buildApiSchema();
    for (const spec of querySpecs()) {
      expect(validate(schema, parse(spec.api.query)).map((e) => e.message), spec.id).toEqual([]);
      expect(spec.api.variables(targets).length).toBeGreaterThan(0);
    }
  });

  it('have peer equivalents that validate against the schema @neo4j/graphql builds from the type definitions', async () => {
    const driver = neo4j.driver('bolt://127.0.0.1:9', neo4j.auth.basic('neo4j', 'unused'));
    try {
      const typeDefs = readFileSync(path.join('bench', 'peer', 'typeDefs.graphql'), 'utf8');
      const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
      for (const spec of querySpecs()) {
        if ('cannot' in spec.peer) continue;
        expect(validate(schema, parse(spec.peer.query)).map((e) => e.message), spec.id).toEqual([]);
      }
    } finally {
      await driver.close();
    }
  });
});

describe('the bulk path and the ingestion floor', () => {
  const { documents } = generateCorpus({ docs: 20, seed: 'harness' });
  const rows = documents.map((d) => buildIngestRows(manifestAsExtraction(d.manifest), d.file));

  it('turns planted truth into the rows the product would write for it', () => {
    const d = documents.find((x) => x.manifest.citations.length > 3 && x.manifest.tasks.length > 3)!;
    const r = buildIngestRows(manifestAsExtraction(d.manifest), d.file);
    expect(r.document.key).toBe(d.manifest.key);
    expect(r.citations.map((c) => c.key).sort()).toEqual(d.manifest.citations.map((c) => c.key).sort());
    expect(r.assignments.length).toBe(d.manifest.tasks.reduce((n, t) => n + t.assignments.length, 0));
    expect(r.sections.filter((s) => s.parentKey !== null).length).toBeGreaterThan(0);
  });

  it('batches several documents into one set of rows, bodies once each, items counted like the real path', () => {
    const batch = batchRows(rows);
    expect(batch.docs).toHaveLength(20);
    expect(new Set(batch.bodies.map((b) => b.key)).size).toBe(batch.bodies.length);
    expect(batch.citations.every((c) => rows.some((r) => r.document.key === c.from))).toBe(true);
    const expected = rows.reduce((n, r) => n + countGraphItems(r).nodes + countGraphItems(r).relationships, 0);
    expect(itemsOf(rows)).toBe(expected);
  });
});
