import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type GraphClient } from '../../src/graph/driver';
import { migrate } from '../../src/graph/migrations';
import { deleteDocument, ingestBatch, ingestExtraction, ingestRowsOf, type IngestItem } from '../../src/graph/documentStore';
import { buildIngestRows } from '../../src/graph/documentRows';
import { testNeo4jSettings } from '../support/neo4j';
import { foldForSearch } from '../../src/text/fold';
import { decisionExtraction, isolatedProvince, reference } from '../support/extraction.fixtures';
import { removeProvince, snapshot } from '../support/graphSnapshot';

let graph: GraphClient;
const provinces: string[] = [];
function province(): string {
  const p = isolatedProvince();
  provinces.push(p);
  return p;
}

beforeAll(async () => {
  graph = await connect(testNeo4jSettings());
  await migrate(graph);
});
afterAll(async () => {
  for (const p of provinces) await removeProvince(graph, p);
  await graph.close();
});

describe('ingesting a document', () => {
  it('writes the document, its sections, tasks, assignments, targets and citations in one round trip set', async () => {
    const p = province();
    const outcome = await ingestExtraction(graph, decisionExtraction(p), 'decision.txt');
    expect(outcome.status).toBe('created');
    const [row] = await graph.read<{ sections: number; tasks: number; bodies: string[]; cited: string[]; ingested: boolean[] }>(
      `MATCH (d:Document {key: $key})
       RETURN COUNT { (d)-[:HAS_SECTION*]->(:Section) } AS sections,
              COUNT { (d)-[:HAS_TASK]->(:Task) } AS tasks,
              [(d)-[:HAS_TASK]->(:Task)-[a:ASSIGNED_TO]->(b:Body) | b.name + ':' + a.role] AS bodies,
              [(d)-[:CITES]->(c) | c.key] AS cited,
              [(d)-[:CITES]->(c) | c.ingested] AS ingested`,
      { key: `2898/QĐ-UBND@${p}` },
    );
    expect(row).toMatchObject({ sections: 2, tasks: 2 });
    expect(row!.bodies.sort()).toEqual(['Sở Nội vụ:COORDINATE', 'Sở Nội vụ:LEAD']);
    expect(row!.cited.sort()).toEqual(['05-NQ/TU@' + p, '76/NQ-CP'].sort());
    expect(row!.ingested).toEqual([false, false]);
  });

  it('leaves the graph identical when the same text is ingested twice', async () => {
    const p = province();
    await ingestExtraction(graph, decisionExtraction(p), 'twice.txt');
    const before = await snapshot(graph, p);
    const again = await ingestExtraction(graph, decisionExtraction(p), 'twice.txt');
    expect(again.status).toBe('unchanged');
    expect(await snapshot(graph, p)).toEqual(before);
  });

  it('replaces what a changed document owns and keeps nodes other documents point to', async () => {
    const p = province();
    const citing = decisionExtraction(p, { symbol: '10/QĐ-UBND', references: [reference({ key: `05-NQ/TU@${p}`, symbol: '05-NQ/TU', jurisdiction: p })] });
    await ingestExtraction(graph, citing, 'other.txt');
    await ingestExtraction(graph, decisionExtraction(p), 'changing.txt');
    const changed = decisionExtraction(p, {
      salt: 'v2',
      references: [reference({ key: '99/NQ-CP', symbol: '99/NQ-CP', issuer: 'Chính phủ' })],
    });
    changed.tasks = changed.tasks.slice(0, 1);
    changed.assignments = changed.assignments.slice(0, 1);
    const outcome = await ingestExtraction(graph, changed, 'changing.txt');
    expect(outcome.status).toBe('updated');
    const [row] = await graph.read<{ tasks: number; cited: string[]; localStillThere: boolean }>(
      `MATCH (d:Document {key: $key})
       RETURN COUNT { (d)-[:HAS_TASK]->() } AS tasks, [(d)-[:CITES]->(c) | c.key] AS cited,
              EXISTS { MATCH (:Document {key: $local}) } AS localStillThere`,
      { key: `2898/QĐ-UBND@${p}`, local: `05-NQ/TU@${p}` },
    );
    expect(row).toEqual({ tasks: 1, cited: ['99/NQ-CP'], localStillThere: true });
  });

  it('completes a cited-only node when the cited document is ingested, instead of duplicating it', async () => {
    const p = province();
    await ingestExtraction(graph, decisionExtraction(p), 'citing.txt');
    const cited = decisionExtraction(p, { symbol: '05-NQ/TU', references: [] });
    cited.document = { ...cited.document, kind: 'NGHI_QUYET', issuer: `Tỉnh ủy ${p}`, date: '2021-04-09' };
    cited.document.key = `05-NQ/TU@${p}`;
    cited.tasks = [];
    cited.assignments = [];
    await ingestExtraction(graph, cited, 'cited.txt');
    const rows = await graph.read<{ n: number; ingested: boolean; citedBy: number }>(
      `MATCH (d:Document {key: $key}) RETURN count(d) AS n, d.ingested AS ingested, COUNT { (:Document)-[:CITES]->(d) } AS citedBy`,
      { key: `05-NQ/TU@${p}` },
    );
    expect(rows).toEqual([{ n: 1, ingested: true, citedBy: 1 }]);
  });

  it('records a MAY_BE edge, not a merge, for an unnumbered document matching a cited one', async () => {
    const p = province();
    await ingestExtraction(graph, decisionExtraction(p), 'numbered-citer.txt');
    const unnumbered = decisionExtraction(p, { symbol: 'x', references: [] });
    unnumbered.document = {
      ...unnumbered.document,
      kind: 'NGHI_QUYET',
      symbol: null,
      date: null,
      issuer: `Tỉnh ủy ${p}`,
      title: 'Về đẩy mạnh cải cách hành chính',
      key: `NGHI_QUYET:${p}:ve day manh cai cach hanh chinh`,
    };
    unnumbered.tasks = [];
    unnumbered.assignments = [];
    await ingestExtraction(graph, unnumbered, 'unnumbered.txt');
    const rows = await graph.read<{ to: string; confidence: number }>(
      `MATCH (:Document {key: $key})-[m:MAY_BE]->(n) RETURN n.key AS to, m.confidence AS confidence`,
      { key: unnumbered.document.key },
    );
    expect(rows.map((r) => r.to)).toEqual([`05-NQ/TU@${p}`]);
    expect(rows[0]!.confidence).toBeGreaterThanOrEqual(0.7);
  });

  it('links an unnumbered document to a numbered one only when their known dates agree', async () => {
    const p = province();
    await ingestExtraction(graph, decisionExtraction(p), 'numbered-citer.txt');
    const unnumbered = (date: string, title: string) => {
      const e = decisionExtraction(p, { symbol: 'x', references: [] });
      e.document = { ...e.document, kind: 'NGHI_QUYET', symbol: null, date, issuer: `Tỉnh ủy ${p}`, title, key: `NGHI_QUYET:${p}:${foldForSearch(title)}` };
      e.tasks = [];
      e.assignments = [];
      return e;
    };
    // The cited 05-NQ/TU was issued on 2021-04-09 (decisionExtraction).
    const sameDay = unnumbered('2021-04-09', 'Về đẩy mạnh cải cách hành chính trong tỉnh');
    const otherDay = unnumbered('2022-01-01', 'Về đẩy mạnh cải cách hành chính năm mới');
    await ingestBatch(graph, [
      { extraction: sameDay, sourceFile: 'same-day.txt' },
      { extraction: otherDay, sourceFile: 'other-day.txt' },
    ]);
    const rows = await graph.read<{ from: string; evidence: string }>(
      `MATCH (u:Document)-[m:MAY_BE]->(:Document {key: $key}) RETURN u.key AS from, m.evidence AS evidence`,
      { key: `05-NQ/TU@${p}` },
    );
    expect(rows.map((r) => r.from)).toEqual([sameDay.document.key]);
    expect(rows[0]!.evidence).toContain('same date 2021-04-09');
  });

  it('hangs every section from its parent, wherever the parent comes in the extraction', async () => {
    const p = province();
    const e = decisionExtraction(p);
    e.sections = [...e.sections].reverse();
    await ingestExtraction(graph, e, 'reversed-sections.txt');
    const rows = await graph.read<{ path: string }>(
      `MATCH (:Document {key: $key})-[:HAS_SECTION]->(top:Section)-[:HAS_SECTION]->(child:Section) RETURN top.path + '>' + child.path AS path`,
      { key: `2898/QĐ-UBND@${p}` },
    );
    expect(rows.map((r) => r.path)).toEqual(['IV>IV.1']);
  });

  it('leaves the rows built for a document as they were, so a retried write starts from the same rows', async () => {
    const p = province();
    const item: IngestItem = { extraction: decisionExtraction(p), sourceFile: 'kept-rows.txt', sourcePath: 'in/kept-rows.txt', text: 'text' };
    const rows = ingestRowsOf(item);
    const before = JSON.stringify(rows);
    const [outcome] = await ingestBatch(graph, [item]);
    expect(outcome).toMatchObject({ status: 'created', version: 1 });
    expect(ingestRowsOf(item)).toBe(rows);
    expect(JSON.stringify(rows)).toBe(before);
  });

  it('hears each statement of a write as the database answers it, before the document is settled', async () => {
    // ingestFiles counts these as signs of life: a long write that keeps answering is not given up as hung.
    const p = province();
    const heard: string[] = [];
    const [outcome] = await ingestBatch(graph, [{ extraction: decisionExtraction(p), sourceFile: 'answers.txt' }], {
      onAnswer: () => heard.push('answer'),
      onOutcome: () => heard.push('outcome'),
    });
    expect(outcome).toMatchObject({ status: 'created' });
    // The lock, the document, its sections, tasks and assignments at least, each answered before the outcome.
    expect(heard.indexOf('outcome')).toBeGreaterThanOrEqual(5);
    expect(heard.slice(heard.indexOf('outcome'))).toEqual(['outcome']);
  });

  it('writes nothing of a document whose transaction fails part-way', async () => {
    const p = province();
    const broken = decisionExtraction(p);
    // Targets are written after the document node: a value Neo4j cannot store fails the transaction late.
    (broken.tasks[0]!.targets[0] as unknown as { raw: unknown }).raw = { not: 'storable' };
    await expect(ingestExtraction(graph, broken, 'broken.txt')).rejects.toThrow();
    const [row] = await graph.read<{ n: number }>(`MATCH (d:Document {key: $key}) RETURN count(d) AS n`, { key: `2898/QĐ-UBND@${p}` });
    expect(row!.n).toBe(0);
  });
});

