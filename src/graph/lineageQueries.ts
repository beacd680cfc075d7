/**
 * Graph walks along citations for the API, each one Cypher statement with variable-length paths whose
 * bounds are validated integers (cypherRegistry placeholders), never user text: a document's lineage, the
 * shortest citation chains between two documents, and the chain of directives that mandates a task.
 */
import { cypher } from './cypherRegistry';
import { noLongerInForceSince, replacedByOn, statusOn, toEvent, type DocumentEventRecord, type EffectStatus } from './effectStatus';
import { integer, toCitation, toDocument, toTask, type AssignmentRecord, type CitationRecord, type DocumentRecord, type GraphReader, type TaskRecord } from './records';
import { toAssignment } from './taskQueries';

type Row = Record<string, unknown>;

/** Upper bound on path lengths any walk accepts (the API refuses larger `maxDepth`). */
export const MAX_WALK_DEPTH = 10;
/** Paths one walk returns at most; beyond it the answer says it was cut. */
export const MAX_PATHS = 2000;
/**
 * Citations one lineage walk returns at most (the nearest; beyond it the answer says it was cut). As many as
 * MAX_PATHS: every citation a walk returns is the last step of a path of its own, so a walk of at most
 * MAX_PATHS paths never has more citations than this.
 */
export const MAX_CITATIONS = MAX_PATHS;

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
  /**
   * The same chains with each document given as `label(key)` (the API's global ids): labelled once per step of
   * the walk's tree, which chains share, instead of once per document of every chain (thousands at depth 6).
   */
  pathsAs<L>(label: (key: string) => L): L[][];
  /**
   * True when the answer was cut: more than MAX_CITATIONS citations (the nearest are kept, with the documents
   * they reach), more than MAX_PATHS chains over them (the first MAX_PATHS walked in key order are kept), or
   * more documents than maxNodes (the nearest are kept; edges and chains stop at them). Read lazily: whether
   * the chains were cut is known once they are walked.
   */
  readonly truncated: boolean;
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

/**
 * Paths that are not the start of a longer path in the set: the chains to draw. Any shorter start counts (not
 * only the one a step shorter), so the set may hold only some of the paths walked, such as the chains of two
 * walks from one root (lineage BOTH), one walk's chain the start of the other's when a document both cites the
 * root and is cited by it.
 */
export function maximalPaths(paths: string[][]): string[][] {
  const SEP = '\u0000';
  const prefixes = new Set<string>();
  for (const p of paths) {
    let id = p[0] ?? '';
    for (let i = 1; i < p.length; i++) {
      prefixes.add(id);
      id += SEP + p[i];
    }
  }
  const kept = new Map<string, string[]>();
  for (const p of paths) {
    const id = p.join(SEP);
    if (!prefixes.has(id) && !kept.has(id)) kept.set(id, p);
  }
  // Traversal order is the database's; a fixed order (short chains first) keeps answers stable.
  return [...kept]
    .sort(([aId, a], [bId, b]) => a.length - b.length || compareKeys(aId, bId))
    .map(([, p]) => p);
}

interface WalkRow {
  root: Row;
  /** More than MAX_CITATIONS citations: the nearest MAX_CITATIONS are given. */
  truncated: boolean;
  /** Each citation the walk reaches once, `depth` the far end's fewest steps from the root. */
  steps: (readonly [near: string, far: string, relation: string, depth: number])[];
  /** Each document the walk reaches, once (the root only as itself). */
  documents: Row[];
}

/** A citation as a walk takes it: [near, far, relation], `near` its end nearer the root (as the statement lists it). */
export type WalkStep = readonly [near: string, far: string, relation: string, ...rest: unknown[]];

/** A document list from the root that some path walked, the answer keeping all its documents. */
interface ChainNode {
  key: string;
  /** `label(key)`, made once for every chain through this node. */
  label: unknown;
  parent: ChainNode | null;
  length: number;
  /** The longer lists walked, by their last document; null while none is. */
  children: Map<string, ChainNode> | null;
}

