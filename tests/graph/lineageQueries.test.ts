import { describe, expect, it } from 'vitest';
import { citationPaths, compareKeys, lineage, mandate, maximalPaths, walkChains } from '../../src/graph/lineageQueries';
import { documentsByKeys } from '../../src/graph/documentQueries';
import { useWorld } from '../support/fixtures';

const fx = useWorld();

/** [key, depth] pairs in the walks' order: nearest first, then by key. */
function byDepth(pairs: [string, number][]): [string, number][] {
  return [...pairs].sort((a, b) => a[1] - b[1] || compareKeys(a[0], b[0]));
}

/** Runs `work` and returns its result with the number of Cypher statements it sent. */
async function counted<T>(work: () => Promise<T>): Promise<{ result: T; queries: number }> {
  const before = fx.graph.queryCount;
  const result = await work();
  return { result, queries: fx.graph.queryCount - before };
}

describe('lineage', () => {
  it('walks up the citations with the fewest steps as depth, in one query', async () => {
    const { keys } = fx.world;
    const { result, queries } = await counted(() => lineage(fx.graph, keys.decision, 'UPSTREAM', 3, null));
    expect(queries).toBe(1);
    expect(result!.nodes.map((n) => [n.document.key, n.depth])).toEqual(
      byDepth([
        [keys.decision, 0],
        [keys.party, 1],
        [keys.plan, 1],
        [keys.resolution, 1],
        [keys.council, 2],
      ]),
    );
    // The plan also cites the national resolution and the party resolution: those edges sit at depth 2.
    expect(result!.edges).toContainEqual({ fromKey: keys.plan, toKey: keys.resolution, relation: 'BASIS', depth: 2 });
    expect(result!.edges).toContainEqual({ fromKey: keys.decision, toKey: keys.plan, relation: 'AMENDS', depth: 1 });
    expect(result!.edges).toHaveLength(6);
    expect(result!.truncated).toBe(false);
  });

  it('gives every document reached as the whole record the document lookup gives (the API keeps them for later fields)', async () => {
    const { keys } = fx.world;
    for (const direction of ['UPSTREAM', 'DOWNSTREAM'] as const) {
      const root = direction === 'UPSTREAM' ? keys.decision : keys.resolution;
      const found = await lineage(fx.graph, root, direction, 3, null);
      const reached = found!.nodes.map((n) => n.document);
      expect(reached.length).toBeGreaterThan(1);
      expect(reached).toEqual(await documentsByKeys(fx.graph, reached.map((d) => d.key)));
    }
  });

  it('returns each chain once, from the root to where it ends', async () => {
    const { keys } = fx.world;
    const result = await lineage(fx.graph, keys.decision, 'UPSTREAM', 3, null);
    expect(result!.paths.map((p) => p.join(' > ')).sort()).toEqual(
      [
        [keys.decision, keys.party],
        [keys.decision, keys.resolution],
        [keys.decision, keys.plan, keys.resolution],
        [keys.decision, keys.plan, keys.party],
        [keys.decision, keys.plan, keys.council],
      ]
        .map((p) => p.join(' > '))
        .sort(),
    );
  });

  it('gives the chains labelled as the same chains of keys, labelled key by key (one walk, both ways, cut at maxNodes)', async () => {
    const { keys } = fx.world;
    const label = (key: string) => `id:${key}`;
    for (const [direction, maxNodes] of [['UPSTREAM', 2000], ['BOTH', 2000], ['UPSTREAM', 3]] as const) {
      const found = await lineage(fx.graph, keys.decision, direction, 3, null, maxNodes);
      const again = await lineage(fx.graph, keys.decision, direction, 3, null, maxNodes);
      // Labelled before the keys were read (walked with the labels) and after (the keys mapped).
      const first = found!.pathsAs(label);
      expect(first.length).toBeGreaterThan(0);
      expect(first).toEqual(again!.paths.map((p) => p.map(label)));
      expect(again!.pathsAs(label)).toEqual(first);
    }
  });

  it('stops at maxDepth and follows only the relations asked for', async () => {
    const { keys } = fx.world;
    const shallow = await lineage(fx.graph, keys.decision, 'UPSTREAM', 1, null);
    expect(shallow!.nodes.map((n) => n.document.key)).not.toContain(keys.council);
    const basisOnly = await lineage(fx.graph, keys.decision, 'UPSTREAM', 3, ['BASIS']);
    // The decision amends the plan and implements the party resolution: with BASIS only, just the national one is left.
    expect(basisOnly!.nodes.map((n) => n.document.key).sort()).toEqual([keys.decision, keys.resolution].sort());
  });

  it('walks down to the documents citing a document, edges still pointing from citing to cited', async () => {
    const { keys } = fx.world;
    const result = await lineage(fx.graph, keys.resolution, 'DOWNSTREAM', 3, null);
    expect(result!.nodes.map((n) => [n.document.key, n.depth])).toEqual(
      byDepth([
        [keys.resolution, 0],
        [keys.decision, 1],
        [keys.plan, 1],
        [keys.report, 2],
      ]),
    );
    expect(result!.edges).toContainEqual({ fromKey: keys.report, toKey: keys.decision, relation: 'REFERENCES', depth: 2 });
  });

  it('answers null for a document that is not in the graph', async () => {
    expect(await lineage(fx.graph, `no such document ${fx.world.province}`, 'UPSTREAM', 2, null)).toBeNull();
  });

  it('keeps only the chains that no other chain extends, shortest first', () => {
    expect(maximalPaths([['a', 'b'], ['a', 'b', 'c'], ['a', 'd'], ['a', 'b', 'c']])).toEqual([['a', 'd'], ['a', 'b', 'c']]);
    expect(maximalPaths([['a', 'x', 'y'], ['a', 'c'], ['a', 'b']])).toEqual([['a', 'b'], ['a', 'c'], ['a', 'x', 'y']]);
  });

  it('walks the chains from the citations as paths do: each citation once per chain, up to maxDepth steps', () => {
    const step = (near: string, far: string, relation = 'BASIS') => [near, far, relation] as const;
    // r cites a twice (two relations), a cites b, b cites r back: a cycle through the root.
    const steps = [step('r', 'a'), step('r', 'a', 'IMPLEMENTS'), step('a', 'b'), step('b', 'r'), step('r', 'c')];
    // Every path of up to 3 steps, the ones another path extends dropped (r>a and r>a>b are extended by the other citation r>a).
    expect(walkChains('r', steps, 3, 100)).toEqual({ chains: [['r', 'c'], ['r', 'a', 'b', 'r']], truncated: false });
    // Deeper, the way back to the root goes on through the other citation r>a, but not on to b: a>b is on the path already.
    expect(walkChains('r', steps, 6, 100).chains).toEqual([['r', 'c'], ['r', 'a', 'b', 'r', 'a'], ['r', 'a', 'b', 'r', 'c']]);
    expect(walkChains('r', steps, 1, 100).chains).toEqual([['r', 'a'], ['r', 'c']]);
    // Cut after 2 paths, in key order (r>a, r>a>b): the chains of those only.
    expect(walkChains('r', steps, 3, 2)).toEqual({ chains: [['r', 'a', 'b']], truncated: true });
  });

  it('stops each chain at its first document not kept, as the chains cut and made maximal, the paths beyond still counting towards the bound', () => {
    const step = (near: string, far: string) => [near, far, 'BASIS'] as const;
    // r cites a and b, both cite x, a also cites y, x cites z: uncut, r>a>x>z, r>a>y and r>b>x>z.
    const steps = [step('r', 'a'), step('r', 'b'), step('a', 'x'), step('a', 'y'), step('b', 'x'), step('x', 'z')];
    const kept = new Set(['r', 'a', 'b', 'y']);
    // x is left out: r>a>x>z stops at r>a, which r>a>y extends; r>b>x>z stops at r>b.
    expect(walkChains('r', steps, 3, 100, undefined, kept)).toEqual({ chains: [['r', 'b'], ['r', 'a', 'y']], truncated: false });
    // After 4 paths (r>a, r>a>x, r>a>x>z, r>a>y) the walk is cut: the two beyond x counted though they make no chain.
    expect(walkChains('r', steps, 3, 4, undefined, kept)).toEqual({ chains: [['r', 'a', 'y']], truncated: true });
    // The same as cutting the uncut walk's chains and keeping those no other extends, for every bound and set kept.
    const cutAt = (keep: Set<string>) => (chain: string[]) => {
      const first = chain.findIndex((k) => !keep.has(k));
      return first === -1 ? chain : chain.slice(0, first);
    };
    for (const keep of [kept, new Set(['r', 'b', 'x', 'z']), new Set(['r', 'a']), new Set(['r'])]) {
      for (let maxPaths = 1; maxPaths <= 8; maxPaths++) {
        const uncut = walkChains('r', steps, 3, maxPaths);
        const expected = maximalPaths(uncut.chains.map(cutAt(keep)).filter((chain) => chain.length > 1));
        expect(walkChains('r', steps, 3, maxPaths, undefined, keep)).toEqual({ chains: expected, truncated: uncut.truncated });
      }
    }
  });

  it('labels each document of the walk once per node of its tree, not once per chain it is on', () => {
    const step = (near: string, far: string) => [near, far, 'BASIS'] as const;
    // r cites a and b; each cites x and y: four chains sharing their starts.
    const steps = [step('r', 'a'), step('r', 'b'), step('a', 'x'), step('a', 'y'), step('b', 'x'), step('b', 'y')];
    const labelled: string[] = [];
    const label = (key: string) => {
      labelled.push(key);
      return `id:${key}`;
    };
    const { chains } = walkChains('r', steps, 3, 100, label);
    expect(chains).toEqual(walkChains('r', steps, 3, 100).chains.map((chain) => chain.map((key) => `id:${key}`)));
    // The root, a, b, and x and y under each of a and b: 7 nodes for 12 documents on the chains.
    expect(labelled.sort()).toEqual(['a', 'b', 'r', 'x', 'x', 'y', 'y']);
  });
});

