/**
 * The lineage statements walk the citations level by level (each document expanded once). These tests prove
 * that this gives what the paths gave: every citation on some path of at most maxDepth steps that the filters
 * allow, at its fewest position on such a path, checked against every path enumerated here on a graph with
 * diamonds, cycles, parallel citations and documents out of force; and that a walk past MAX_CITATIONS keeps the
 * nearest citations and says it was cut.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lineage, MAX_CITATIONS, type LineageDirection } from '../../src/graph/lineageQueries';
import { isolatedProvince } from '../support/extraction.fixtures';
import { useGraph } from '../support/fixtures';

const fx = useGraph();
const province = isolatedProvince();
const key = (n: number): string => `${n}/QĐ-UBND@${province}`;

interface Doc {
  key: string;
  date: string | null;
  effectiveFrom: string | null;
  effectiveUntil: string | null;
}
interface Cite {
  from: string;
  to: string;
  relation: string;
}
/** A whole replacement of `to` by `from`, in force from `on`. */
interface Replacement {
  from: string;
  to: string;
  on: string | null;
}

/** A small deterministic generator (a linear congruential one), so the graph is the same on every run. */
function generator(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return Math.floor(state / 65536) % n;
  };
}

const RELATIONS = ['BASIS', 'IMPLEMENTS', 'AMENDS', 'REFERENCES'];
const DAYS = [null, '2020-03-01', '2022-06-15', '2024-01-10', '2025-09-30'];

function buildGraph(): { docs: Doc[]; cites: Cite[]; replacements: Replacement[] } {
  const next = generator(20261206);
  const docs: Doc[] = Array.from({ length: 24 }, (_, i) => ({
    key: key(i),
    date: DAYS[next(DAYS.length)]!,
    effectiveFrom: next(4) === 0 ? DAYS[next(DAYS.length)]! : null,
    effectiveUntil: next(5) === 0 ? DAYS[1 + next(DAYS.length - 1)]! : null,
  }));
  const cites: Cite[] = [
    // A diamond from the root (0 > 1, 2 > 3), one side longer (2 > 4 > 3), and a cycle back to the root (3 > 0).
    { from: key(0), to: key(1), relation: 'BASIS' },
    { from: key(0), to: key(2), relation: 'IMPLEMENTS' },
    { from: key(1), to: key(3), relation: 'BASIS' },
    { from: key(2), to: key(3), relation: 'AMENDS' },
    { from: key(2), to: key(4), relation: 'BASIS' },
    { from: key(4), to: key(3), relation: 'BASIS' },
    { from: key(3), to: key(0), relation: 'REFERENCES' },
    // Two citations between the same documents (parallel), and a cycle of three away from the root.
    { from: key(1), to: key(5), relation: 'BASIS' },
    { from: key(1), to: key(5), relation: 'IMPLEMENTS' },
    { from: key(5), to: key(6), relation: 'BASIS' },
    { from: key(6), to: key(7), relation: 'BASIS' },
    { from: key(7), to: key(5), relation: 'AMENDS' },
  ];
  // The graph keeps one citation per citing document, cited document and relation.
  const made = new Set(cites.map((c) => `${c.from}|${c.to}|${c.relation}`));
  for (let i = 0; i < 60; i++) {
    const c = { from: key(next(docs.length)), to: key(next(docs.length)), relation: RELATIONS[next(RELATIONS.length)]! };
    const id = `${c.from}|${c.to}|${c.relation}`;
    if (c.from !== c.to && !made.has(id)) {
      made.add(id);
      cites.push(c);
    }
  }
  const replacements: Replacement[] = [
    { from: key(20), to: key(2), on: '2023-01-01' },
    { from: key(21), to: key(6), on: null },
  ];
  return { docs, cites, replacements };
}

/**
 * Every citation on some path (relationship-unique, as a Cypher path) of at most `maxDepth` steps from the root,
 * with its fewest position, enumerated path by path under the filters the statements document: each citation's
 * relation among `relations`, every document issued by `asOf`, every citing document in force that day.
 */
function citationsOnPaths(
  graph: ReturnType<typeof buildGraph>,
  root: string,
  direction: Exclude<LineageDirection, 'BOTH'>,
  maxDepth: number,
  relations: string[] | null,
  asOf: string | null,
): Map<string, number> {
  const doc = new Map(graph.docs.map((d) => [d.key, d]));
  const issued = (k: string) => asOf === null || doc.get(k)!.date === null || doc.get(k)!.date! <= asOf;
  const inForce = (k: string) => {
    if (asOf === null) return true;
    const d = doc.get(k)!;
    if ((d.effectiveFrom !== null && d.effectiveFrom > asOf) || (d.effectiveUntil !== null && d.effectiveUntil < asOf)) return false;
    return !graph.replacements.some((r) => r.to === k && (r.on ?? asOf) <= asOf);
  };
  const found = new Map<string, number>();
  const used = new Set<number>();
  const extend = (at: string, length: number): void => {
    if (length === maxDepth) return;
    graph.cites.forEach((c, i) => {
      const [near, far] = direction === 'UPSTREAM' ? [c.from, c.to] : [c.to, c.from];
      if (near !== at || used.has(i) || (relations && !relations.includes(c.relation)) || !issued(far)) return;
      // The citing document of the step: the near end walking up, the far end walking down.
      if (!inForce(direction === 'UPSTREAM' ? near : far)) return;
      const id = `${c.from}|${c.to}|${c.relation}`;
      found.set(id, Math.min(found.get(id) ?? Infinity, length + 1));
      used.add(i);
      extend(far, length + 1);
      used.delete(i);
    });
  };
  if (issued(root)) extend(root, 0);
  return found;
}

