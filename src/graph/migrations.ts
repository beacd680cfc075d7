/**
 * Applies cypher/migrations/NNNN_name.cypher in version order, once each, and records every applied
 * version as a (:Migration) node. Safe to run at every start-up and from several processes: each
 * statement is idempotent (IF NOT EXISTS) and a version is recorded only after all its statements ran.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';
import { DirectiveGraphError, ErrorCode } from '../errors';
import type { GraphClient } from './driver';
import { cypher } from './cypherRegistry';
import { mergeDuplicateBodies } from './bodyMerge';
import { fillDocumentFilterFolds } from './documentFilterFolds';
import { integer } from './records';

/**
 * Data steps that Cypher alone cannot express (they need the extraction's rules), run after the named
 * migration's statements and before it is recorded. Each is idempotent.
 */
const DATA_STEPS: Readonly<Record<string, (graph: GraphClient) => Promise<unknown>>> = {
  '0006_one_body_one_node': (graph) => mergeDuplicateBodies(graph),
  '0008_document_filter_folds': (graph) => fillDocumentFilterFolds(graph),
};

export interface Migration {
  version: number;
  name: string;
  statements: string[];
  checksum: string;
}

/**
 * Rows a backfill statement handles per transaction. A migration's data statement over every task or
 * assignment of a 100k-document graph in one transaction holds all of its changes in memory until commit
 * (gigabytes) and loses all of it when interrupted; bounded batches commit as they go.
 */
export const MIGRATION_BATCH_SIZE = 10_000;

export interface MigrationOptions {
  /** Rows per backfill transaction (default MIGRATION_BATCH_SIZE). */
  batchSize?: number;
}

export interface MigrationReport {
  applied: number[];
  alreadyApplied: number[];
}

export const MIGRATIONS_DIR = path.join(PROJECT_ROOT, 'cypher', 'migrations');

/** Splits a migration file into statements: `;` at a line end closes one; `//` lines are comments. */
export function splitStatements(source: string): string[] {
  const withoutComments = source
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n');
  return withoutComments
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export async function loadMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((f) => /^\d{4}_[\w-]+\.cypher$/.test(f)).sort();
  return Promise.all(
    files.map(async (file) => {
      const source = await readFile(path.join(dir, file), 'utf8');
      return {
        version: Number(file.slice(0, 4)),
        name: file.replace(/\.cypher$/, ''),
        statements: splitStatements(source),
        checksum: createHash('sha256').update(source).digest('hex'),
      };
    }),
  );
}

export async function appliedVersions(graph: GraphClient): Promise<Map<number, string>> {
  const rows = await graph.read<{ version: number; checksum: string }>(cypher('migrations.applied'));
  return new Map(rows.map((r) => [r.version, r.checksum]));
}

/**
 * Runs one statement of a migration. A statement that takes `$batchSize` is a backfill: it handles at most
 * that many rows after the cursor `$after` (a key; '' first) and returns `next`, the key of the last row it
 * handled, or null when none was left. It runs again, a transaction each time, from that key until it
 * returns null: the transactions stay bounded however large the graph, and every batch is committed when
 * the next starts, so an interrupted backfill keeps its work (the statement must only fill what is missing,
 * so that a re-run from the first key is harmless). Every other statement runs once, in one transaction.
 * Returns the number of transactions.
 */
export async function runMigrationStatement(graph: GraphClient, statement: string, options: MigrationOptions = {}): Promise<number> {
  if (!statement.includes('$batchSize')) {
    await graph.write(statement);
    return 1;
  }
  const batchSize = integer(Math.max(1, options.batchSize ?? MIGRATION_BATCH_SIZE));
  let after = '';
  for (let transactions = 1; ; transactions++) {
    const [row] = await graph.write<{ next: string | null }>(statement, { batchSize, after });
    if (row === undefined || !('next' in row)) {
      throw new Error('a backfill statement (it takes $batchSize) must return `next`: the key of the last row it handled, or null');
    }
    if (row.next === null) return transactions;
    if (row.next === after) throw new Error(`a backfill statement must move forward: it returned ${row.next} again`);
    after = row.next;
  }
}

export async function migrate(graph: GraphClient, migrations?: Migration[], options: MigrationOptions = {}): Promise<MigrationReport> {
  const all = migrations ?? (await loadMigrations());
  const done = await appliedVersions(graph);
  const report: MigrationReport = { applied: [], alreadyApplied: [] };
  for (const migration of all) {
    if (done.has(migration.version)) {
      report.alreadyApplied.push(migration.version);
      continue;
    }
    try {
      // Schema statements cannot share a transaction with data writes: one transaction each.
      for (const statement of migration.statements) await runMigrationStatement(graph, statement, options);
      await DATA_STEPS[migration.name]?.(graph);
      await graph.write(cypher('migrations.record'), {
        version: migration.version,
        name: migration.name,
        checksum: migration.checksum,
      });
    } catch (error) {
      throw new DirectiveGraphError(
        ErrorCode.MIGRATION_FAILED,
        `Migration ${migration.name} failed: ${error instanceof Error ? error.message : String(error)}. ` +
          'Fix the statement in cypher/migrations and start again; applied versions are not re-run.',
        false,
        { cause: error },
      );
    }
    report.applied.push(migration.version);
  }
  return report;
}

/** True when every migration on disk is recorded in the graph: the /ready check. */
export async function isMigrated(graph: GraphClient): Promise<boolean> {
  const [all, done] = await Promise.all([loadMigrations(), appliedVersions(graph)]);
  return all.every((m) => done.has(m.version));
}
