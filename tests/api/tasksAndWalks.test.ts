import { describe, expect, it } from 'vitest';
import { toGlobalId } from '../../src/api/globalId';
import { todayInVietnam } from '../../src/graph/taskQueries';
import { ok } from './executor.fixtures';
import { useExecutor, useWorld } from '../support/fixtures';
const doc = (key: string) => toGlobalId('Document', key);

const fx = useExecutor(useWorld());

describe('bodies and their tasks', () => {
  const QUERY = `query($name: String!, $jurisdiction: String, $role: AssignmentRole, $documentId: ID, $downstream: Boolean, $dueBefore: String) {
    bodies(filter: { name: $name, jurisdiction: $jurisdiction }) { totalCount nodes { name jurisdiction
      tasks(role: $role, documentId: $documentId, includeDownstream: $downstream, dueBefore: $dueBefore) {
        totalCount nodes { text document { symbol } assignments { role body { name } } } }
      issued { totalCount } } } }`;

  it('finds a body by name without diacritics and lists the tasks it leads and coordinates', async () => {
    const data = ok(await fx.api.run(QUERY, { name: 'so noi vu', jurisdiction: fx.world.province }));
    expect(data.bodies.totalCount).toBe(1);
    const home = data.bodies.nodes[0];
    expect(home).toMatchObject({ name: 'Sở Nội vụ', jurisdiction: fx.world.province, issued: { totalCount: 0 } });
    const roles = home.tasks.nodes.map((t: any) => t.assignments.find((a: any) => a.body.name === 'Sở Nội vụ').role);
    expect(roles.sort()).toEqual(['COORDINATE', 'LEAD', 'LEAD']);
    const lead = ok(await fx.api.run(QUERY, { name: 'Sở Nội vụ', jurisdiction: fx.world.province, role: 'LEAD' })).bodies.nodes[0].tasks;
    expect(lead.nodes.map((t: any) => t.document.symbol)).toEqual(['10/KH-UBND', '2898/QĐ-UBND']);
  });

  it('counts a body\'s tasks once each, whether a filter narrows them or not (two counting passes, one runs)', async () => {
    const all = ok(await fx.api.run(QUERY, { name: 'Sở Nội vụ', jurisdiction: fx.world.province })).bodies.nodes[0].tasks;
    expect(all.totalCount).toBe(all.nodes.length);
    expect(all.totalCount).toBe(3);
    // The task it coordinates and supervises is one task, listed once with both of its roles.
    const ownRoles = all.nodes.map((t: any) => t.assignments.filter((a: any) => a.body.name === 'Sở Nội vụ').map((a: any) => a.role).join('+'));
    expect(ownRoles.sort()).toEqual(['COORDINATE+SUPERVISE', 'LEAD', 'LEAD']);
    const supervised = ok(await fx.api.run(QUERY, { name: 'Sở Nội vụ', jurisdiction: fx.world.province, role: 'SUPERVISE' })).bodies.nodes[0].tasks;
    expect(supervised.totalCount).toBe(1);
    const lead = ok(await fx.api.run(QUERY, { name: 'Sở Nội vụ', jurisdiction: fx.world.province, role: 'LEAD' })).bodies.nodes[0].tasks;
    expect(lead.totalCount).toBe(2);
  });

  it('narrows a body\'s tasks to a directive and everything downstream of it, and by deadline', async () => {
    const fromPlan = ok(await fx.api.run(QUERY, { name: 'Sở Tài chính', jurisdiction: fx.world.province, documentId: doc(fx.world.keys.plan), downstream: true }));
    expect(fromPlan.bodies.nodes[0].tasks.totalCount).toBe(2);
    const onlyPlan = ok(await fx.api.run(QUERY, { name: 'Sở Tài chính', jurisdiction: fx.world.province, documentId: doc(fx.world.keys.plan), downstream: false }));
    expect(onlyPlan.bodies.nodes[0].tasks.totalCount).toBe(0);
    const due = ok(await fx.api.run(QUERY, { name: 'Sở Nội vụ', jurisdiction: fx.world.province, dueBefore: '2026-01-01' }));
    expect(due.bodies.nodes[0].tasks.nodes.map((t: any) => t.text)).toEqual([
      'Chủ trì hướng dẫn, theo dõi việc thực hiện Kế hoạch cải cách hành chính; báo cáo trước ngày 20/12/2025',
      'Phối hợp kiểm tra công tác cải cách hành chính tại các địa phương',
    ]);
  });

  it('lists the documents a body issued', async () => {
    const data = ok(await fx.api.run(`query($name: String!, $j: String) { bodies(filter: { name: $name, jurisdiction: $j }) { nodes { issued { nodes { key } } } } }`, {
      name: `UBND ${fx.world.province}`,
      j: fx.world.province,
    }));
    expect(data.bodies.nodes[0].issued.nodes.map((d: any) => d.key)).toEqual([fx.world.keys.report, fx.world.keys.decision, fx.world.keys.plan]);
  });
});

