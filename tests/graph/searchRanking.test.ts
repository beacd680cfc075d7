/**
 * The search ranking is that of the plain query `"w1 w2"^4 OR (w1 AND w2)` over all five fields of the index;
 * luceneQuery writes it once per kind of node over that kind's fields, which Lucene reads faster. These tests hold
 * the two to the same matches and the same scores, float for float, over tasks, documents and bodies whose text
 * is in one field or in two (an OCR-damaged text and its restored form), the phrase whole or its words scattered.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { luceneQuery, SEARCH_FIELDS_BY_KIND, searchWords } from '../../src/graph/searchQueries';
import { foldForSearch } from '../../src/text/fold';
import { useGraph } from '../support/fixtures';

const fx = useGraph();
// A word of its own, so only this file's nodes match its queries, whatever other files write meanwhile.
const word = `hoa${randomUUID().replace(/-/g, '').slice(0, 10)}`;

/** The query luceneQuery stands for: every field at once, as Neo4j's parser spreads an unqualified word. */
function plainQuery(words: string[]): string {
  const all = words.join(' AND ');
  return words.length > 1 ? `"${words.join(' ')}"^4 OR (${all})` : all;
}

const folded = (text: string | null) => (text === null ? null : foldForSearch(text));
// Passages of real plans and decisions (cải cách hành chính in a task list, a heading, a body's name).
const tasks = [
  { text: `Chú trọng công tác cải cách hành chính ${word}, nhất là thủ tục hành chính`, restored: null },
  { text: `Đẩy mạnh cải cách hành chính ${word}, tạo không gian phát triển`, restored: `Đẩy mạnh cải cách hành chính ${word}, tạo không gian phát triển mới` },
  { text: `Nâng cao năng lực cạnh tranh, đẩy mạnh cai cich hanh chinh ${word}`, restored: `Nâng cao năng lực cạnh tranh, đẩy mạnh cải cách hành chính ${word}` },
  { text: `Cải cách tổ chức bộ máy, biên chế ${word}, hành chính và các công việc thuộc chức năng`, restored: null },
];
// Forty tasks whose damaged text and restored text both hold the phrase, at different lengths: each score adds
// two fields' phrase scores, where a different grouping of the sums shows in the last bit of some of them.
const passage = foldForSearch('trong đó chú trọng công tác tổ chức bộ máy biên chế và các công việc thuộc chức năng nhiệm vụ quyền hạn của cơ quan đơn vị mình').split(' ');
for (let i = 0; i < 40; i++) {
  const before = passage.slice(0, i % passage.length).join(' ');
  const after = passage.slice(0, (i * 7) % passage.length).join(' ');
  tasks.push({ text: `${before} cai cach hanh chinh ${word}`, restored: `cải cách hành chính ${word} ${after}` });
}
const documents = [
  { title: `Về cải cách hành chính ${word}`, restored: null },
  { title: `Kế hoạch cải cách hảnh chính ${word} năm 2024`, restored: `Kế hoạch cải cách hành chính ${word} năm 2024` },
];
const bodies = [`Ban Chỉ đạo cải cách hành chính ${word}`];
const key = (kind: string, i: number) => `${kind}-${i}-${word}`;

beforeAll(async () => {
  await fx.graph.write(
    `UNWIND $tasks AS t CREATE (:Task {key: t.key, text: t.text, textFolded: t.textFolded, textRestoredFolded: t.textRestoredFolded})`,
    { tasks: tasks.map((t, i) => ({ key: key('task', i), text: t.text, textFolded: folded(t.text), textRestoredFolded: folded(t.restored) })) },
  );
  await fx.graph.write(
    `UNWIND $documents AS d CREATE (:Document {key: d.key, title: d.title, titleFolded: d.titleFolded, titleRestoredFolded: d.titleRestoredFolded})`,
    { documents: documents.map((d, i) => ({ key: key('document', i), title: d.title, titleFolded: folded(d.title), titleRestoredFolded: folded(d.restored) })) },
  );
  await fx.graph.write(`UNWIND $bodies AS b CREATE (:Body {key: b.key, name: b.name, nameFolded: b.nameFolded})`, {
    bodies: bodies.map((name, i) => ({ key: key('body', i), name, nameFolded: folded(name) })),
  });
  await fx.graph.write('CALL db.awaitIndexes(120)');
});

