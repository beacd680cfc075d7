import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type GraphClient } from '../../src/graph/driver';
import { migrate } from '../../src/graph/migrations';
import { toGlobalId } from '../../src/api/globalId';
import { todayInVietnam } from '../../src/graph/taskQueries';
import { testNeo4jSettings } from '../support/neo4j';
import { buildWorld, removeWorld, type World } from '../graph/world.fixtures';
import { ok, startExecutor, type Executor } from './executor.fixtures';

let graph: GraphClient;
let world: World;
let api: Executor;
const doc = (key: string) => toGlobalId('Document', key);

beforeAll(async () => {
  graph = await connect(testNeo4jSettings());
  await migrate(graph);
  world = await buildWorld(graph);
  api = await startExecutor(graph);
});
afterAll(async () => {
  await api?.stop();
  if (world) await removeWorld(graph, world);
  await graph?.close();
});

describe('bodies and their tasks', () => {
  const QUERY = `query($name: String!, $jurisdiction: String, $role: AssignmentRole, $documentId: ID, $downstream: Boolean, $dueBefore: String) {
    bodies(filter: { name: $name, jurisdiction: $jurisdiction }) { totalCount nodes { name jurisdiction
      tasks(role: $role, documentId: $documentId, includeDownstream: $downstream, dueBefore: $dueBefore) {
        totalCount nodes { text document { symbol } assignments { role body { name } } } }
      issued { totalCount } } } }`;

  it('finds a body by name without diacritics and lists the tasks it leads and coordinates', async () => {
    const data = ok(await api.run(QUERY, { name: 'so noi vu', jurisdiction: world.province }));
    expect(data.bodies.totalCount).toBe(1);
    const home = data.bodies.nodes[0];
    expect(home).toMatchObject({ name: 'Sở Nội vụ', jurisdiction: world.province, issued: { totalCount: 0 } });
    const roles = home.tasks.nodes.map((t: any) => t.assignments.find((a: any) => a.body.name === 'Sở Nội vụ').role);
    expect(roles.sort()).toEqual(['COORDINATE', 'LEAD', 'LEAD']);
    const lead = ok(await api.run(QUERY, { name: 'Sở Nội vụ', jurisdiction: world.province, role: 'LEAD' })).bodies.nodes[0].tasks;
    expect(lead.nodes.map((t: any) => t.document.symbol)).toEqual(['10/KH-UBND', '2898/QĐ-UBND']);
  });

  it('narrows a body\'s tasks to a directive and everything downstream of it, and by deadline', async () => {
    const fromPlan = ok(await api.run(QUERY, { name: 'Sở Tài chính', jurisdiction: world.province, documentId: doc(world.keys.plan), downstream: true }));
    expect(fromPlan.bodies.nodes[0].tasks.totalCount).toBe(2);
    const onlyPlan = ok(await api.run(QUERY, { name: 'Sở Tài chính', jurisdiction: world.province, documentId: doc(world.keys.plan), downstream: false }));
    expect(onlyPlan.bodies.nodes[0].tasks.totalCount).toBe(0);
    const due = ok(await api.run(QUERY, { name: 'Sở Nội vụ', jurisdiction: world.province, dueBefore: '2026-01-01' }));
    expect(due.bodies.nodes[0].tasks.nodes.map((t: any) => t.text)).toEqual([
      'Chủ trì hướng dẫn, theo dõi việc thực hiện Kế hoạch cải cách hành chính; báo cáo trước ngày 20/12/2025',
      'Phối hợp kiểm tra công tác cải cách hành chính tại các địa phương',
    ]);
  });

  it('lists the documents a body issued', async () => {
    const data = ok(await api.run(`query($name: String!, $j: String) { bodies(filter: { name: $name, jurisdiction: $j }) { nodes { issued { nodes { key } } } } }`, {
      name: `UBND ${world.province}`,
      j: world.province,
    }));
    expect(data.bodies.nodes[0].issued.nodes.map((d: any) => d.key)).toEqual([world.keys.report, world.keys.decision, world.keys.plan]);
  });
});

