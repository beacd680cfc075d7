/**
 * Queries about documents' effect: the events other documents cause to them (batched per key), the
 * replacement chains around a document in one walk ("what is the current version of this directive"), and
 * the worklist of tasks whose mandating chain holds a document no longer in force.
 */
import { cypher } from './cypherRegistry';
import { toEvent, type DocumentEventRecord } from './effectStatus';
import { MANDATE_RELATIONS, MAX_PATHS, MAX_WALK_DEPTH, compareKeys } from './lineageQueries';
import { groupedInKeyOrder, integer, sliceParams, toDocument, toTask, type DocumentRecord, type GraphReader, type Page, type Slice, type TaskRecord } from './records';

type Row = Record<string, unknown>;

export async function eventsOf(graph: GraphReader, keys: readonly string[]): Promise<DocumentEventRecord[][]> {
  const rows = await graph.read(cypher('document.events'), { keys });
  return groupedInKeyOrder(keys, rows, (r) => String(r.key), (r) => toEvent(r.edge as Row, toDocument(r.by as Row)));
}

export interface ReplacementEdgeRecord {
  /** The replacing document. */
  fromKey: string;
  /** The replaced one. */
  toKey: string;
  part: string | null;
  whole: boolean;
  /** Day the replacement takes effect. */
  date: string | null;
}

export interface ReplacementsRecord {
  root: DocumentRecord;
  /** Documents that replaced the root, and what replaced those, nearest first, with their distance. */
  replacedBy: { document: DocumentRecord; depth: number }[];
  /** Documents the root replaced, and what those replaced. */
  replaces: { document: DocumentRecord; depth: number }[];
  edges: ReplacementEdgeRecord[];
  /**
   * The current versions: the far ends of the replacement chains, documents no one replaced as a whole;
   * the root itself when nothing replaced it.
   */
  current: DocumentRecord[];
  truncated: boolean;
}

function checkDepth(maxDepth: number): void {
  if (!Number.isInteger(maxDepth) || maxDepth < 1 || maxDepth > MAX_WALK_DEPTH) {
    throw new RangeError(`maxDepth must be a whole number from 1 to ${MAX_WALK_DEPTH}, got ${maxDepth}`);
  }
}

export async function replacements(graph: GraphReader, key: string, maxDepth: number): Promise<ReplacementsRecord | null> {
  checkDepth(maxDepth);
  const [row] = await graph.read(cypher('document.replacements', { maxDepth }), { key, maxPaths: integer(MAX_PATHS) });
  if (!row) return null;
  const root = toDocument(row.root as Row);
  const documents = new Map((row.documents as Row[]).map((d) => [String(d.key), toDocument(d)]));
  const edges: ReplacementEdgeRecord[] = (row.edges as Row[])
    .map((e) => {
      const edge = e.edge as Row;
      return {
        fromKey: String(e.from),
        toKey: String(e.to),
        part: typeof edge.part === 'string' ? edge.part : null,
        whole: edge.whole === true,
        date: typeof edge.effectiveOn === 'string' ? edge.effectiveOn : null,
      };
    })
    .sort((a, b) => compareKeys(a.fromKey, b.fromKey) || compareKeys(a.toKey, b.toKey));
  const depths = (paths: string[][]) => {
    const depth = new Map<string, number>();
    for (const p of paths) p.forEach((k, i) => i > 0 && depth.set(k, Math.min(depth.get(k) ?? i, i)));
    return [...depth.entries()]
      .filter(([k]) => documents.has(k) && k !== root.key)
      .map(([k, d]) => ({ document: documents.get(k)!, depth: d }))
      .sort((a, b) => a.depth - b.depth || compareKeys(a.document.key, b.document.key));
  };
  const forward = (row.replacedByPaths as string[][]).slice(0, MAX_PATHS);
  const replacedBy = depths(forward);
  const replacedWhole = new Set(edges.filter((e) => e.whole).map((e) => e.toKey));
  const current = [root, ...replacedBy.map((n) => n.document)].filter((d) => !replacedWhole.has(d.key));
  return {
    root,
    replacedBy,
    replaces: depths((row.replacesPaths as string[][]).slice(0, MAX_PATHS)),
    edges,
    current: current.length ? current : [root],
    truncated: forward.length > MAX_PATHS || (row.replacesPaths as unknown[]).length > MAX_PATHS,
  };
}

export interface LapsedMandateRecord {
  task: TaskRecord;
  /** Keys of the documents of its mandating chain no longer in force on the day asked. */
  lapsedKeys: string[];
}

/** Tasks whose mandating chain holds a document no longer in force on `asOf`, one page. */
export async function lapsedMandates(
  graph: GraphReader,
  asOf: string,
  maxDepth: number,
  slice: Slice,
  relations: readonly string[] = MANDATE_RELATIONS,
): Promise<Page<LapsedMandateRecord>> {
  checkDepth(maxDepth);
  const [row] = await graph.read(cypher('task.lapsedMandates', { maxDepth }), { asOf, relations, ...sliceParams(slice) });
  if (!row) return { total: 0, items: [] };
  return {
    total: Number(row.total ?? 0),
    items: (row.items as Row[]).map((i) => ({ task: toTask(i.task as Row), lapsedKeys: (i.lapsedKeys as string[]).map(String).sort(compareKeys) })),
  };
}