afterAll(async () => {
  await fx.graph.write('MATCH (n) WHERE (n:Task OR n:Document OR n:Body) AND n.key ENDS WITH $word DETACH DELETE n', { word: `-${word}` });
});

/** Every match of `query` (or its top `limit`), as key and score, best first and equal scores in key order. */
async function hits(query: string, limit: number | null = null): Promise<{ key: string; score: number }[]> {
  return fx.graph.read<{ key: string; score: number }>(
    `CALL db.index.fulltext.queryNodes('search_folded', $query, CASE WHEN $limit IS NULL THEN {} ELSE {limit: $limit} END) YIELD node, score
     RETURN node.key AS key, score ORDER BY score DESC, key`,
    { query, limit },
  );
}

/**
 * Both queries' hits, read while the index's statistics stood still: other test files write to the same graph,
 * and a node written between two reads changes every score (BM25 counts the nodes and their lengths).
 */
async function bothReads(words: string[]) {
  for (let attempt = 0; ; attempt++) {
    const plain = await hits(plainQuery(words));
    const perKind = await hits(luceneQuery(words));
    const again = await hits(plainQuery(words));
    if (JSON.stringify(again) === JSON.stringify(plain) || attempt === 4) return { plain, perKind };
  }
}

describe('the search query per kind of node', () => {
  it('finds the same nodes with the same scores as the plain query over every field', async () => {
    const searches = [`cai cach hanh chinh ${word}`, `cải cách ${word}`, word, `${word} hành chính`, `ban chi dao ${word}`];
    for (const text of searches) {
      const words = searchWords(text);
      const { plain, perKind } = await bothReads(words);
      expect(plain.length).toBeGreaterThan(0);
      expect(perKind).toEqual(plain);
      // A top read (Lucene skips what cannot enter it) keeps the same best hits.
      expect((await hits(luceneQuery(words), 3)).map((h) => h.score)).toEqual(plain.slice(0, 3).map((h) => h.score));
    }
    // The phrase query reaches every kind, one field or two; the phrase outranks its words scattered.
    const ranked = (await hits(luceneQuery(searchWords(`cai cach hanh chinh ${word}`)))).map((h) => h.key);
    expect([...ranked].sort()).toEqual([...tasks.map((_, i) => key('task', i)), ...documents.map((_, i) => key('document', i)), key('body', 0)].sort());
    expect(ranked.at(-1)).toBe(key('task', 3));
  });

  it('asks every field of the index, each under the one kind of node that carries it', async () => {
    const [index] = await fx.graph.read<{ labels: string[]; properties: string[] }>(
      "SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties WHERE name = 'search_folded' RETURN labelsOrTypes AS labels, properties",
    );
    expect([...index!.labels].sort()).toEqual(Object.keys(SEARCH_FIELDS_BY_KIND).sort());
    expect([...index!.properties].sort()).toEqual(Object.values(SEARCH_FIELDS_BY_KIND).flat().sort());
    // What the per-kind query rests on: no node in the graph is of two kinds or carries a field of another kind.
    const kinds = Object.keys(SEARCH_FIELDS_BY_KIND);
    for (const [kind, fields] of Object.entries(SEARCH_FIELDS_BY_KIND)) {
      const foreign = Object.values(SEARCH_FIELDS_BY_KIND).flat().filter((f) => !fields.includes(f));
      const [row] = await fx.graph.read<{ n: number }>(
        `MATCH (n) WHERE $kind IN labels(n) AND (size([l IN labels(n) WHERE l IN $kinds]) > 1 OR any(f IN $foreign WHERE n[f] IS NOT NULL))
         RETURN count(n) AS n`,
        { kind, kinds, foreign },
      );
      expect(row!.n).toBe(0);
    }
  });
});
