/**
 * The queries under load: our API's operation (the committed schema/operations/ client operations where one
 * asks the question; bench/queries for the shapes only a load test asks, field for field like the peer's),
 * the peer's equivalent (bench/peer/queries, or built here when it is a nesting of fixed depth), and the
 * variables each request cycles through, picked from the graph (bench/cypher/pick.*.cypher).
 */
import { readFileSync } from 'node:fs';
import neo4j from 'neo4j-driver';
import path from 'node:path';
import { foldForSearch } from '../../src/text/fold';
import { readOperationSync } from '../../src/api/operationDocuments';
import type { GraphClient } from '../../src/graph/driver';
import { BENCH_DIR } from './children';

export type QueryId = 'lineage3' | 'lineage6' | 'mandate' | 'bodyTasks' | 'nested' | 'search';

export interface Targets {
  roots: string[];
  tasks: string[];
  bodies: string[];
  jurisdictions: string[];
  searchTerms: string[];
}

export interface QuerySpec {
  id: QueryId;
  title: string;
  api: { query: string; variables: (t: Targets) => Record<string, unknown>[] };
  /** The peer's equivalent, or why it cannot express the query. */
  peer: { query: string; variables: (t: Targets) => Record<string, unknown>[]; note: string } | { cannot: string };
}

function file(...parts: string[]): string {
  return readFileSync(path.join(BENCH_DIR, ...parts), 'utf8');
}

export function pickCypher(name: string): string {
  return file('cypher', `${name}.cypher`);
}

const DOC_FIELDS = 'key kind symbol jurisdiction date title ingested';

/** Upstream citations nested `depth` levels: the closest the peer gets to a bounded lineage. */
export function peerLineageQuery(depth: number, relations: string[] | null = null): string {
  const where = relations ? `(where: { edge: { relation: { in: [${relations.map((r) => `"${r}"`).join(', ')}] } } })` : '';
  let inner = '';
  for (let i = 0; i < depth; i++) inner = `citesConnection${where} { edges { properties { relation } node { ${DOC_FIELDS} ${inner} } } }`;
  return `query PeerLineage($key: String!) { documents(where: { key: { eq: $key } }) { ${DOC_FIELDS} ${inner} } }`;
}

function peerMandateQuery(depth: number): string {
  const relations = ['BASIS', 'IMPLEMENTS', 'AMENDS'];
  const where = `(where: { edge: { relation: { in: [${relations.map((r) => `"${r}"`).join(', ')}] } } })`;
  let inner = '';
  for (let i = 0; i < depth; i++) inner = `citesConnection${where} { edges { properties { relation } node { ${DOC_FIELDS} issuer ${inner} } } }`;
  return `query PeerMandate($key: String!) { tasks(where: { key: { eq: $key } }) { key text deadlineRaw dueDate assignedToConnection { edges { properties { role } node { name } } } document { key symbol title issuer date ${inner} } } }`;
}

export const SEARCH_TERMS = [
  'cải cách hành chính',
  'chuyển đổi số',
  'thủ tục hành chính',
  'Sở Nội vụ',
  'ngân sách nhà nước',
  'nông thôn mới',
  'du lịch',
  'bảo vệ môi trường',
];

export function querySpecs(): QuerySpec[] {
  const lineage = readOperationSync('Lineage');
  return [
    {
      id: 'lineage3',
      title: 'lineage UPSTREAM depth 3',
      api: { query: lineage, variables: (t) => t.roots.map((k) => ({ documentId: k, maxDepth: 3 })) },
      peer: {
        query: peerLineageQuery(3),
        variables: (t) => t.roots.map((k) => ({ key: k })),
        note: 'approximation: nested citesConnection 3 levels gives a tree of every path (shared ancestors repeated); it cannot return each document once with its depth, the paths list or a truncation flag',
      },
    },
    {
      id: 'lineage6',
      title: 'lineage UPSTREAM depth 6',
      api: { query: lineage, variables: (t) => t.roots.map((k) => ({ documentId: k, maxDepth: 6 })) },
      peer: {
        query: peerLineageQuery(6),
        variables: (t) => t.roots.map((k) => ({ key: k })),
        note: 'approximation: nested citesConnection 6 levels (tree of every path, see depth 3)',
      },
    },
    {
      id: 'mandate',
      title: 'mandate of a task',
      api: { query: readOperationSync('Mandate'), variables: (t) => t.tasks.map((k) => ({ taskId: k })) },
      peer: {
        query: peerMandateQuery(5),
        variables: (t) => t.tasks.map((k) => ({ key: k })),
        note: 'approximation: 5 fixed levels of BASIS/IMPLEMENTS/AMENDS citations as a tree; it cannot stop at the national level, de-duplicate the chain or list the national documents reached',
      },
    },
    {
      id: 'bodyTasks',
      title: 'tasks of a busy body (first 20)',
      api: { query: file('queries', 'BodyTasks.graphql'), variables: (t) => t.bodies.map((k) => ({ bodyId: k })) },
      peer: { query: file('peer', 'queries', 'BodyTasks.graphql'), variables: (t) => t.bodies.map((k) => ({ key: k })), note: 'equivalent (order of tasks unspecified)' },
    },
    {
      id: 'nested',
      title: 'documents -> citations -> tasks -> bodies (20 x 10 x 5)',
      api: { query: file('queries', 'Nested.graphql'), variables: (t) => t.jurisdictions.map((j) => ({ jurisdiction: j })) },
      peer: { query: file('peer', 'queries', 'Nested.graphql'), variables: (t) => t.jurisdictions.map((j) => ({ jurisdiction: j })), note: 'equivalent' },
    },
    {
      id: 'search',
      title: 'search (first 10)',
      api: { query: readOperationSync('Search'), variables: (t) => t.searchTerms.map((text) => ({ text })) },
      peer: {
        query: file('peer', 'queries', 'Search.graphql'),
        variables: (t) => t.searchTerms.map((text) => ({ text: foldForSearch(text) })),
        note: 'partial: documents only (an @fulltext query returns one type, so task texts and bodies cannot be searched together), and Lucene OR of the words instead of every word',
      },
    },
  ];
}

/** Variables for the loads, picked from the graph as it is now (LIMIT needs an integer, not a JS float). */
export async function pickTargets(graph: GraphClient, n: number): Promise<Targets> {
  const roots = (await graph.read<{ key: string }>(pickCypher('pick.lineageRoots'), { n: neo4j.int(n) })).map((r) => r.key);
  const tasks = (await graph.read<{ key: string }>(pickCypher('pick.mandateTasks'), { keys: roots })).map((r) => r.key).slice(0, n);
  const bodies = (await graph.read<{ key: string }>(pickCypher('pick.busyBodies'), { n: neo4j.int(Math.max(3, Math.ceil(n / 4))) })).map((r) => r.key);
  const jurisdictions = (await graph.read<{ jurisdiction: string }>(pickCypher('pick.jurisdictions'), { n: neo4j.int(Math.max(3, Math.ceil(n / 4))) })).map((r) => r.jurisdiction);
  return { roots, tasks, bodies, jurisdictions, searchTerms: SEARCH_TERMS };
}