describe('tasks(filter)', () => {
  it('combines body, role, document scope and text', async () => {
    const data = ok(
      await fx.api.run(`query($filter: TaskFilter) { tasks(filter: $filter) { totalCount nodes { key } } }`, {
        filter: { bodyId: toGlobalId('Body', fx.world.bodies.finance), role: 'LEAD', documentId: fx.world.keys.resolution, includeDownstream: true, text: 'kinh phi' },
      }),
    );
    expect(data.tasks).toEqual({ totalCount: 1, nodes: [{ key: `${fx.world.keys.decision}#task2` }] });
  });

  it('refuses includeDownstream without a document', async () => {
    const result = await fx.api.run(`{ tasks(filter: { includeDownstream: true }) { totalCount } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('lineage, citationPath, mandate', () => {
  it('draws the lineage of a decision as nodes, edges and paths of global ids', async () => {
    const data = ok(
      await fx.api.run(`query($id: ID!) { lineage(documentId: $id, maxDepth: 2) { root { key } nodes { depth document { key id } }
        edges { from to relation depth } paths truncated } }`, { id: doc(fx.world.keys.decision) }),
    );
    const lineage = data.lineage;
    const ids = new Map(lineage.nodes.map((n: any) => [n.document.id, n.document.key]));
    expect(lineage.root.key).toBe(fx.world.keys.decision);
    expect(lineage.nodes.find((n: any) => n.document.key === fx.world.keys.council).depth).toBe(2);
    expect(lineage.edges.every((e: any) => ids.has(e.from) && ids.has(e.to))).toBe(true);
    expect(lineage.paths.every((p: string[]) => p[0] === doc(fx.world.keys.decision) && p.every((id) => ids.has(id)))).toBe(true);
    expect(lineage.truncated).toBe(false);
  });

  it('gives downstream lineage, and says which document is missing', async () => {
    const down = ok(await fx.api.run(`query($id: ID!) { lineage(documentId: $id, direction: DOWNSTREAM) { nodes { document { key } } } }`, { id: fx.world.keys.council }));
    expect(down.lineage.nodes.map((n: any) => n.document.key).sort()).toEqual([fx.world.keys.council, fx.world.keys.decision, fx.world.keys.plan, fx.world.keys.report].sort());
    const missing = await fx.api.run(`{ lineage(documentId: "nothing@nowhere") { root { key } } }`);
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('finds the shortest citation path in either direction', async () => {
    const QUERY = `query($from: ID!, $to: ID!) { citationPath(fromId: $from, toId: $to) { length documents { key } citations { from { key } to { key } relation } } }`;
    const up = ok(await fx.api.run(QUERY, { from: doc(fx.world.keys.report), to: doc(fx.world.keys.party) })).citationPath;
    expect(up).toEqual([
      {
        length: 2,
        documents: [{ key: fx.world.keys.report }, { key: fx.world.keys.decision }, { key: fx.world.keys.party }],
        citations: [
          { from: { key: fx.world.keys.report }, to: { key: fx.world.keys.decision }, relation: 'REFERENCES' },
          { from: { key: fx.world.keys.decision }, to: { key: fx.world.keys.party }, relation: 'IMPLEMENTS' },
        ],
      },
    ]);
    const down = ok(await fx.api.run(QUERY, { from: doc(fx.world.keys.party), to: doc(fx.world.keys.report) })).citationPath;
    expect(down[0].documents.map((d: any) => d.key)).toEqual([fx.world.keys.party, fx.world.keys.decision, fx.world.keys.report]);
  });

  it('explains a task\'s mandate up to the national resolution', async () => {
    const data = ok(
      await fx.api.run(`query($id: ID!) { mandate(taskId: $id) { task { text } document { key }
        chain { depth relation document { key } citedBy { key } } national { key } truncated } }`, {
        id: toGlobalId('Task', `${fx.world.keys.decision}#task0`),
      }),
    );
    expect(data.mandate.document.key).toBe(fx.world.keys.decision);
    expect(data.mandate.national).toEqual([{ key: fx.world.keys.resolution }]);
    expect(data.mandate.chain[0]).toMatchObject({ depth: 1, citedBy: { key: fx.world.keys.decision } });
    expect(data.mandate.chain).toContainEqual({ depth: 2, relation: 'BASIS', document: { key: fx.world.keys.council }, citedBy: { key: fx.world.keys.plan } });
  });

  it('brings the task\'s assignments in the mandate\'s one statement, the same as the task itself lists them', async () => {
    const id = toGlobalId('Task', `${fx.world.keys.decision}#task0`);
    const ASSIGNMENTS = 'assignments { role evidence section official body { key name } }';
    const before = fx.graph.queryCount;
    const data = ok(await fx.api.run(`query($id: ID!) { mandate(taskId: $id) { task { key ${ASSIGNMENTS} } national { key } } }`, { id }));
    expect(fx.graph.queryCount - before).toBe(1);
    const alone = ok(await fx.api.run(`query($id: ID!) { task(id: $id) { key ${ASSIGNMENTS} } }`, { id }));
    expect(data.mandate.task.assignments.length).toBeGreaterThan(0);
    expect(data.mandate.task).toEqual(alone.task);
  });
});

