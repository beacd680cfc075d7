/**
 * Multi-document writes: the ingestion floor (a plain `UNWIND $rows MERGE` of the same nodes and edges the
 * real path writes, under `Floor*` labels, with no extraction and no per-document replace logic) and the bulk
 * path that loads the 100k graph (the same statements on the real labels, many documents per transaction).
 * The statements live in bench/cypher/bulk.*.cypher; `{{P}}` is a label prefix from a fixed union.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { GraphClient } from '../../src/graph/driver';
import { countGraphItems } from '../../src/graph/documentStore';
import type { BodyRow, IngestRows } from '../../src/graph/documentRows';
import { BENCH_DIR } from './children';

export type LabelPrefix = '' | 'Floor';

const STATEMENTS = ['documents', 'bodies', 'issuedBy', 'sections', 'sectionLinks', 'citations', 'tasks', 'assignments', 'targets', 'concerns', 'carriesOut'] as const;
type StatementName = (typeof STATEMENTS)[number];

/**
 * What the full-text index `search_folded` covers (titles of documents, cited ones included; task texts; body
 * names), for the search-only graph (bench/searchGraph.ts). A task's section link finds no section there.
 */
export const SEARCH_STATEMENTS: readonly StatementName[] = ['documents', 'bodies', 'citations', 'tasks'];

const cache = new Map<string, string>();
export function bulkCypher(name: StatementName, prefix: LabelPrefix): string {
  const k = `${name}:${prefix}`;
  let text = cache.get(k);
  if (!text) {
    text = readFileSync(path.join(BENCH_DIR, 'cypher', `bulk.${name}.cypher`), 'utf8').replaceAll('{{P}}', prefix);
    cache.set(k, text);
  }
  return text;
}

export interface BatchRows {
  docs: { key: string; props: unknown }[];
  bodies: BodyRow[];
  issued: { doc: string; body: string }[];
  sections: { key: string; doc: string; parentKey: string | null; props: unknown }[];
  citations: { from: string; key: string; cited: unknown; edge: unknown }[];
  tasks: { key: string; doc: string; sectionKey: string | null; props: unknown }[];
  assignments: IngestRows['assignments'];
  targets: IngestRows['targets'];
  concerns: IngestRows['taskIndicators'];
  carriesOut: IngestRows['carriesOut'];
}

/** Several documents' rows as one set of statement parameters (bodies de-duplicated by key). */
export function batchRows(list: readonly IngestRows[]): BatchRows {
  const bodies = new Map<string, BodyRow>();
  const b: BatchRows = { docs: [], bodies: [], issued: [], sections: [], citations: [], tasks: [], assignments: [], targets: [], concerns: [], carriesOut: [] };
  for (const rows of list) {
    const doc = rows.document.key;
    b.docs.push(rows.document);
    for (const body of [...rows.bodies, ...(rows.issuer ? [rows.issuer] : [])]) {
      const seen = bodies.get(body.key);
      if (!seen) bodies.set(body.key, { ...body, aliases: [...body.aliases] });
      else for (const a of body.aliases) if (!seen.aliases.includes(a)) seen.aliases.push(a);
    }
    if (rows.issuer) b.issued.push({ doc, body: rows.issuer.key });
    for (const s of rows.sections) b.sections.push({ key: s.key, doc, parentKey: s.parentKey, props: s.props });
    for (const c of rows.citations) b.citations.push({ from: doc, key: c.key, cited: c.cited, edge: c.edge });
    for (const t of rows.tasks) b.tasks.push({ key: t.key, doc, sectionKey: t.sectionKey, props: t.props });
    b.assignments.push(...rows.assignments);
    b.targets.push(...rows.targets);
    b.concerns.push(...rows.taskIndicators);
    b.carriesOut.push(...rows.carriesOut);
  }
  b.bodies = [...bodies.values()];
  return b;
}

/**
 * Writes a batch in one transaction; `times`, when given, gains each statement's milliseconds and the commit's;
 * `only`: a subset of the statements (in their order), e.g. SEARCH_STATEMENTS.
 */
export async function writeBatch(
  graph: GraphClient,
  batch: BatchRows,
  prefix: LabelPrefix,
  times?: Record<string, number>,
  only: readonly StatementName[] = STATEMENTS,
): Promise<void> {
  const params: Record<StatementName, [string, unknown[]]> = {
    documents: ['docs', batch.docs],
    bodies: ['bodies', batch.bodies],
    issuedBy: ['issued', batch.issued],
    sections: ['sections', batch.sections],
    sectionLinks: ['sections', batch.sections],
    citations: ['citations', batch.citations],
    tasks: ['tasks', batch.tasks],
    assignments: ['assignments', batch.assignments],
    targets: ['targets', batch.targets],
    concerns: ['concerns', batch.concerns],
    carriesOut: ['carriesOut', batch.carriesOut],
  };
  const started = performance.now();
  let statements = 0;
  await graph.writeTransaction(async (tx) => {
    for (const name of STATEMENTS) {
      if (!only.includes(name)) continue;
      const [param, rows] = params[name];
      if (!rows.length) continue;
      const t = performance.now();
      await tx.run(bulkCypher(name, prefix), { [param]: rows });
      if (times) {
        const ms = performance.now() - t;
        times[name] = (times[name] ?? 0) + ms;
        statements += ms;
      }
    }
  });
  if (times) times.commit = (times.commit ?? 0) + performance.now() - started - statements;
}

