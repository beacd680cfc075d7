/**
 * Search over a long run of equal scores: 300 bodies of one name, so every top read of the index ends inside the
 * tie and cannot tell which of them come first. The page must still follow the ranking (equal scores in key
 * order) and cost one statement, whichever read tells it: the first, the ten times deeper one, or every match.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphReader } from '../../src/graph/records';
import { ReadDepthHints, search, searchWords, type SearchLabel } from '../../src/graph/searchQueries';
import { foldForSearch } from '../../src/text/fold';
import { useGraph } from '../support/fixtures';

const fx = useGraph();
// A word of its own, so no other file's nodes match and this file's nodes match nothing else.
const word = `hoa${randomUUID().replace(/-/g, '').slice(0, 10)}`;
const name = `Ban thử ${word}`;
const jurisdiction = `Tỉnh ${word}`;
const keys = Array.from({ length: 300 }, (_, i) => `${foldForSearch(name)} ${String(i).padStart(3, '0')}@${jurisdiction}`);
const keysInOrder = [...keys].sort();

beforeAll(async () => {
  await fx.graph.write(
    `UNWIND $keys AS key
     CREATE (:Body {key: key, name: $name, nameFolded: $nameFolded, jurisdiction: $jurisdiction, aliases: [$name], group: false})`,
    { keys, name, nameFolded: foldForSearch(name), jurisdiction },
  );
});

afterAll(async () => {
  await fx.graph.write('MATCH (b:Body) WHERE b.key IN $keys DETACH DELETE b', { keys });
});

describe('search over equal scores', () => {
  it('pages through a tie longer than every top read in key order, one statement a page', async () => {
    const words = searchWords(word);
    // [labels, count cap, first, skips]: without a filter the reads go 5 and 50 deep at the first page; with one
    // 30 and 300 deep (both end inside the 300-long tie); a count cap of 100 reads 101 and 1,010 deep.
    const cases: [SearchLabel[] | null, number, number, number[]][] = [
      [null, 1, 2, [0, 2, 150, 298]],
      [['Body'], 0, 1, [0, 1, 299]],
      [null, 100, 10, [0, 10, 290]],
    ];
    for (const [labels, countCap, limit, skips] of cases) {
      for (const skip of skips) {
        const before = fx.graph.queryCount;
        const page = await search(fx.graph, words, { skip, limit }, labels, countCap);
        expect(fx.graph.queryCount - before).toBe(1);
        expect(page.items.map((hit) => hit.record.key)).toEqual(keysInOrder.slice(skip, skip + limit));
        expect(page).toMatchObject({ total: Math.min(300, countCap), totalIsLowerBound: countCap < 300 });
      }
    }
  });

  it('starts a repeated search at the read that told it, with the same page, a read of every match after the first read that bounds it', async () => {
    // Records the reads each statement is told to try.
    const tried: unknown[][] = [];
    const reader: GraphReader = {
      read: (text, params) => {
        tried.push((params?.depths as unknown[]).map((d) => (d === null ? null : Number(d))));
        return fx.graph.read(text, params);
      },
    };
    const hints = new ReadDepthHints();
    const words = searchWords(word);
    // First page of 10 without a count: reads 21 and 210 deep, both inside the 300-long tie, then every match.
    // Repeated, it skips the 210 read but not the first: that read's page bounds which keys every match sorts.
    const first = await search(reader, words, { skip: 0, limit: 10 }, null, 10, hints);
    const again = await search(reader, words, { skip: 0, limit: 10 }, null, 10, hints);
    expect(tried).toEqual([[21, 210, null], [21, null]]);
    expect(again).toEqual(first);
    expect(again.items.map((hit) => hit.record.key)).toEqual(keysInOrder.slice(0, 10));
  });

  it('counts from the read of every match exactly below the cap, and none when the kind filter keeps none', async () => {
    const words = searchWords(word);
    // A page past the deepest top read goes straight to every match: its count is exact below the cap.
    const deep = await search(fx.graph, words, { skip: 10_000, limit: 1 }, null, 1000);
    expect(deep).toMatchObject({ total: 300, totalIsLowerBound: false, items: [] });
    // Reads 30 and 300 deep end inside the tie of bodies and keep no task: every match is read and none kept.
    const none = await search(fx.graph, words, { skip: 0, limit: 1 }, ['Task'], 1);
    expect(none).toMatchObject({ total: 0, totalIsLowerBound: false, items: [] });
  });

  it('counts every match when the cap is above them', async () => {
    const page = await search(fx.graph, searchWords(word), { skip: 0, limit: 5 }, null, 1000);
    expect(page).toMatchObject({ total: 300, totalIsLowerBound: false });
    expect(page.items.map((hit) => hit.record.key)).toEqual(keysInOrder.slice(0, 5));
  });
});

describe('search reading every match', () => {
  // A tie of 300 bodies above 40 bodies of a longer name (a lower score) whose keys sort first: a read of every
  // match sorts by key only the hits that can reach the page, and those 40 must still come after the tie.
  const other = `hob${randomUUID().replace(/-/g, '').slice(0, 10)}`;
  const tied = Array.from({ length: 300 }, (_, i) => `z ${other} ${String(i).padStart(3, '0')}@${jurisdiction}`);
  const lower = Array.from({ length: 40 }, (_, i) => `a ${other} ${String(i).padStart(3, '0')}@${jurisdiction}`);
  const ranking = [...[...tied].sort(), ...[...lower].sort()];
  beforeAll(async () => {
    await fx.graph.write(
      `UNWIND $rows AS row
       CREATE (:Body {key: row[0], name: row[1], nameFolded: row[1], jurisdiction: $jurisdiction, aliases: [row[1]], group: false})`,
      { rows: [...tied.map((key) => [key, `ban ${other}`]), ...lower.map((key) => [key, `ban thu nghiem mo rong ${other}`])], jurisdiction },
    );
  });
  afterAll(async () => {
    await fx.graph.write('MATCH (b:Body) WHERE b.key IN $keys DETACH DELETE b', { keys: [...tied, ...lower] });
  });

  it('ranks equal scores in key order and lower scores after them, on any page', async () => {
    // Every read told to read every match at once, as a hint may; then as planned (21, 210, every match).
    const everyMatch = { depths: () => [null], learn: () => undefined } as unknown as ReadDepthHints;
    for (const hints of [everyMatch, new ReadDepthHints()]) {
      for (const [skip, limit, countCap] of [[0, 10, 10], [5, 10, 100], [290, 20, 1000], [0, 1, 1], [295, 10, 305], [330, 20, 350]] as const) {
        const page = await search(fx.graph, searchWords(other), { skip, limit }, null, countCap, hints);
        expect(page.items.map((hit) => hit.record.key)).toEqual(ranking.slice(skip, skip + limit));
        expect(page).toMatchObject({ total: Math.min(340, countCap), totalIsLowerBound: countCap < 340 });
      }
    }
  });
});