describe('tasks(filter)', () => {
  it('combines body, role, document scope and text', async () => {
    const data = ok(
      await api.run(`query($filter: TaskFilter) { tasks(filter: $filter) { totalCount nodes { key } } }`, {
        filter: { bodyId: toGlobalId('Body', world.bodies.finance), role: 'LEAD', documentId: world.keys.resolution, includeDownstream: true, text: 'kinh phi' },
      }),
    );
    expect(data.tasks).toEqual({ totalCount: 1, nodes: [{ key: `${world.keys.decision}#task2` }] });
  });

  it('refuses includeDownstream without a document', async () => {
    const result = await api.run(`{ tasks(filter: { includeDownstream: true }) { totalCount } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('lineage, citationPath, mandate', () => {
  it('draws the lineage of a decision as nodes, edges and paths of global ids', async () => {
    const data = ok(
      await api.run(`query($id: ID!) { lineage(documentId: $id, maxDepth: 2) { root { key } nodes { depth document { key id } }
        edges { from to relation depth } paths truncated } }`, { id: doc(world.keys.decision) }),
    );
    const lineage = data.lineage;
    const ids = new Map(lineage.nodes.map((n: any) => [n.document.id, n.document.key]));
    expect(lineage.root.key).toBe(world.keys.decision);
    expect(lineage.nodes.find((n: any) => n.document.key === world.keys.council).depth).toBe(2);
    expect(lineage.edges.every((e: any) => ids.has(e.from) && ids.has(e.to))).toBe(true);
    expect(lineage.paths.every((p: string[]) => p[0] === doc(world.keys.decision) && p.every((id) => ids.has(id)))).toBe(true);
    expect(lineage.truncated).toBe(false);
  });

  it('gives downstream lineage, and says which document is missing', async () => {
    const down = ok(await api.run(`query($id: ID!) { lineage(documentId: $id, direction: DOWNSTREAM) { nodes { document { key } } } }`, { id: world.keys.council }));
    expect(down.lineage.nodes.map((n: any) => n.document.key).sort()).toEqual([world.keys.council, world.keys.decision, world.keys.plan, world.keys.report].sort());
    const missing = await api.run(`{ lineage(documentId: "nothing@nowhere") { root { key } } }`);
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('finds the shortest citation path in either direction', async () => {
    const QUERY = `query($from: ID!, $to: ID!) { citationPath(fromId: $from, toId: $to) { length documents { key } citations { from { key } to { key } relation } } }`;
    const up = ok(await api.run(QUERY, { from: doc(world.keys.report), to: doc(world.keys.party) })).citationPath;
    expect(up).toEqual([
      {
        length: 2,
        documents: [{ key: world.keys.report }, { key: world.keys.decision }, { key: world.keys.party }],
        citations: [
          { from: { key: world.keys.report }, to: { key: world.keys.decision }, relation: 'REFERENCES' },
          { from: { key: world.keys.decision }, to: { key: world.keys.party }, relation: 'IMPLEMENTS' },
        ],
      },
    ]);
    const down = ok(await api.run(QUERY, { from: doc(world.keys.party), to: doc(world.keys.report) })).citationPath;
    expect(down[0].documents.map((d: any) => d.key)).toEqual([world.keys.party, world.keys.decision, world.keys.report]);
  });

  it('explains a task\'s mandate up to the national resolution', async () => {
    const data = ok(
      await api.run(`query($id: ID!) { mandate(taskId: $id) { task { text } document { key }
        chain { depth relation document { key } citedBy { key } } national { key } truncated } }`, {
        id: toGlobalId('Task', `${world.keys.decision}#task0`),
      }),
    );
    expect(data.mandate.document.key).toBe(world.keys.decision);
    expect(data.mandate.national).toEqual([{ key: world.keys.resolution }]);
    expect(data.mandate.chain[0]).toMatchObject({ depth: 1, citedBy: { key: world.keys.decision } });
    expect(data.mandate.chain).toContainEqual({ depth: 2, relation: 'BASIS', document: { key: world.keys.council }, citedBy: { key: world.keys.plan } });
  });
});

describe('setTaskStatus', () => {
  const SET = `mutation($id: ID!, $status: TaskStatus!, $note: String) { setTaskStatus(taskId: $id, status: $status, note: $note) {
    status statusNote statusUpdatedAt overdue dueBy } }`;

  it('needs an editor key', async () => {
    const id = toGlobalId('Task', `${world.keys.decision}#task1`);
    const anonymous = await api.run(SET, { id, status: 'DONE' });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(anonymous.status).toBe(401);
    const reader = await api.run(SET, { id, status: 'DONE' }, { role: 'reader' });
    expect(reader.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(reader.errors?.[0]?.message).toContain('API_EDITOR_KEYS');
  });

  it('records progress, and a task past its deadline is overdue until it is DONE', async () => {
    const id = toGlobalId('Task', `${world.keys.decision}#task1`); // due by the end of 2024
    const before = ok(await api.run(`query($id: ID!) { node(id: $id) { ... on Task { overdue status } } }`, { id })).node;
    expect(before).toEqual({ overdue: todayInVietnam() > '2024-12-31', status: 'NOT_STARTED' });
    const started = ok(await api.run(SET, { id, status: 'IN_PROGRESS', note: 'Đang kiểm tra' }, { role: 'editor' })).setTaskStatus;
    expect(started).toMatchObject({ status: 'IN_PROGRESS', statusNote: 'Đang kiểm tra', dueBy: '2024-12-31' });
    expect(Date.parse(started.statusUpdatedAt)).toBeGreaterThan(Date.now() - 60_000);
    const done = ok(await api.run(SET, { id, status: 'DONE' }, { role: 'editor' })).setTaskStatus;
    expect(done).toMatchObject({ status: 'DONE', overdue: false, statusNote: null });
  });

  it('says NOT_FOUND for a task that does not exist', async () => {
    const result = await api.run(SET, { id: toGlobalId('Task', 'nothing#task0'), status: 'DONE' }, { role: 'editor' });
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