/**
 * The bulk path's indexes: every index its statements never read (range, text and full-text indexes; not the
 * uniqueness constraints its MERGEs seek on) is dropped for the load and recreated from its own create
 * statement afterwards. Kept, each of them is updated row by row at every commit (a third of a 500-document
 * batch's time at 3k documents, bench/HISTORY.md "s22"); recreated, it is populated once from the stored graph.
 * The graph is the same either way; the schema is the same once `restoreIndexes` has run.
 */
export interface DroppedIndex {
  name: string;
  createStatement: string;
}

export async function dropSecondaryIndexes(graph: GraphClient): Promise<DroppedIndex[]> {
  const indexes = await graph.read<{ name: string; createStatement: string }>(
    readFileSync(path.join(BENCH_DIR, 'cypher', 'bulk.secondaryIndexes.cypher'), 'utf8'),
  );
  const dropped: DroppedIndex[] = [];
  try {
    // Names come from the server's own catalogue, never from input; schema commands take no parameters.
    for (const index of indexes) {
      await runAutoCommit(graph, `DROP INDEX \`${index.name.replaceAll('`', '``')}\` IF EXISTS`);
      dropped.push({ name: index.name, createStatement: index.createStatement });
    }
  } catch (error) {
    // The caller gets no list to restore from a failed drop: put back the ones already gone before failing.
    await restoreIndexes(graph, dropped);
    throw error;
  }
  return dropped;
}

/**
 * Recreates what `dropSecondaryIndexes` dropped and waits until every index is online (populated). Every statement
 * is tried, one failing or not, so a single failure leaves only its own index missing; the failures are thrown after.
 */
export async function restoreIndexes(graph: GraphClient, dropped: readonly DroppedIndex[], timeoutSeconds = 7200): Promise<void> {
  const failed: string[] = [];
  for (const index of dropped) {
    try {
      await runAutoCommit(graph, index.createStatement);
    } catch (error) {
      failed.push(`${index.createStatement} (${(error as Error).message})`);
    }
  }
  await runAutoCommit(graph, `CALL db.awaitIndexes(${Math.floor(timeoutSeconds)})`);
  if (failed.length) {
    throw Object.assign(new Error(`BULK_INDEX_RESTORE_FAILED: ${failed.length} dropped index(es) could not be recreated; run by hand: ${failed.join('; ')}`), {
      code: 'BULK_INDEX_RESTORE_FAILED',
    });
  }
}

/** Nodes and relationships of a set of documents, counted the way the real path counts them. */
export function itemsOf(list: readonly IngestRows[]): number {
  return list.reduce((n, rows) => {
    const c = countGraphItems(rows);
    return n + c.nodes + c.relationships;
  }, 0);
}

const FLOOR_LABELS = ['FloorDocument', 'FloorBody', 'FloorSection', 'FloorTask', 'FloorTarget', 'FloorIndicator'] as const;

/** The floor gets the same uniqueness constraints as the real labels (a MERGE without them would be a scan). */
export async function createFloorSchema(graph: GraphClient): Promise<void> {
  for (const label of FLOOR_LABELS) {
    const prop = label === 'FloorIndicator' ? 'code' : 'key';
    await runAutoCommit(graph, `CREATE CONSTRAINT bench_${label.toLowerCase()} IF NOT EXISTS FOR (n:${label}) REQUIRE n.${prop} IS UNIQUE`);
  }
  await runAutoCommit(graph, 'CALL db.awaitIndexes(300)');
}

export async function clearFloor(graph: GraphClient): Promise<void> {
  await runAutoCommit(
    graph,
    `MATCH (n) WHERE ${FLOOR_LABELS.map((l) => `n:${l}`).join(' OR ')} CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS`,
  );
}

export async function dropFloorSchema(graph: GraphClient): Promise<void> {
  await clearFloor(graph);
  for (const label of FLOOR_LABELS) await runAutoCommit(graph, `DROP CONSTRAINT bench_${label.toLowerCase()} IF EXISTS`);
}

/** Schema statements and CALL ... IN TRANSACTIONS need an auto-commit transaction. */
export async function runAutoCommit(graph: GraphClient, statement: string): Promise<void> {
  const session = graph.driver.session({ database: graph.settings.database });
  try {
    await session.run(statement);
  } finally {
    await session.close();
  }
}
