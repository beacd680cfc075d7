/**
 * The "done when" facts, answered by the API from the ingested sample corpus (data/corpus/):
 * the lineage of 2898/QĐ-UBND reaches 76/NQ-CP and 05-NQ/TU of Quảng Ninh; the tasks of Sở Nội vụ list its
 * lead and coordinating duties; `conflicts` shows 124/NQ-HĐND dated differently by two documents.
 *
 * Ingesting is idempotent, so test files that also ingest the corpus do not disturb this one. The documents
 * this run created are removed afterwards only on a server the tests do not own (NEO4J_URI); the throwaway
 * test server is discarded whole, and removing them early could pull them from under a parallel test.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config';
import { deleteDocument } from '../../src/graph/documentStore';
import { expandPaths, ingestFiles } from '../../src/ingest/ingestFiles';
import { testNeo4jSettings } from '../support/neo4j';
import { ok } from './executor.fixtures';
import { useExecutor } from '../support/fixtures';
let created: string[] = [];

const fx = useExecutor();

beforeAll(async () => {
  const { files } = await expandPaths([path.join(PROJECT_ROOT, 'data', 'corpus')]);
  const reports = await ingestFiles(fx.graph, files, { maxBytes: 5 * 1024 * 1024 });
  expect(reports.filter((r) => r.error)).toEqual([]);
  created = reports.filter((r) => r.status === 'created' && r.key).map((r) => r.key!);
}, 120_000);

afterAll(async () => {
  if (!testNeo4jSettings().throwaway) for (const key of created) await deleteDocument(fx.graph, key);
});

async function decision2898(): Promise<string> {
  const data = ok(await fx.api.run(`{ documentBySymbol(symbol: "2898/QĐ-UBND", jurisdiction: "Quảng Ninh") { id key } }`));
  expect(data.documentBySymbol?.key).toBe('2898/QĐ-UBND@Quảng Ninh');
  return data.documentBySymbol.id;
}

describe('the sample corpus through the API', () => {
  it('traces the lineage of 2898/QĐ-UBND to 76/NQ-CP and to 05-NQ/TU of Quảng Ninh', async () => {
    const id = await decision2898();
    const data = ok(await fx.api.run(`query($id: ID!) { lineage(documentId: $id, maxDepth: 5) { nodes { depth document { key symbol jurisdiction } } } }`, { id }));
    const reached = data.lineage.nodes.map((n: any) => n.document.key);
    expect(reached).toContain('76/NQ-CP');
    expect(reached).toContain('05-NQ/TU@Quảng Ninh');
  });

  it('lists the tasks Sở Nội vụ of Quảng Ninh leads and those it coordinates', async () => {
    const data = ok(
      await fx.api.run(`{ bodies(filter: { name: "Sở Nội vụ", jurisdiction: "Quảng Ninh" }) { nodes { name
        lead: tasks(role: LEAD, first: 100) { totalCount nodes { text document { symbol } } }
        coordinate: tasks(role: COORDINATE, first: 100) { totalCount nodes { text } } } } }`),
    );
    const home = data.bodies.nodes.find((b: any) => b.name === 'Sở Nội vụ');
    expect(home).toBeDefined();
    expect(home.lead.totalCount).toBeGreaterThan(0);
    expect(home.coordinate.totalCount).toBeGreaterThan(0);
    expect(home.lead.nodes.map((t: any) => t.document.symbol)).toContain('2898/QĐ-UBND');
  });

  it('shows 124/NQ-HĐND dated 04/12/2022 by one document and 04/11/2022 by another', async () => {
    const data = ok(await fx.api.run(`{ conflicts(first: 100) { nodes { document { key symbol } field claims { value citingDocument { key } snippet } } } }`));
    const conflict = data.conflicts.nodes.find((c: any) => c.document.key === '124/NQ-HĐND@Quảng Ninh' && c.field === 'DATE');
    expect(conflict).toBeDefined();
    const values = new Map<string, Set<string>>();
    for (const claim of conflict.claims) values.set(claim.value, (values.get(claim.value) ?? new Set()).add(claim.citingDocument.key));
    expect([...values.keys()]).toEqual(expect.arrayContaining(['2022-12-04', '2022-11-04']));
    // Two different documents make the two claims.
    const citing = [...values.get('2022-12-04')!, ...values.get('2022-11-04')!];
    expect(new Set(citing).size).toBeGreaterThanOrEqual(2);
  });

  it('tells a date disagreement from two Party resolutions of different terms sharing a number', async () => {
    const data = ok(await fx.api.run(`{ conflicts(first: 100) { nodes { document { key } field likelyDistinctDocuments } } }`));
    const find = (key: string) => data.conflicts.nodes.find((c: any) => c.document.key === key && c.field === 'DATE');
    expect(find('124/NQ-HĐND@Quảng Ninh').likelyDistinctDocuments).toBe(false);
    // 18-NQ/TW of 25/10/2017 (12th Central Committee) and of 16/6/2022 (13th) are cited by two samples.
    expect(find('18-NQ/TW').likelyDistinctDocuments).toBe(true);
  });

  it('explains a task of 2898/QĐ-UBND by a chain that reaches a national directive', async () => {
    const id = await decision2898();
    const taskId = ok(await fx.api.run(`query($id: ID!) { document(id: $id) { tasks(first: 1) { nodes { id } } } }`, { id })).document.tasks.nodes[0].id;
    const data = ok(await fx.api.run(`query($id: ID!) { mandate(taskId: $id) { document { key } national { key } chain { depth document { key } } } }`, { id: taskId }));
    expect(data.mandate.document.key).toBe('2898/QĐ-UBND@Quảng Ninh');
    expect(data.mandate.national.map((d: any) => d.key)).toContain('76/NQ-CP');
  });

  it('finds titles written "cải cách hành chính" from "cai cach hanh chinh"', async () => {
    const data = ok(await fx.api.run(`{ search(text: "cai cach hanh chinh", types: [DOCUMENT], first: 100) { totalCount nodes { node { __typename ... on Document { title } } } } }`));
    expect(data.search.nodes.every((h: any) => h.node.__typename === 'Document')).toBe(true);
    const titles = data.search.nodes.map((h: any) => h.node.title);
    expect(titles.some((t: string) => t.toLowerCase().includes('cải cách hành chính'))).toBe(true);
  });

  it('finds a damaged OCR title by its correct words, and shows it restored beside the original', async () => {
    // 2898/QĐ-UBND's title was scanned as "... cip nhat Ké hoach cai cich hanh chinh ...": only its restored form
    // holds "cải cách hành chính".
    const data = ok(
      await fx.api.run(`{ search(text: "cải cách hành chính tỉnh Quảng Ninh năm 2025", types: [DOCUMENT], first: 20) {
        nodes { node { ... on Document { key title titleRestored titleRestoredShare } } } } }`),
    );
    const hit = data.search.nodes.map((h: any) => h.node).find((d: any) => d.key === '2898/QĐ-UBND@Quảng Ninh');
    expect(hit, 'search for the correct words finds 2898/QĐ-UBND').toBeDefined();
    expect(hit.title).toContain('cai cich hanh chinh');
    expect(hit.titleRestored).toContain('sửa đổi, bổ sung, cập nhật Kế hoạch cải cách hành chính tỉnh Quảng Ninh năm 2025');
    expect(hit.titleRestoredShare).toBeGreaterThan(0.5);
  });

  it('finds tasks of a damaged document by their restored words', async () => {
    const id = await decision2898();
    const data = ok(await fx.api.run(`query($id: ID!) { document(id: $id) { tasks(first: 100) { nodes { id text textRestored textRestoredShare } } } }`, { id }));
    const tasks = data.document.tasks.nodes;
    expect(tasks.filter((t: any) => t.textRestored !== t.text).length).toBeGreaterThan(tasks.length / 2);
    expect(tasks.every((t: any) => t.textRestoredShare >= 0 && t.textRestoredShare <= 1)).toBe(true);
    // Words only the restored text holds (folded, the scan's spelling differs) find the task.
    const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
    const task = tasks.find((t: any) => t.textRestoredShare > 0.3)!;
    const scanned = new Set(fold(task.text).split(/[^a-z0-9]+/));
    const restoredOnly = [...new Set(task.textRestored.split(/[^\p{L}]+/u).filter((w: string) => w.length > 2 && !scanned.has(fold(w))))].slice(0, 4);
    expect(restoredOnly.length).toBeGreaterThan(1);
    const found = ok(await fx.api.run(`query($q: String!) { search(text: $q, types: [TASK], first: 50) { nodes { node { ... on Task { id } } } } }`, { q: restoredOnly.join(' ') }));
    expect(found.search.nodes.map((n: any) => n.node.id)).toContain(task.id);
  });

  it('leaves the titles of clean documents as they are', async () => {
    // Sample 004 is clean Unicode text: nothing in it is restored.
    const data = ok(
      await fx.api.run(`{ search(text: "nhiệm vụ phát triển kinh tế xã hội 6 tháng cuối năm 2023", types: [DOCUMENT], first: 5) {
        nodes { node { ... on Document { title titleRestored titleRestoredShare } } } } }`),
    );
    const doc = data.search.nodes.map((h: any) => h.node).find((d: any) => d.title?.startsWith('Về nhiệm vụ phát triển kinh tế - xã hội 6 tháng cuối năm 2023'));
    expect(doc, 'the clean sample is found').toBeDefined();
    expect(doc.titleRestored).toBe(doc.title);
    expect(doc.titleRestoredShare).toBe(0);
  });
});
