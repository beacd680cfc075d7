import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type GraphClient } from '../../src/graph/driver';
import { migrate } from '../../src/graph/migrations';
import { ingestExtraction } from '../../src/graph/documentStore';
import { toGlobalId } from '../../src/api/globalId';
import type { ReferenceEffect } from '../../src/extract/types';
import { testNeo4jSettings } from '../support/neo4j';
import { isolatedProvince } from '../support/extraction.fixtures';
import { assign, body, extraction, ref, task, uniqueNationalNumber } from '../graph/world.fixtures';
import { ok, startExecutor, type Executor } from './executor.fixtures';

let graph: GraphClient;
let api: Executor;
const P = isolatedProvince();
const n = uniqueNationalNumber();
const K = { national: `${n}/NQ-CP`, old: `100/QĐ-UBND@${P}`, next: `200/QĐ-UBND@${P}`, plan: `30/KH-UBND@${P}`, merged: `${n}/KH-UBND@Bắc Giang` };
const doc = (key: string) => toGlobalId('Document', key);

const replaces: ReferenceEffect = { kind: 'REPLACES', part: null, whole: true, start: 500, end: 560, sectionPath: 'Điều 3', evidence: 'thay thế Quyết định số 100/QĐ-UBND' };

beforeAll(async () => {
  graph = await connect(testNeo4jSettings());
  await migrate(graph);
  api = await startExecutor(graph);
  const home = body('Sở Nội vụ', P);
  const national = ref({ key: K.national, symbol: K.national, kind: 'NGHI_QUYET', jurisdiction: 'national', relation: 'BASIS', date: '2021-07-15' });
  const old = extraction({
    key: K.old, symbol: '100/QĐ-UBND', kind: 'QUYET_DINH', province: P, date: '2023-01-10', issuer: `UBND ${P}`, title: 'Quy chế làm việc',
    references: [national],
    effect: { effectiveFrom: '2023-01-10', effectiveFromRule: 'ON_SIGNING', effectiveUntil: null, evidence: 'Quyết định này có hiệu lực kể từ ngày ký.' },
  });
  const next = extraction({
    key: K.next, symbol: '200/QĐ-UBND', kind: 'QUYET_DINH', province: P, date: '2025-03-01', issuer: `UBND ${P}`, title: 'Quy chế làm việc (mới)',
    references: [national, ref({ key: K.old, symbol: '100/QĐ-UBND', kind: 'QUYET_DINH', jurisdiction: P, relation: 'AMENDS', date: '2023-01-10', effects: [replaces] })],
    effect: { effectiveFrom: '2025-03-15', effectiveFromRule: 'STATED_DATE', effectiveUntil: null, evidence: 'Quyết định này có hiệu lực từ ngày 15/3/2025 và thay thế ...' },
  });
  const plan = extraction({
    key: K.plan, symbol: '30/KH-UBND', kind: 'KE_HOACH', province: P, date: '2024-05-01', issuer: `UBND ${P}`, title: 'Kế hoạch thực hiện Quy chế',
    references: [ref({ key: K.old, symbol: '100/QĐ-UBND', kind: 'QUYET_DINH', jurisdiction: P, relation: 'IMPLEMENTS', date: '2023-01-10' })],
    bodies: [home],
    tasks: [task(0, 'II', 'Chủ trì triển khai Quy chế làm việc')],
    assignments: [assign(home, 'LEAD', 'II', 0, 'Triển khai Quy chế')],
  });
  const merged = extraction({ key: K.merged, symbol: `${n}/KH-UBND`, kind: 'KE_HOACH', province: 'Bắc Giang', date: '2024-03-01', issuer: 'UBND tỉnh Bắc Giang', title: 'Kế hoạch của tỉnh Bắc Giang (cũ)' });
  for (const e of [old, next, plan, merged]) await ingestExtraction(graph, e, e.file);
});
afterAll(async () => {
  await api?.stop();
  await graph?.write(`MATCH (n) WHERE n.jurisdiction = $p OR n.documentKey ENDS WITH $suffix OR n.key IN $keys DETACH DELETE n`, {
    p: P,
    suffix: `@${P}`,
    keys: [K.national, K.merged],
  });
  await graph?.close();
});

describe('effect status and events', () => {
  it('derives a replaced document\'s status on a day from the event its successor causes', async () => {
    const q = `query($id: ID!) { document(id: $id) { effectiveFrom before: status(asOf: "2025-03-14") after: status(asOf: "2025-03-15")
      events { date kind part whole by { symbol } } } }`;
    const d = ok(await api.run(q, { id: doc(K.old) })).document;
    expect(d).toMatchObject({ effectiveFrom: '2023-01-10', before: 'IN_FORCE', after: 'EXPIRED' });
    expect(d.events).toEqual([{ date: '2025-03-15', kind: 'REPLACED', part: null, whole: true, by: { symbol: '200/QĐ-UBND' } }]);
    const next = ok(await api.run(`query($id: ID!) { document(id: $id) { early: status(asOf: "2025-03-10") later: status(asOf: "2025-04-01") } }`, { id: doc(K.next) }));
    expect(next.document).toEqual({ early: 'NOT_YET_IN_FORCE', later: 'IN_FORCE' });
  });

  it('walks the replacements in one query to the current version', async () => {
    const r = ok(await api.run(`query($id: ID!) { replacements(documentId: $id) { current { symbol } replacedBy { depth document { symbol } } edges { by { symbol } replaced { symbol } whole date } } }`, { id: doc(K.old) })).replacements;
    expect(r.current).toEqual([{ symbol: '200/QĐ-UBND' }]);
    expect(r.replacedBy).toEqual([{ depth: 1, document: { symbol: '200/QĐ-UBND' } }]);
    expect(r.edges).toEqual([{ by: { symbol: '200/QĐ-UBND' }, replaced: { symbol: '100/QĐ-UBND' }, whole: true, date: '2025-03-15' }]);
  });
});