describe('setTaskStatus', () => {
  const SET = `mutation($id: ID!, $status: TaskStatus!, $note: String) { setTaskStatus(taskId: $id, status: $status, note: $note) {
    status statusNote statusUpdatedAt overdue dueBy } }`;

  it('needs an editor key', async () => {
    const id = toGlobalId('Task', `${fx.world.keys.decision}#task1`);
    const anonymous = await fx.api.run(SET, { id, status: 'DONE' });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(anonymous.status).toBe(401);
    const reader = await fx.api.run(SET, { id, status: 'DONE' }, { role: 'reader' });
    expect(reader.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(reader.errors?.[0]?.message).toContain('API_EDITOR_KEYS');
  });

  it('records progress, and a task past its deadline is overdue until it is DONE', async () => {
    const id = toGlobalId('Task', `${fx.world.keys.decision}#task1`); // due by the end of 2024
    const before = ok(await fx.api.run(`query($id: ID!) { node(id: $id) { ... on Task { overdue status } } }`, { id })).node;
    expect(before).toEqual({ overdue: todayInVietnam() > '2024-12-31', status: 'NOT_STARTED' });
    const started = ok(await fx.api.run(SET, { id, status: 'IN_PROGRESS', note: 'Đang kiểm tra' }, { role: 'editor' })).setTaskStatus;
    expect(started).toMatchObject({ status: 'IN_PROGRESS', statusNote: 'Đang kiểm tra', dueBy: '2024-12-31' });
    expect(Date.parse(started.statusUpdatedAt)).toBeGreaterThan(Date.now() - 60_000);
    const done = ok(await fx.api.run(SET, { id, status: 'DONE' }, { role: 'editor' })).setTaskStatus;
    expect(done).toMatchObject({ status: 'DONE', overdue: false, statusNote: null });
  });

  it('says NOT_FOUND for a task that does not exist', async () => {
    const result = await fx.api.run(SET, { id: toGlobalId('Task', 'nothing#task0'), status: 'DONE' }, { role: 'editor' });
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