/**
 * The chains of a walk over its citations, as maximalPaths gives them for the same paths: every path from the
 * root of at most `maxDepth` steps that uses each citation at most once (as a Cypher path does), stopping after
 * `maxPaths` paths, kept as document keys when no path is it plus one more step; shortest first, then in key
 * order. Walked here from the citations the statement returns instead of built in Cypher: a path costs a step
 * in a tree of document lists here. Citations are taken in key order, so a walk cut at `maxPaths` keeps the same
 * paths every time. The order comes from the tree itself (children read in key order, chains gathered by
 * length), not from sorting the chains: at lineage depth 6 that sort was a fifth of the walk. Each document
 * of a chain is given as `label(key)` (the key itself by default), made once per node of the tree.
 *
 * With `kept` (the documents an answer cut at maxNodes keeps), each path stops at its first document not kept,
 * as maximalPaths gives the paths cut so: the paths beyond such a document still count towards `maxPaths`, but
 * make no node of the tree (at 100k depth 6, 9 of the bench's 20 roots reach more than the API's 500 documents,
 * and cutting, de-duplicating and ordering their chains afterwards was a fifth of the API's own work).
 */
export function walkChains<L = string>(
  rootKey: string,
  steps: readonly WalkStep[],
  maxDepth: number,
  maxPaths: number,
  label: (key: string) => L = (key) => key as unknown as L,
  kept: ReadonlySet<string> | null = null,
): { chains: L[][]; truncated: boolean } {
  const out = new Map<string, number[]>();
  steps.forEach(([near], i) => {
    const list = out.get(near);
    if (list) list.push(i);
    else out.set(near, [i]);
  });
  for (const list of out.values()) list.sort((a, b) => compareKeys(steps[a]![1], steps[b]![1]) || compareKeys(steps[a]![2], steps[b]![2]));
  const root: ChainNode = { key: rootKey, label: label(rootKey), parent: null, length: 1, children: null };
  const used = new Uint8Array(steps.length);
  let paths = 0;
  let truncated = false;
  // Each path is a document list from the root: paths with the same list (parallel citations) share its node.
  // `at` is the node of the path walked so far, null past a document the answer does not keep.
  const extend = (at: ChainNode | null, key: string, length: number): void => {
    if (length > maxDepth) return;
    for (const i of out.get(key) ?? []) {
      if (truncated) return;
      if (used[i]) continue;
      if (paths === maxPaths) {
        truncated = true;
        return;
      }
      paths++;
      const far = steps[i]![1];
      let next: ChainNode | null = null;
      if (at && (kept === null || kept.has(far))) {
        at.children ??= new Map();
        next = at.children.get(far) ?? null;
        if (!next) at.children.set(far, (next = { key: far, label: label(far), parent: at, length: length + 1, children: null }));
      }
      used[i] = 1;
      extend(next, far, length + 1);
      used[i] = 0;
    }
  };
  extend(root, rootKey, 1);
  // Every node but the root ends a path; a chain ends at one that no longer list extends. Depth first with each
  // node's children in key order visits the chains in key order; gathered by length, they come shortest first,
  // then key by key (a chain ends at a leaf, so none is the start of another).
  const byLength: L[][][] = [];
  const collect = (node: ChainNode): void => {
    if (!node.children) {
      if (node === root) return;
      const chain = new Array<L>(node.length);
      for (let n: ChainNode | null = node, i = node.length - 1; n; n = n.parent, i--) chain[i] = n.label as L;
      (byLength[node.length] ??= []).push(chain);
      return;
    }
    for (const child of inKeyOrder(node.children)) collect(child);
  };
  collect(root);
  return { chains: byLength.flatMap((list) => list ?? []), truncated };
}

/** A node's children in key order: usually their order of insertion already (citations are taken in key order). */
function inKeyOrder(children: Map<string, ChainNode>): Iterable<ChainNode> {
  let previous: string | null = null;
  for (const key of children.keys()) {
    if (previous !== null && compareKeys(previous, key) > 0) return [...children.values()].sort((a, b) => compareKeys(a.key, b.key));
    previous = key;
  }
  return children.values();
}