describe('asOf on the walks', () => {
  const MANDATE = `query($id: ID!, $asOf: Date) { mandate(taskId: $id, asOf: $asOf) { documentStatus
    chain { depth status noLongerInForceSince replacedBy { symbol } document { key } } } }`;
  const taskId = () => toGlobalId('Task', `${K.plan}#task0`);

  it('marks a mandating step no longer in force and names what replaced it, without following its links', async () => {
    const then = ok(await api.run(MANDATE, { id: taskId(), asOf: '2024-06-01' })).mandate;
    expect(then.chain.map((s: any) => [s.document.key, s.status])).toEqual([[K.old, 'IN_FORCE'], [K.national, 'UNKNOWN']]);
    const now = ok(await api.run(MANDATE, { id: taskId(), asOf: '2025-06-01' })).mandate;
    expect(now.documentStatus).toBe('UNKNOWN');
    expect(now.chain).toEqual([{ depth: 1, status: 'EXPIRED', noLongerInForceSince: '2025-03-15', replacedBy: [{ symbol: '200/QĐ-UBND' }], document: { key: K.old } }]);
  });

  it('keeps only documents issued by the day in lineage and tasks', async () => {
    const q = `query($id: ID!, $asOf: Date) { lineage(documentId: $id, direction: DOWNSTREAM, asOf: $asOf) { nodes { document { key } } } }`;
    const early = ok(await api.run(q, { id: doc(K.old), asOf: '2024-01-01' })).lineage.nodes.map((x: any) => x.document.key);
    expect(early).toEqual([K.old]);
    const later = ok(await api.run(q, { id: doc(K.old), asOf: '2025-06-01' })).lineage.nodes.map((x: any) => x.document.key).sort();
    expect(later).toEqual([K.old, K.next, K.plan].sort());
    const tasks = `query($asOf: Date, $id: ID) { tasks(filter: { documentId: $id }, asOf: $asOf) { totalCount } }`;
    expect(ok(await api.run(tasks, { id: doc(K.plan), asOf: '2024-01-01' })).tasks.totalCount).toBe(0);
    expect(ok(await api.run(tasks, { id: doc(K.plan), asOf: '2024-06-01' })).tasks.totalCount).toBe(1);
  });

  it('lists the tasks whose mandate lapsed on a day', async () => {
    const q = `query($asOf: Date) { lapsedMandates(asOf: $asOf, first: 100) { nodes { task { text document { key } } lapsed { key } } } }`;
    const before = ok(await api.run(q, { asOf: '2025-03-14' })).lapsedMandates.nodes.filter((x: any) => x.task.document.key === K.plan);
    expect(before).toEqual([]);
    const after = ok(await api.run(q, { asOf: '2025-03-15' })).lapsedMandates.nodes.filter((x: any) => x.task.document.key === K.plan);
    expect(after).toEqual([{ task: { text: 'Chủ trì triển khai Quy chế làm việc', document: { key: K.plan } }, lapsed: [{ key: K.old }] }]);
  });

  it('refuses an asOf that is not a day', async () => {
    const r = await api.run(`{ documents(asOf: "2025-02-30", first: 1) { totalCount } }`);
    expect(r.errors?.[0]?.message).toMatch(/YYYY-MM-DD/);
  });
});

describe('the 2025 merger of provinces', () => {
  it('finds a former province\'s documents when asked about the province that continues it', async () => {
    const q = `query($j: String!) { documents(filter: { jurisdiction: $j, kind: KE_HOACH, dateFrom: "2024-03-01", dateTo: "2024-03-01" }, first: 100) { nodes { key } } }`;
    const bacNinh = ok(await api.run(q, { j: 'Bac Ninh' })).documents.nodes.map((x: any) => x.key);
    expect(bacNinh).toContain(K.merged);
    const bacGiang = ok(await api.run(q, { j: 'Bắc Giang' })).documents.nodes.map((x: any) => x.key);
    expect(bacGiang).toContain(K.merged);
    const haNoi = ok(await api.run(q, { j: 'Hà Nội' })).documents.nodes.map((x: any) => x.key);
    expect(haNoi).not.toContain(K.merged);
  });

  it('resolves a body of a former province to its successor from 1 July 2025, keeping its own name', async () => {
    const q = `{ bodies(filter: { name: "UBND tỉnh Bắc Giang", jurisdiction: "Bắc Giang" }) { nodes { name jurisdiction successorJurisdiction
      before: jurisdictionOn(asOf: "2025-06-30") after: jurisdictionOn(asOf: "2025-07-01") } } }`;
    const nodes = ok(await api.run(q)).bodies.nodes;
    expect(nodes).toContainEqual({ name: 'Ủy ban nhân dân tỉnh Bắc Giang', jurisdiction: 'Bắc Giang', successorJurisdiction: 'Bắc Ninh', before: 'Bắc Giang', after: 'Bắc Ninh' });
  });
});
