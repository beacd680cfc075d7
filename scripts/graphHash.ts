/**
 * A fingerprint of a whole graph, to prove that two versions of the write path build the same graph from the
 * same files: counts per label and relationship type, and a sha256 of every node (labels and properties) and
 * every relationship (type, its ends' keys, properties), sorted. Times of writing (ingestedAt, supersededAt,
 * reextractedAt, statusUpdatedAt, appliedAt) differ between any two runs and are left out.
 *
 *   npx tsx scripts/graphHash.ts --uri bolt://127.0.0.1:PORT [--password P] [--wipe ROOT]
 *
 * `--wipe ROOT` instead empties the database (every node, index and constraint) and applies ROOT's migrations.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { connect } from '../src/graph/driver';
import { emptyDatabase } from './lib/measure';

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i]!.replace(/^--/, ''), process.argv[i + 1]!);
const graph = await connect({ uri: args.get('uri')!, user: 'neo4j', password: args.get('password') ?? 'directive-graph' });
const TIMES = new Set(['ingestedAt', 'supersededAt', 'reextractedAt', 'statusUpdatedAt', 'appliedAt']);

if (args.get('wipe')) {
  const { migrate } = (await import(pathToFileURL(path.join(path.resolve(args.get('wipe')!), 'src/graph/migrations.ts')).href)) as typeof import('../src/graph/migrations');
  const session = graph.driver.session();
  await emptyDatabase(session);
  await session.close();
  await migrate(graph);
  await graph.close();
  process.exit(0);
}

const stable = (props: Record<string, unknown>): string =>
  JSON.stringify(Object.keys(props).filter((k) => !TIMES.has(k)).sort().map((k) => [k, props[k]]));
const session = graph.driver.session();
const nodes: string[] = [];
const counts = new Map<string, number>();
for (const r of (await session.run("MATCH (n) WHERE NOT n:Migration RETURN labels(n) AS labels, properties(n) AS props")).records) {
  const labels = (r.get('labels') as string[]).sort().join(':');
  counts.set(labels, (counts.get(labels) ?? 0) + 1);
  nodes.push(`${labels} ${stable(r.get('props'))}`);
}
const rels: string[] = [];
for (const r of (
  await session.run('MATCH (a)-[r]->(b) RETURN type(r) AS type, coalesce(a.key, a.code) AS a, coalesce(b.key, b.code) AS b, properties(r) AS props')
).records) {
  const type = r.get('type') as string;
  counts.set(`-[:${type}]->`, (counts.get(`-[:${type}]->`) ?? 0) + 1);
  rels.push(`${r.get('a')} ${type} ${r.get('b')} ${stable(r.get('props'))}`);
}
await session.close();
await graph.close();
const hash = (list: string[]) => createHash('sha256').update(list.sort().join('\n')).digest('hex').slice(0, 16);
console.log(JSON.stringify({ counts: Object.fromEntries([...counts.entries()].sort()), nodes: hash(nodes), relationships: hash(rels) }, null, 1));