/** One walk's documents and citations, its chains not walked yet. */
interface Walk {
  root: DocumentRecord;
  /** The root, then each document reached once. */
  nodes: LineageNodeRecord[];
  edges: LineageEdgeRecord[];
  /** The statement's citations, as the chains are walked from them. */
  steps: readonly WalkStep[];
  /** More than MAX_CITATIONS citations: the nearest were given. */
  cut: boolean;
}

/**
 * One walk in one direction: one Cypher statement walks the citations level by level (each document expanded
 * once, so its cost follows the citations returned, not the paths through them); the chains are walked here.
 */
async function walk(graph: GraphReader, key: string, direction: WalkDirection, maxDepth: number, relations: string[] | null, asOf: string | null): Promise<Walk | null> {
  const upstream = direction === 'UPSTREAM';
  const [row] = (await graph.read(cypher('lineage.walk', { maxDepth, upstream }), { key, relations, asOf, maxCitations: integer(MAX_CITATIONS) })) as unknown as WalkRow[];
  if (!row) return null;
  const root = toDocument(row.root);
  // The statement's [near, far, relation, depth] lists serve the chain walk as they are (no object per step).
  const steps = row.steps;
  const depthOf = new Map<string, number>();
  const edges: LineageEdgeRecord[] = new Array(steps.length);
  for (let i = 0; i < steps.length; i++) {
    const [near, far, relation, depth] = steps[i]!;
    const known = depthOf.get(far);
    if (known === undefined || depth < known) depthOf.set(far, depth);
    edges[i] = upstream ? { fromKey: near, toKey: far, relation, depth } : { fromKey: far, toKey: near, relation, depth };
  }
  const nodes: LineageNodeRecord[] = [{ document: root, depth: 0, direction: null }];
  // A cycle can lead back to the root: it stays at depth 0.
  for (const reached of row.documents) {
    const document = toDocument(reached);
    if (document.key !== root.key) nodes.push({ document, depth: depthOf.get(document.key)!, direction });
  }
  return { root, nodes, edges, steps, cut: row.truncated };
}

type MakePaths = <L>(label: (key: string) => L) => { chains: L[][]; truncated: boolean };

/**
 * A lineage record whose chains are made when a caller first reads them (only some callers draw them): as keys
 * once (`paths`), or labelled (`pathsAs`), made with their labels unless the keys were already made. `truncated`
 * is `cut`, or else whether the chains were cut (walking them as keys if no one has yet).
 */
