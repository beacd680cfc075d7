/**
 * Everything in the graph that belongs to one test's province, as sorted plain data, so tests can say
 * "the graph is identical" after re-ingesting. Test-only Cypher: it reads by the fixture's jurisdiction.
 */
import type { GraphClient } from '../../src/graph/driver';

const SNAPSHOT = `
MATCH (n) WHERE n.jurisdiction = $province OR n.key STARTS WITH $prefix OR n.documentKey ENDS WITH $suffix
   OR (n:Document AND n.key IN $nationalKeys)
OPTIONAL MATCH (n)-[r]->(m)
WITH n, r, m ORDER BY type(r), m.key
RETURN labels(n)[0] + ':' + coalesce(n.key, n.code) AS node,
       [k IN keys(n) WHERE NOT k IN ['ingestedAt'] | k + '=' + toString(n[k])] AS props,
       collect(CASE WHEN r IS NULL THEN null ELSE type(r) + '->' + coalesce(m.key, m.code) + ' ' +
               toString([k IN keys(r) | k + '=' + toString(r[k])]) END) AS out
ORDER BY node`;

export async function snapshot(graph: GraphClient, province: string, nationalKeys: string[] = []): Promise<string[]> {
  const rows = await graph.read<{ node: string; props: string[]; out: string[] }>(SNAPSHOT, {
    province,
    prefix: `${province}`,
    suffix: `@${province}`,
    nationalKeys,
  });
  return rows.map((r) => `${r.node} {${[...r.props].sort().join(', ')}} ${[...r.out].sort().join(' | ')}`);
}

export async function removeProvince(graph: GraphClient, province: string): Promise<void> {
  await graph.write(
    `MATCH (n) WHERE n.jurisdiction = $province OR n.documentKey ENDS WITH $suffix DETACH DELETE n`,
    { province, suffix: `@${province}` },
  );
}