describe('lineage walked level by level', () => {
  const graph = buildGraph();

  beforeAll(async () => {
    await fx.graph.write(
      `UNWIND $docs AS d CREATE (:Document {key: d.key, symbol: split(d.key, '@')[0], jurisdiction: $province, date: d.date,
         effectiveFrom: d.effectiveFrom, effectiveUntil: d.effectiveUntil, ingested: true})`,
      { docs: graph.docs, province },
    );
    await fx.graph.write(
      `UNWIND $cites AS c MATCH (a:Document {key: c.from}), (b:Document {key: c.to}) CREATE (a)-[:CITES {relation: c.relation}]->(b)`,
      { cites: graph.cites },
    );
    await fx.graph.write(
      `UNWIND $replacements AS r MATCH (a:Document {key: r.from}), (b:Document {key: r.to})
       CREATE (a)-[:AFFECTS {kind: 'REPLACES', whole: true, effectiveOn: r.on}]->(b)`,
      { replacements: graph.replacements },
    );
  });

  afterAll(async () => {
    await fx.graph.write('MATCH (d:Document) WHERE d.key ENDS WITH $suffix DETACH DELETE d', { suffix: `@${province}` });
  });

  it('gives every citation on a path the filters allow, at its fewest steps, and the documents they reach', async () => {
    let compared = 0;
    for (const direction of ['UPSTREAM', 'DOWNSTREAM'] as const)
      for (const root of [key(0), key(3), key(5)])
        for (const maxDepth of [1, 2, 3, 5])
          for (const relations of [null, ['BASIS', 'AMENDS']])
            for (const asOf of [null, '2023-06-30', '2021-01-01']) {
              const expected = citationsOnPaths(graph, root, direction, maxDepth, relations, asOf);
              const found = (await lineage(fx.graph, root, direction, maxDepth, relations, MAX_CITATIONS, asOf))!;
              const label = `${direction} from ${root}, depth ${maxDepth}, ${relations ?? 'all'}, as of ${asOf}`;
              expect(new Map(found.edges.map((e) => [`${e.fromKey}|${e.toKey}|${e.relation}`, e.depth])), label).toEqual(expected);
              const reached = new Set([root, ...[...expected.keys()].map((id) => id.split('|')[direction === 'UPSTREAM' ? 1 : 0]!)]);
              expect(new Set(found.nodes.map((n) => n.document.key)), label).toEqual(reached);
              expect(found.truncated, label).toBe(false);
              compared += expected.size;
            }
    // The filters leave something to compare in most walks.
    expect(compared).toBeGreaterThan(500);
  }, 300_000);

  it('keeps the nearest citations when there are more than one answer holds, and says it was cut', async () => {
    // Two levels of citing documents under one: (MAX_CITATIONS - 10) / 2 documents citing it twice (two
    // relations), then 20 citing the first of them.
    const hub = key(1000);
    const first = Array.from({ length: (MAX_CITATIONS - 10) / 2 }, (_, i) => key(2000 + i));
    const second = Array.from({ length: 20 }, (_, i) => key(9000 + i));
    await fx.graph.write(
      `CREATE (hub:Document {key: $hub, jurisdiction: $province, ingested: true})
       WITH hub UNWIND $first AS k CREATE (d:Document {key: k, jurisdiction: $province, ingested: true})
       CREATE (d)-[:CITES {relation: 'BASIS'}]->(hub), (d)-[:CITES {relation: 'IMPLEMENTS'}]->(hub)`,
      { hub, first, province },
    );
    await fx.graph.write(
      `MATCH (near:Document {key: $near}) UNWIND $second AS k CREATE (:Document {key: k, jurisdiction: $province, ingested: true})-[:CITES {relation: 'BASIS'}]->(near)`,
      { near: first[0], second, province },
    );
    const one = (await lineage(fx.graph, hub, 'DOWNSTREAM', 1, null, MAX_CITATIONS))!;
    expect([one.edges.length, one.truncated]).toEqual([MAX_CITATIONS - 10, false]);
    const two = (await lineage(fx.graph, hub, 'DOWNSTREAM', 2, null, MAX_CITATIONS))!;
    expect(two.truncated).toBe(true);
    expect(two.edges).toHaveLength(MAX_CITATIONS);
    // The whole first level, then 10 of the second.
    expect(two.edges.filter((e) => e.depth === 1)).toHaveLength(MAX_CITATIONS - 10);
    expect(new Set(two.nodes.map((n) => n.document.key))).toEqual(new Set([hub, ...first, ...two.edges.filter((e) => e.depth === 2).map((e) => e.fromKey)]));
  }, 120_000);
});