function withLazyPaths(record: Omit<LineageRecord, 'paths' | 'pathsAs' | 'truncated'>, cut: boolean, makePaths: MakePaths): LineageRecord {
  let chains: string[][] | undefined;
  let chainsCut: boolean | undefined;
  const made = <L>(label: (key: string) => L): L[][] => {
    const walked = makePaths(label);
    chainsCut = walked.truncated;
    return walked.chains;
  };
  const keys = (): string[][] => (chains ??= made((key) => key));
  return {
    ...record,
    get paths() {
      return keys();
    },
    pathsAs: <L>(label: (key: string) => L): L[][] => (chains ? chains.map((p) => p.map(label)) : made(label)),
    get truncated() {
      if (cut) return true;
      if (chainsCut === undefined) keys();
      return chainsCut!;
    },
  };
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
  asOf: string | null = null,
): Promise<LineageRecord | null> {
  checkDepth(maxDepth);
  const walks = direction === 'BOTH' ? (['UPSTREAM', 'DOWNSTREAM'] as const) : ([direction] as const);
  const found = await Promise.all(walks.map((d) => walk(graph, key, d, maxDepth, relations, asOf)));
  if (found.some((f) => f === null)) return null;
  const parts = found as Walk[];
  const root = parts[0]!.root;
  const single = parts.length === 1 ? parts[0]! : null;

  // One walk reaches each document once (the root, then the statement's distinct documents): nothing to merge.
  const sorted = (single ? [...single.nodes] : nearestOfEach(parts.flatMap((p) => p.nodes))).sort(
    (a, b) => a.depth - b.depth || compareKeys(a.document.key, b.document.key),
  );
  const nodes = sorted.length > Math.max(1, maxNodes) ? sorted.slice(0, Math.max(1, maxNodes)) : sorted;
  const nodesCut = sorted.length > nodes.length;
  // The documents kept when some were left out: edges and chains stop at them.
  const kept = nodesCut ? new Set(nodes.map((n) => n.document.key)) : null;
  const edges = nearestEdges(single ? single.edges : parts.flatMap((p) => p.edges), kept).sort(
    (a, b) => a.depth - b.depth || compareKeys(a.fromKey, b.fromKey) || compareKeys(a.toKey, b.toKey),
  );
  // Cut when a walk's citations were, documents were left out, or (known once walked) the chains were.
  return withLazyPaths({ root, nodes, edges }, nodesCut || parts.some((p) => p.cut), (label) => {
    // One walk's chains come maximal and in order from its tree; two walks' chains (both from the root) are merged.
    if (single) return walkChains(root.key, single.steps, maxDepth, MAX_PATHS, label, kept);
    const walked = parts.map((p) => walkChains(root.key, p.steps, maxDepth, MAX_PATHS, (k) => k, kept));
    return { chains: maximalPaths(walked.flatMap((w) => w.chains)).map((p) => p.map(label)), truncated: walked.some((w) => w.truncated) };
  });
}

/** Each document once, at its fewest steps (the first seen among equals). */
function nearestOfEach(nodes: LineageNodeRecord[]): LineageNodeRecord[] {
  const nodeByKey = new Map<string, LineageNodeRecord>();
  for (const n of nodes) {
    const existing = nodeByKey.get(n.document.key);
    if (!existing || n.depth < existing.depth) nodeByKey.set(n.document.key, n);
  }
  return [...nodeByKey.values()];
}

/**
 * Each citation (citing, cited, relation) once, at its fewest steps, in the order each was first seen; only those
 * between `kept` documents (null: all). Found among the citing document's own edges (a few) rather than by a key
 * made of both documents' keys and the relation, which was a string built and hashed per edge.
 */
function nearestEdges(edges: readonly LineageEdgeRecord[], kept: ReadonlySet<string> | null): LineageEdgeRecord[] {
  const out: LineageEdgeRecord[] = [];
  const byCiting = new Map<string, number[]>();
  for (const e of edges) {
    if (kept && (!kept.has(e.fromKey) || !kept.has(e.toKey))) continue;
    let seen = byCiting.get(e.fromKey);
    if (!seen) byCiting.set(e.fromKey, (seen = []));
    const same = seen.find((i) => out[i]!.toKey === e.toKey && out[i]!.relation === e.relation);
    if (same === undefined) {
      seen.push(out.length);
      out.push(e);
    } else if (out[same]!.depth > e.depth) out[same] = e;
  }
  return out;
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
  asOf: string | null = null,
): Promise<CitationPathsResult> {
  checkDepth(maxDepth);
  if (fromKey === toKey) throw new RangeError('citationPaths needs two different documents');
  const [row] = await graph.read(cypher('lineage.citationPath', { maxDepth }), { fromKey, toKey, relations, asOf, maxPaths: integer(MAX_PATHS) });
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
  /** The step's document on the day asked (today when none). */
  status: EffectStatus;
  /** When it stopped being in force, if it did by that day. */
  noLongerInForceSince: string | null;
  /** What replaced it by that day. */
  replacedBy: DocumentRecord[];
}

export interface MandateRecord {
  task: TaskRecord;
  document: DocumentRecord;
  /** The task's own document on the day asked. */
  documentStatus: EffectStatus;
  /** Events of every document on the chain, by key (for Document.events without another query). */
  events: Map<string, DocumentEventRecord[]>;
  /** Every mandating citation on the way up, nearest first. */
  steps: MandateStepRecord[];
  truncated: boolean;
  /** The task's assignments (lead first) when asked for (`withAssignments`), else null. */
  assignments: AssignmentRecord[] | null;
}

