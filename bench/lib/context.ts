/** State shared by the benchmark sections of one run. */
import type { IngestRows } from '../../src/graph/documentRows';
import type { CorpusPlan } from '../generator/plan';
import type { ManifestDocument, ManifestStats } from '../generator/manifest';
import type { Table } from './markdown';
import type { BenchDatabase } from './benchNeo4j';
import type { QueryId } from './workloads';

export interface Args {
  quick: boolean;
  /** Measure the queries on the graph BENCH_NEO4J_URI already holds (largest size only, no loading). */
  reuseGraph: boolean;
  /** Only these query loads (null: all). */
  queryIds: Set<QueryId> | null;
  /** Graph sizes loaded through the real ingest path (documents, ascending). */
  sizes: number[];
  /** Size of the graph loaded by the bulk path after the real-path sizes; 0 for none. */
  bulk: number;
  bulkSource: 'plan' | 'extract';
  seed: string;
  durationSec: number;
  warmupSec: number;
  connections: number;
  extractionDocs: number;
  /** Documents per transaction tried for the ingestion floor. */
  floorBatches: number[];
  /**
   * Documents per transaction tried for the real path at the first size, each from an empty graph, before
   * the run proper (empty: no sweep).
   */
  ingestBatches: number[];
  /** Alternated rounds (floor, then real path) at the first size, after a warm-up (--ingest-rounds). */
  ingestRounds: number;
  /** How many different variable sets each loaded query cycles through. */
  variants: number;
  only: Set<string> | null;
  out: string;
  heapMb: number;
  pagecacheMb: number;
}

export interface Corpus {
  plan: CorpusPlan;
  dir: string;
  files: string[];
  manifests: ManifestDocument[];
  stats: ManifestStats;
}

export interface SectionReport {
  id: string;
  title: string;
  status: 'ok' | 'skipped' | 'partial' | 'failed';
  reason?: string;
  tables: Table[];
  notes: string[];
}

/** A ratio against its goal, for the closing note. `worse` > 1 means the goal is missed by that factor. */
export interface GoalRatio {
  label: string;
  value: number;
  goal: string;
  worse: number;
}

export interface MemoryRow {
  process: string;
  when: string;
  peakMb: number | null;
}

export interface Ctx {
  args: Args;
  log: (line: string) => void;
  corpus: Corpus | null;
  /** Ingest rows of corpus files by index, from the extraction pass (reused by the ingestion floor). */
  rows: (IngestRows | undefined)[];
  db: BenchDatabase | null;
  sections: SectionReport[];
  memory: MemoryRow[];
  goals: GoalRatio[];
  /** p50 per query id per graph size: API and floor, for the growth table. */
  growth: Map<string, Map<number, { api: number; floor: number; objects: number | null; kb: number | null }>>;
}

export function section(ctx: Ctx, id: string, title: string): SectionReport {
  const s: SectionReport = { id, title, status: 'ok', tables: [], notes: [] };
  ctx.sections.push(s);
  return s;
}

export function wants(ctx: Ctx, id: string): boolean {
  return ctx.args.only === null || ctx.args.only.has(id);
}
