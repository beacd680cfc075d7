/**
 * Graph walks along citations for the API, each one Cypher statement with variable-length paths whose
 * bounds are validated integers (cypherRegistry placeholders), never user text: a document's lineage, the
 * shortest citation chains between two documents, and the chain of directives that mandates a task.
 */
import { cypher } from './cypherRegistry';
import { integer, toCitation, toDocument, toTask, type CitationRecord, type DocumentRecord, type GraphReader, type TaskRecord } from './records';

type Row = Record<string, unknown>;

/** Upper bound on path lengths any walk accepts (the API refuses larger `maxDepth`). */
export const MAX_WALK_DEPTH = 10;
/** Paths one walk returns at most; beyond it the answer says it was cut. */
export const MAX_PATHS = 2000;

export type LineageDirection = 'UPSTREAM' | 'DOWNSTREAM' | 'BOTH';
type WalkDirection = Exclude<LineageDirection, 'BOTH'>;

/** Most documents one lineage answer holds unless the caller asks for fewer. */
export const MAX_LINEAGE_NODES = 2000;

export interface LineageEdgeRecord {
  /** The citing document. */
  fromKey: string;
  /** The cited document. */
  toKey: string;
  relation: string;
  /** Steps from the root to the edge's far end. */
  depth: number;
}

export interface LineageNodeRecord {
  document: DocumentRecord;
  depth: number;
  /** The walk that reached it (the nearer one for BOTH); null for the root. */
  direction: WalkDirection | null;
}

export interface LineageRecord {
  root: DocumentRecord;
  /** Every document reached (the root at depth 0), nearest first. */
  nodes: LineageNodeRecord[];
  edges: LineageEdgeRecord[];
  /** Each chain from the root outwards that no longer chain extends, as document keys. */
  paths: string[][];
  /** True when there were more than MAX_PATHS paths, or more nodes than maxNodes, and only the first ones were used. */
  truncated: boolean;
}

interface PathRow {
  keys: string[];
  relations: string[];
}

function checkDepth(maxDepth: number): void {
  if (!Number.isInteger(maxDepth) || maxDepth < 1 || maxDepth > MAX_WALK_DEPTH) {
    throw new RangeError(`maxDepth must be a whole number from 1 to ${MAX_WALK_DEPTH}, got ${maxDepth}`);
  }
}

/** Orders keys the way Cypher's ORDER BY does (UTF-16 code units), independent of the machine's locale. */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Paths that are not the start of a longer path in the set: the chains to draw. */
export function maximalPaths(paths: string[][]): string[][] {
  const SEP = '\u0000';
  const prefixes = new Set(paths.map((p) => p.slice(0, -1).join(SEP)));
  const seen = new Set<string>();
  return paths
    .filter((p) => {
      const id = p.join(SEP);
      if (prefixes.has(id) || seen.has(id)) return false;
      seen.add(id);
      return true;
    })
    // Traversal order is the database's; a fixed order (short chains first) keeps answers stable.
    .sort((a, b) => a.length - b.length || compareKeys(a.join(SEP), b.join(SEP)));
}

/** One walk in one direction: one Cypher statement. */
async function walk(graph: GraphReader, key: string, direction: WalkDirection, maxDepth: number, relations: string[] | null): Promise<LineageRecord | null> {
  const name = direction === 'UPSTREAM' ? 'lineage.upstream' : 'lineage.downstream';
  const [row] = await graph.read(cypher(name, { maxDepth }), { key, relations, maxPaths: integer(MAX_PATHS) });
  if (!row) return null;
  const root = toDocument(row.root as Row);
  const documents = new Map((row.documents as Row[]).map((d) => [String(d.key), toDocument(d)]));
  documents.set(root.key, root);
  const all = row.paths as PathRow[];
  const truncated = all.length > MAX_PATHS;
  const paths = all.slice(0, MAX_PATHS);

  const depthOf = new Map<string, number>([[root.key, 0]]);
  const edges = new Map<string, LineageEdgeRecord>();
  for (const p of paths) {
    p.keys.forEach((k, i) => depthOf.set(k, Math.min(depthOf.get(k) ?? i, i)));
    p.relations.forEach((relation, i) => {
      const near = p.keys[i]!;
      const far = p.keys[i + 1]!;
      const [fromKey, toKey] = direction === 'UPSTREAM' ? [near, far] : [far, near];
      const id = `${fromKey}\u0000${toKey}\u0000${relation}`;
      const existing = edges.get(id);
      if (!existing || existing.depth > i + 1) edges.set(id, { fromKey, toKey, relation, depth: i + 1 });
    });
  }
  const nodes = [...depthOf.entries()]
    .filter(([k]) => documents.has(k))
    .map(([k, depth]) => ({ document: documents.get(k)!, depth, direction: depth === 0 ? null : direction }));
  return { root, nodes, edges: [...edges.values()], paths: maximalPaths(paths.map((p) => p.keys)), truncated };
}

/**
 * The citation graph around a document, ready to draw: UPSTREAM, DOWNSTREAM or BOTH walks (one Cypher
 * statement each), nodes with their depth, typed edges, and at most `maxNodes` documents (the nearest;
 * edges and paths then stop at the kept ones, and `truncated` says so).
 */