export async function mandate(
  graph: GraphReader,
  taskKey: string,
  maxDepth: number,
  relations: readonly string[] = MANDATE_RELATIONS,
  asOf: string | null = null,
  /** The day statuses are given for: `asOf`, or today. */
  statusDay: string = asOf ?? new Date().toISOString().slice(0, 10),
  /** Bring the task's assignments in the same statement. */
  withAssignments = false,
  /** Bring each step's evidence (else every step's is null). */
  withEvidence = true,
): Promise<MandateRecord | null> {
  checkDepth(maxDepth);
  const [row] = await graph.read(cypher('lineage.mandate', { maxDepth }), { taskKey, relations, asOf, maxPaths: integer(MAX_PATHS), withAssignments, withEvidence });
  if (!row) return null;
  const document = toDocument(row.document as Row);
  const documents = new Map((row.documents as unknown[][]).map((d) => {
    const record = toDocument(d);
    return [record.key, record];
  }));
  documents.set(document.key, document);
  const all = row.paths as (PathRow & { evidence: string[] | null })[];
  const events = new Map<string, DocumentEventRecord[]>();
  for (const e of row.events as Row[]) {
    const k = String(e.documentKey);
    events.set(k, [...(events.get(k) ?? []), toEvent(e.edge as Row, toDocument(e.by as unknown[]))]);
  }
  for (const list of events.values()) list.sort((a, b) => compareKeys(a.date ?? '', b.date ?? '') || compareKeys(a.by.key, b.by.key));
  // Each citation once, at its fewest steps from the task's document (a path that reaches it in fewer steps
  // replaces it); found by the citing document, then the cited one, without a key made per step. A document's
  // status on the day is the same for every citation of it: worked out once.
  const steps = new Map<string, Map<string, MandateStepRecord>>();
  const effects = new Map<string, Pick<MandateStepRecord, 'status' | 'noLongerInForceSince' | 'replacedBy'>>();
  const effectOf = (cited: DocumentRecord) => {
    let effect = effects.get(cited.key);
    if (!effect) {
      const ev = events.get(cited.key) ?? [];
      effect = { status: statusOn(cited, ev, statusDay), noLongerInForceSince: noLongerInForceSince(cited, ev, statusDay), replacedBy: replacedByOn(ev, statusDay) };
      effects.set(cited.key, effect);
    }
    return effect;
  };
  const kept = Math.min(all.length, MAX_PATHS);
  for (let n = 0; n < kept; n++) {
    const { keys, relations, evidence } = all[n]!;
    for (let i = 0; i < relations.length; i++) {
      const citing = documents.get(keys[i]!);
      const cited = documents.get(keys[i + 1]!);
      if (!citing || !cited) continue;
      let fromCiting = steps.get(citing.key);
      if (!fromCiting) steps.set(citing.key, (fromCiting = new Map()));
      const existing = fromCiting.get(cited.key);
      if (existing && existing.depth <= i + 1) continue;
      fromCiting.set(cited.key, { document: cited, depth: i + 1, relation: relations[i]!, citedBy: citing, evidence: evidence?.[i] || null, ...effectOf(cited) });
    }
  }
  const task = toTask(row.task as Row);
  return {
    task,
    document,
    documentStatus: statusOn(document, events.get(document.key) ?? [], statusDay),
    events,
    steps: [...steps.values()].flatMap((fromCiting) => [...fromCiting.values()]).sort(
      (a, b) => a.depth - b.depth || compareKeys(a.citedBy.key, b.citedBy.key) || compareKeys(a.document.key, b.document.key),
    ),
    truncated: all.length > MAX_PATHS,
    assignments: Array.isArray(row.assignments) ? (row.assignments as Row[]).map((a) => toAssignment(task.key, a)) : null,
  };
}