describe('ingesting a batch of documents in one transaction', () => {
  it('produces the same graph as ingesting them one by one', async () => {
    const [p1, p2] = [province(), province()];
    const docs = (p: string) => [
      decisionExtraction(p, { symbol: '1/QĐ-UBND' }),
      decisionExtraction(p, { symbol: '2/QĐ-UBND', references: [reference({ key: `1/QĐ-UBND@${p}`, symbol: '1/QĐ-UBND', jurisdiction: p })] }),
      decisionExtraction(p, { symbol: '3/QĐ-UBND' }),
    ];
    for (const [i, e] of docs(p1).entries()) await ingestExtraction(graph, e, `one-${i}.txt`);
    const outcomes = await ingestBatch(graph, docs(p2).map((extraction, i) => ({ extraction, sourceFile: `two-${i}.txt` })));
    expect(outcomes.map((o) => (o instanceof Error ? o.message : o.status))).toEqual(['created', 'created', 'created']);
    // The fixtures differ only in their province (and so in hashes and folded names): neutralize those.
    const normalize = (rows: string[], p: string) =>
      rows.map((r) =>
        r
          .split(p)
          .join('P')
          .split(foldForSearch(p))
          .join('p')
          .replace(/contentHash=\w+/g, 'contentHash=H')
          .replace(/extractionHash=\w+/g, 'extractionHash=H')
          .replace(/(one|two)-\d\.txt/g, 'F'),
      );
    const a = normalize(await snapshot(graph, p2), p2);
    const b = normalize(await snapshot(graph, p1), p1);
    expect(a).toEqual(b);
  });

  it('names a body as one by one when a later document of the batch is issued by it', async () => {
    const [p1, p2] = [province(), province()];
    const docs = (p: string) => {
      const issued = decisionExtraction(p, { symbol: '5/QĐ-UBND' });
      const issuerKey = buildIngestRows(issued, null).issuer!.key;
      // The first document, another body's, names in its text the body whose header signs the second, spelled another way.
      const naming = decisionExtraction(p, { symbol: '4/QĐ-UBND' });
      naming.document.issuer = `Tỉnh ủy ${p}`;
      naming.bodies.push({ key: issuerKey, name: 'Ủy ban nhân dân tỉnh', jurisdiction: p, aliases: ['Ủy ban nhân dân tỉnh'], group: false, mentions: [{ start: 300, end: 320 }] });
      return { issuerKey, list: [naming, issued] };
    };
    const one = docs(p1);
    for (const [i, e] of one.list.entries()) await ingestExtraction(graph, e, `one-${i}.txt`);
    const two = docs(p2);
    await ingestBatch(graph, two.list.map((extraction, i) => ({ extraction, sourceFile: `two-${i}.txt` })));
    const body = async (key: string, p: string) => {
      const [b] = await graph.read<{ name: string; aliases: string[] }>('MATCH (b:Body {key: $key}) RETURN b.name AS name, b.aliases AS aliases', { key });
      return { name: b!.name, aliases: b!.aliases.map((a) => a.split(p).join('P')) };
    };
    const alone = await body(one.issuerKey, p1);
    expect(alone).toEqual({ name: 'Ủy ban nhân dân tỉnh', aliases: ['Ủy ban nhân dân tỉnh', 'UBND P'] });
    expect(await body(two.issuerKey, p2)).toEqual(alone);
  });

  it('lands the good documents and nothing of a bad one when a batch fails', async () => {
    const p = province();
    const good = decisionExtraction(p, { symbol: '7/QĐ-UBND' });
    const bad = decisionExtraction(p, { symbol: '8/QĐ-UBND' });
    (bad.tasks[0]!.targets[0] as unknown as { raw: unknown }).raw = { not: 'storable' };
    const outcomes = await ingestBatch(graph, [
      { extraction: good, sourceFile: 'good.txt' },
      { extraction: bad, sourceFile: 'bad.txt' },
    ]);
    expect(outcomes[0]).toMatchObject({ status: 'created' });
    expect(outcomes[1]).toBeInstanceOf(Error);
    const rows = await graph.read<{ key: string }>(`MATCH (d:Document {ingested: true}) WHERE d.jurisdiction = $p RETURN d.key AS key`, { p });
    expect(rows.map((r) => r.key)).toEqual([`7/QĐ-UBND@${p}`]);
  });
});