describe('citation paths', () => {
  it('finds the shortest chains whichever document cites the other, read from the first to the second', async () => {
    const { keys } = fx.world;
    const { result, queries } = await counted(() => citationPaths(fx.graph, keys.resolution, keys.report, 5, null));
    expect(queries).toBe(1);
    expect(result.paths.map((p) => p.documents.map((d) => d.key))).toEqual([[keys.resolution, keys.decision, keys.report]]);
    // Each citation keeps its own direction: the report cites the decision, the decision cites the resolution.
    expect(result.paths[0]!.citations.map((c) => `${c.fromKey} -> ${c.toKey} ${c.relation}`)).toEqual([
      `${keys.decision} -> ${keys.resolution} BASIS`,
      `${keys.report} -> ${keys.decision} REFERENCES`,
    ]);
  });

  it('returns every chain of the shortest length', async () => {
    const { keys } = fx.world;
    const result = await citationPaths(fx.graph, keys.report, keys.council, 5, null);
    // Directly: the report cites 124/NQ-HĐND itself.
    expect(result.paths.map((p) => p.documents.map((d) => d.key))).toEqual([[keys.report, keys.council]]);
    const viaPlan = await citationPaths(fx.graph, keys.decision, keys.council, 5, null);
    expect(viaPlan.paths.map((p) => p.documents.map((d) => d.key))).toEqual([[keys.decision, keys.plan, keys.council]]);
  });

  it('says which end is missing, and finds nothing between unrelated documents', async () => {
    const { keys } = fx.world;
    const missing = await citationPaths(fx.graph, keys.decision, `nowhere ${fx.world.province}`, 5, null);
    expect(missing).toMatchObject({ fromExists: true, toExists: false, paths: [] });
    // 124/NQ-HĐND and 05-NQ/TU are both only cited: no chain of citations joins them in either direction.
    expect((await citationPaths(fx.graph, keys.council, keys.party, 5, null)).paths).toEqual([]);
  });
});