export async function lineage(
  graph: GraphReader,
  key: string,
  direction: LineageDirection,
  maxDepth: number,
  relations: string[] | null,
  maxNodes = MAX_LINEAGE_NODES,
): Promise<LineageRecord | null> {
  checkDepth(maxDepth);
  const walks = direction === 'BOTH' ? (['UPSTREAM', 'DOWNSTREAM'] as const) : ([direction] as const);
  const found = await Promise.all(walks.map((d) => walk(graph, key, d, maxDepth, relations)));
  if (found.some((f) => f === null)) return null;
  const parts = found as LineageRecord[];
  const root = parts[0]!.root;

  const nodeByKey = new Map<string, LineageNodeRecord>();
  for (const n of parts.flatMap((p) => p.nodes)) {
    const existing = nodeByKey.get(n.document.key);
    if (!existing || n.depth < existing.depth) nodeByKey.set(n.document.key, n);
  }
  const sorted = [...nodeByKey.values()].sort((a, b) => a.depth - b.depth || compareKeys(a.document.key, b.document.key));
  const nodes = sorted.slice(0, Math.max(1, maxNodes));
  const kept = new Set(nodes.map((n) => n.document.key));

  const edgeById = new Map<string, LineageEdgeRecord>();
  for (const e of parts.flatMap((p) => p.edges)) {
    if (!kept.has(e.fromKey) || !kept.has(e.toKey)) continue;
    const id = `${e.fromKey}\u0000${e.toKey}\u0000${e.relation}`;
    const existing = edgeById.get(id);
    if (!existing || existing.depth > e.depth) edgeById.set(id, e);
  }
  const edges = [...edgeById.values()].sort((a, b) => a.depth - b.depth || compareKeys(a.fromKey, b.fromKey) || compareKeys(a.toKey, b.toKey));
  // A chain stops at its first document that did not fit.
  const cut = (p: string[]): string[] => {
    const i = p.findIndex((k) => !kept.has(k));
    return i === -1 ? p : p.slice(0, i);
  };
  const paths = maximalPaths(parts.flatMap((p) => p.paths).map(cut).filter((p) => p.length > 1));
  return { root, nodes, edges, paths, truncated: parts.some((p) => p.truncated) || sorted.length > nodes.length };
}

export interface CitationPathRecord {
  /** From the `from` document to the `to` document. */
  documents: DocumentRecord[];
  /** The citations between consecutive documents (each keeps its own citing -> cited direction). */
  citations: CitationRecord[];
}

export interface CitationPathsResult {
  fromExists: boolean;
  toExists: boolean;
  paths: CitationPathRecord[];
}

/** The shortest citation chains between two different documents, whichever cites the other. */
export async function citationPaths(
  graph: GraphReader,
  fromKey: string,
  toKey: string,
  maxDepth: number,
  relations: string[] | null,
): Promise<CitationPathsResult> {
  checkDepth(maxDepth);
  if (fromKey === toKey) throw new RangeError('citationPaths needs two different documents');
  const [row] = await graph.read(cypher('lineage.citationPath', { maxDepth }), { fromKey, toKey, relations, maxPaths: integer(MAX_PATHS) });
  const paths = ((row?.paths ?? []) as Row[]).map((p) => {
    const documents = (p.documents as Row[]).map(toDocument);
    const citations = (p.citations as Row[]).map((c) => toCitation(String(c.from), String(c.to), c.edge as Row));
    // Paths found from `to` towards `from` are read the other way round.
    return documents[0]?.key === fromKey ? { documents, citations } : { documents: documents.reverse(), citations: citations.reverse() };
  });
  return { fromExists: row?.fromExists === true, toExists: row?.toExists === true, paths };
}

/** Relations through which a cited document mandates what the citing one does. */
export const MANDATE_RELATIONS = ['BASIS', 'IMPLEMENTS', 'AMENDS'] as const;

export interface MandateStepRecord {
  document: DocumentRecord;
  depth: number;
  relation: string;
  citedBy: DocumentRecord;
  /** The citing text's words that cite it (the citation's first mention). */
  evidence: string | null;
}

export interface MandateRecord {
  task: TaskRecord;
  document: DocumentRecord;
  /** Every mandating citation on the way up, nearest first. */
  steps: MandateStepRecord[];
  truncated: boolean;
}

export async function mandate(
  graph: GraphReader,
  taskKey: string,
  maxDepth: number,
  relations: readonly string[] = MANDATE_RELATIONS,
): Promise<MandateRecord | null> {
  checkDepth(maxDepth);
  const [row] = await graph.read(cypher('lineage.mandate', { maxDepth }), { taskKey, relations, maxPaths: integer(MAX_PATHS) });
  if (!row) return null;
  const document = toDocument(row.document as Row);
  const documents = new Map((row.documents as Row[]).map((d) => [String(d.key), toDocument(d)]));
  documents.set(document.key, document);
  const all = row.paths as (PathRow & { evidence?: string[] })[];
  const steps = new Map<string, MandateStepRecord>();
  for (const p of all.slice(0, MAX_PATHS)) {
    p.relations.forEach((relation, i) => {
      const citing = documents.get(p.keys[i]!);
      const cited = documents.get(p.keys[i + 1]!);
      if (!citing || !cited) return;
      const id = `${citing.key}\u0000${cited.key}`;
      const existing = steps.get(id);
      if (!existing || existing.depth > i + 1) steps.set(id, { document: cited, depth: i + 1, relation, citedBy: citing, evidence: p.evidence?.[i] || null });
    });
  }
  return {
    task: toTask(row.task as Row),
    document,
    steps: [...steps.values()].sort(
      (a, b) => a.depth - b.depth || compareKeys(a.citedBy.key, b.citedBy.key) || compareKeys(a.document.key, b.document.key),
    ),
    truncated: all.length > MAX_PATHS,
  };
}