describe('a batch with one document Neo4j refuses', () => {
  it('writes every other document whole, and nothing of the refused one, reporting each in input order', async () => {
    const p = province();
    const docs = ['11/QĐ-UBND', '12/QĐ-UBND', '13/QĐ-UBND'].map((symbol) => decisionExtraction(p, { symbol }));
    const bad = docs[1]!;
    (bad.tasks[0]!.targets[0] as unknown as { raw: unknown }).raw = { not: 'storable' };
    const heard: number[] = [];
    const outcomes = await ingestBatch(
      graph,
      docs.map((extraction, i) => ({ extraction, sourceFile: `batch-${i}.txt`, text: `text ${i}` })),
      { onOutcome: (i) => heard.push(i) },
    );
    expect(outcomes.map((o) => (o instanceof Error ? 'error' : o.status))).toEqual(['created', 'error', 'created']);
    expect([...heard].sort()).toEqual([0, 1, 2]);
    const owned = await graph.read<{ key: string; ingested: boolean; tasks: number; sections: number; versions: number; assigned: number }>(
      `MATCH (d:Document) WHERE d.key IN $keys
       RETURN d.key AS key, d.ingested AS ingested,
              COUNT { MATCH (t:Task {documentKey: d.key}) } AS tasks,
              COUNT { MATCH (s:Section {documentKey: d.key}) } AS sections,
              COUNT { (d)-[:HAS_VERSION]->() } AS versions,
              COUNT { MATCH (:Task {documentKey: d.key})-[:ASSIGNED_TO]->() } AS assigned
       ORDER BY key`,
      { keys: docs.map((d) => d.document.key) },
    );
    const good = owned.filter((o) => o.key !== bad.document.key);
    expect(good.map((o) => o.key)).toEqual([`11/QĐ-UBND@${p}`, `13/QĐ-UBND@${p}`]);
    for (const o of good) {
      expect(o).toMatchObject({ ingested: true, versions: 1, tasks: docs[0]!.tasks.length });
      expect(o.sections).toBeGreaterThan(0);
      expect(o.assigned).toBeGreaterThan(0);
    }
    // The refused document left no node of its own, nothing it would own, and no version.
    const [left] = await graph.read<{ nodes: number }>(
      `MATCH (n) WHERE n.key = $key OR n.documentKey = $key RETURN count(n) AS nodes`,
      { key: bad.document.key },
    );
    expect(left!.nodes).toBe(0);
  });
});