describe('mandate', () => {
  it('climbs from the task\'s document through mandating citations and stops at national documents', async () => {
    const { keys } = fx.world;
    const { result, queries } = await counted(() => mandate(fx.graph, `${keys.decision}#task0`, 5));
    expect(queries).toBe(1);
    expect(result!.document.key).toBe(keys.decision);
    const steps = result!.steps.map((s) => `${s.depth} ${s.citedBy.key} -${s.relation}-> ${s.document.key}`);
    // Nearest first.
    expect(result!.steps.map((s) => s.depth)).toEqual([1, 1, 1, 2, 2, 2]);
    expect([...steps].sort()).toEqual(
      [
        `1 ${keys.decision} -AMENDS-> ${keys.plan}`,
        `1 ${keys.decision} -BASIS-> ${keys.resolution}`,
        `1 ${keys.decision} -IMPLEMENTS-> ${keys.party}`,
        `2 ${keys.plan} -BASIS-> ${keys.council}`,
        `2 ${keys.plan} -BASIS-> ${keys.party}`,
        `2 ${keys.plan} -BASIS-> ${keys.resolution}`,
      ].sort(),
    );
  });

  it('brings the steps\' evidence unless asked not to, the steps otherwise the same', async () => {
    const taskKey = `${fx.world.keys.decision}#task0`;
    const withEvidence = await mandate(fx.graph, taskKey, 5);
    const without = await mandate(fx.graph, taskKey, 5, undefined, null, undefined, false, false);
    expect(withEvidence!.steps.some((s) => s.evidence)).toBe(true);
    expect(without!.steps.every((s) => s.evidence === null)).toBe(true);
    expect(without!.steps).toEqual(withEvidence!.steps.map((s) => ({ ...s, evidence: null })));
  });

  it('ignores citations that do not mandate (a report only references the decision)', async () => {
    const result = await mandate(fx.graph, `${fx.world.keys.report}#task0`, 5);
    expect(result).toBeNull(); // the report assigns no task
    const planTask = await mandate(fx.graph, `${fx.world.keys.plan}#task0`, 5, ['IMPLEMENTS']);
    expect(planTask!.steps).toEqual([]);
  });
});
