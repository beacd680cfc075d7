/**
 * Everything in the graph that belongs to one test's province, as sorted plain data, so tests can say
 * "the graph is identical" after re-ingesting. Test-only Cypher: it reads by the fixture's jurisdiction.
 */
import type { GraphClient } from '../../src/graph/driver';

const SNAPSHOT = `
MATCH (n) WHERE n.jurisdiction = $province OR n.documentKey ENDS WITH $suffix
   OR (n:Document AND n.key IN $nationalKeys)
OPTIONAL MATCH (n)-[r]->(m)
RETURN labels(n)[0] + ':' + coalesce(n.key, n.code) AS node, properties(n) AS props,
       collect(CASE WHEN r IS NULL THEN null ELSE {type: type(r), to: coalesce(m.key, m.code), props: properties(r)} END) AS out`;

/** Stable text for any property value (lists and maps included), with volatile timestamps removed. */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value && typeof value === 'object' && value.constructor === Object) {
    return `{${Object.keys(value)
      .filter((k) => k !== 'ingestedAt')
      .sort()
      .map((k) => `${k}=${stable((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return String(value);
}

export async function snapshot(graph: GraphClient, province: string, nationalKeys: string[] = []): Promise<string[]> {
  const rows = await graph.read<{ node: string; props: Record<string, unknown>; out: unknown[] }>(SNAPSHOT, {
    province,
    suffix: `@${province}`,
    nationalKeys,
  });
  return rows.map((r) => `${r.node} ${stable(r.props)} ${r.out.map(stable).sort().join(' | ')}`).sort();
}

export async function removeProvince(graph: GraphClient, province: string): Promise<void> {
  await graph.write(
    `MATCH (n) WHERE n.jurisdiction = $province OR n.documentKey ENDS WITH $suffix DETACH DELETE n`,
    { province, suffix: `@${province}` },
  );
}