describe('deleting a document', () => {
  it('prunes the bodies only it named, assigned or not', async () => {
    const p = province();
    const doc = decisionExtraction(p);
    doc.bodies.push({ key: `so tu phap@${p}`, name: 'Sở Tư pháp', jurisdiction: p, aliases: ['Sở Tư pháp'], group: false, mentions: [{ start: 300, end: 310 }] });
    await ingestExtraction(graph, doc, 'named-only.txt');
    const named = await graph.read<{ names: string[] }>(
      `MATCH (:Document {key: $key})-[:MENTIONS]->(b:Body) RETURN collect(b.name) AS names`,
      { key: doc.document.key },
    );
    expect(named[0]!.names.sort()).toEqual(['Sở Nội vụ', 'Sở Tư pháp']);
    expect(await deleteDocument(graph, doc.document.key)).toBe(true);
    const left = await graph.read<{ key: string }>(`MATCH (b:Body) WHERE b.jurisdiction = $p RETURN b.key AS key`, { p });
    expect(left).toEqual([]);
  });

  it('removes what it owns and keeps it as a cited-only node while others still cite it', async () => {
    const p = province();
    await ingestExtraction(graph, decisionExtraction(p, { symbol: '11/QĐ-UBND', references: [reference({ key: `2898/QĐ-UBND@${p}`, symbol: '2898/QĐ-UBND', jurisdiction: p })] }), 'a.txt');
    await ingestExtraction(graph, decisionExtraction(p), 'b.txt');
    expect(await deleteDocument(graph, `2898/QĐ-UBND@${p}`)).toBe(true);
    const [row] = await graph.read<{ ingested: boolean; tasks: number; sections: number; orphanBody: boolean; nationalGone: boolean }>(
      `MATCH (d:Document {key: $key})
       RETURN d.ingested AS ingested, COUNT { (:Task {documentKey: $key}) } AS tasks,
              COUNT { (:Section {documentKey: $key}) } AS sections,
              EXISTS { MATCH (b:Body {key: $body}) WHERE NOT EXISTS { (b)--() } } AS orphanBody,
              NOT EXISTS { MATCH (:Document {key: $local}) } AS nationalGone`,
      { key: `2898/QĐ-UBND@${p}`, body: `so noi vu@${p}`, local: `05-NQ/TU@${p}` },
    );
    expect(row).toEqual({ ingested: false, tasks: 0, sections: 0, orphanBody: false, nationalGone: true });
    expect(await deleteDocument(graph, `2898/QĐ-UBND@${p}`)).toBe(false);
  });
});
