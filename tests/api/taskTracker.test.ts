/**
 * Task status a tracker can count: the day a task was done, DONE split into on time and late against its
 * last day, a status history and deadline extensions that are appended, never rewritten, and a body's
 * dashboard counted in the database whose every number lists the same tasks through Body.tasks.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type GraphClient } from '../../src/graph/driver';
import { migrate } from '../../src/graph/migrations';
import { toGlobalId } from '../../src/api/globalId';
import { ExplorerSetTaskStatusDocument } from '../../src/api/generated/operations';
import { testNeo4jSettings } from '../support/neo4j';
import { buildWorld, removeWorld, type World } from '../graph/world.fixtures';
import { ok, startExecutor, type Executor } from './executor.fixtures';
import { request, startTestApi, type TestApi } from './server.fixtures';

let graph: GraphClient;
let world: World;
let api: Executor;
const taskId = (key: string) => toGlobalId('Task', key);

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

const CELL = `query($id: ID!, $asOf: String) { task(id: $id) { dueBy status completedAt trackerCell(asOf: $asOf) } }`;
const SET_STATUS = `mutation($id: ID!, $status: TaskStatus!, $note: String, $completedAt: String) {
  setTaskStatus(taskId: $id, status: $status, note: $note, completedAt: $completedAt) {
    status completedAt history { kind by status dueBy previousDueBy note } } }`;
const EXTEND = `mutation($id: ID!, $dueBy: String!, $reason: String!) {
  extendTaskDeadline(taskId: $id, dueBy: $dueBy, reason: $reason) { dueBy deadlineRaw history { kind by status dueBy previousDueBy note } } }`;

async function cellOf(key: string, asOf: string): Promise<string> {
  return ok(await api.run(CELL, { id: taskId(key), asOf })).task.trackerCell;
}

describe('tracker cells', () => {
  it('count a task not done as in progress until its last day, then overdue', async () => {
    const d = world.keys.decision;
    expect(await cellOf(`${d}#task0`, '2025-12-20')).toBe('IN_PROGRESS');
    expect(await cellOf(`${d}#task0`, '2025-12-21')).toBe('OVERDUE');
    // A period counts as due on its last day; no deadline is never overdue.
    expect(ok(await api.run(CELL, { id: taskId(`${d}#task1`), asOf: '2025-03-01' })).task).toMatchObject({ dueBy: '2024-12-31', trackerCell: 'OVERDUE' });
    expect(await cellOf(`${d}#task2`, '2099-01-01')).toBe('IN_PROGRESS');
  });

  it('a deadline extension records its reason and who made it, and moves an overdue task back in progress', async () => {
    const key = `${world.keys.decision}#task1`;
    const anonymous = await api.run(EXTEND, { id: taskId(key), dueBy: '2025-06-30', reason: 'Chờ hướng dẫn của Bộ Nội vụ' });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const extended = ok(await api.run(EXTEND, { id: taskId(key), dueBy: '2025-06-30', reason: 'Chờ hướng dẫn của Bộ Nội vụ' }, { role: 'editor' }));
    expect(extended.extendTaskDeadline).toEqual({
      dueBy: '2025-06-30',
      deadlineRaw: 'trong năm 2024',
      history: [{ kind: 'DEADLINE', by: 'editor', status: 'NOT_STARTED', dueBy: '2025-06-30', previousDueBy: '2024-12-31', note: 'Chờ hướng dẫn của Bộ Nội vụ' }],
    });
    expect(await cellOf(key, '2025-03-01')).toBe('IN_PROGRESS');
    expect(await cellOf(key, '2025-07-01')).toBe('OVERDUE');
    const earlier = await api.run(EXTEND, { id: taskId(key), dueBy: '2025-01-31', reason: 'sớm hơn' }, { role: 'editor' });
    expect(earlier.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const noReason = await api.run(EXTEND, { id: taskId(key), dueBy: '2025-09-30', reason: '  ' }, { role: 'editor' });
    expect(noReason.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('a status change by an editor moves a task between cells, DONE split on time / late by the day it was done', async () => {
    const key = `${world.keys.decision}#task1`;
    const late = ok(await api.run(SET_STATUS, { id: taskId(key), status: 'DONE', note: 'Đã kiểm tra 12 xã', completedAt: '2025-08-15' }, { role: 'editor' }));
    expect(late.setTaskStatus).toMatchObject({ status: 'DONE', completedAt: '2025-08-15' });
    expect(await cellOf(key, '2025-09-01')).toBe('DONE_LATE');
    // Before the day it was done, it was not done yet.
    expect(await cellOf(key, '2025-08-01')).toBe('OVERDUE');
    ok(await api.run(SET_STATUS, { id: taskId(key), status: 'DONE', note: 'Ngày hoàn thành sửa lại', completedAt: '2025-06-20' }, { role: 'editor' }));
    expect(await cellOf(key, '2025-09-01')).toBe('DONE_ON_TIME');

    const reopened = ok(await api.run(SET_STATUS, { id: taskId(`${world.keys.plan}#task0`), status: 'DONE' }, { role: 'editor' }));
    expect(reopened.setTaskStatus.completedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const back = ok(await api.run(SET_STATUS, { id: taskId(`${world.keys.plan}#task0`), status: 'IN_PROGRESS', note: 'Mở lại' }, { role: 'editor' }));
    expect(back.setTaskStatus.completedAt).toBeNull();
    expect(back.setTaskStatus.history.map((h: any) => [h.kind, h.status, h.note])).toEqual([
      ['STATUS', 'DONE', null],
      ['STATUS', 'IN_PROGRESS', 'Mở lại'],
    ]);
  });

  it('keeps every change in the history, oldest first', async () => {
    const key = `${world.keys.decision}#task1`;
    const { task } = ok(await api.run(`query($id: ID!) { task(id: $id) { statusNote history { kind status dueBy previousDueBy note } } }`, { id: taskId(key) }));
    expect(task.statusNote).toBe('Ngày hoàn thành sửa lại');
    expect(task.history).toEqual([
      { kind: 'DEADLINE', status: 'NOT_STARTED', dueBy: '2025-06-30', previousDueBy: '2024-12-31', note: 'Chờ hướng dẫn của Bộ Nội vụ' },
      { kind: 'STATUS', status: 'DONE', dueBy: '2025-06-30', previousDueBy: null, note: 'Đã kiểm tra 12 xã' },
      { kind: 'STATUS', status: 'DONE', dueBy: '2025-06-30', previousDueBy: null, note: 'Ngày hoàn thành sửa lại' },
    ]);
  });

  it('refuses a completion day with another status, or in the future', async () => {
    const id = taskId(`${world.keys.decision}#task2`);
    const other = await api.run(SET_STATUS, { id, status: 'IN_PROGRESS', completedAt: '2025-01-01' }, { role: 'editor' });
    expect(other.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const future = await api.run(SET_STATUS, { id, status: 'DONE', completedAt: '2999-01-01' }, { role: 'editor' });
    expect(future.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('a body\'s dashboard', () => {
  const DASHBOARD = `query($id: ID!, $asOf: String, $role: AssignmentRole) { body(id: $id) { dashboard(asOf: $asOf, role: $role) {
    asOf role total { doneOnTime doneLate inProgress overdue total }
    byDocument { document { id key } counts { doneOnTime doneLate inProgress overdue total } }
    byDueMonth { month counts { doneOnTime doneLate inProgress overdue total } } } } }`;
  // The four lists behind one row of numbers, in one request.
  const list = (cell: string) =>
    `${cell}: tasks(cell: ${cell}, documentId: $documentId, dueMonth: $dueMonth, asOf: $asOf, role: $role, first: 100) { totalCount nodes { key trackerCell(asOf: $asOf) } }`;
  const LIST = `query($id: ID!, $documentId: ID, $dueMonth: String, $asOf: String, $role: AssignmentRole) { body(id: $id) {
    ${['DONE_ON_TIME', 'DONE_LATE', 'IN_PROGRESS', 'OVERDUE'].map(list).join('\n    ')} } }`;
  const FIELDS = { DONE_ON_TIME: 'doneOnTime', DONE_LATE: 'doneLate', IN_PROGRESS: 'inProgress', OVERDUE: 'overdue' } as const;
  const home = () => toGlobalId('Body', world.bodies.home);

  it('counts the tasks in the four cells, by source directive and by deadline month', async () => {
    const { dashboard } = ok(await api.run(DASHBOARD, { id: home(), asOf: '2025-09-01' })).body;
    // Sở Nội vụ: 2898 #0 due 2025-12-20 (in progress), #1 extended to 2025-06-30 and done 2025-06-20 (on time); 10/KH #0 due 2030-06-30.
    expect(dashboard.total).toEqual({ doneOnTime: 1, doneLate: 0, inProgress: 2, overdue: 0, total: 3 });
    expect(dashboard.byDocument.map((r: any) => [r.document.key, r.counts.total, r.counts.doneOnTime])).toEqual([
      [world.keys.decision, 2, 1],
      [world.keys.plan, 1, 0],
    ]);
    expect(dashboard.byDueMonth.map((r: any) => [r.month, r.counts.total])).toEqual([['2025-06', 1], ['2025-12', 1], ['2030-06', 1]]);
    const later = ok(await api.run(DASHBOARD, { id: home(), asOf: '2026-01-01' })).body.dashboard;
    expect(later.total).toEqual({ doneOnTime: 1, doneLate: 0, inProgress: 1, overdue: 1, total: 3 });
  });

  it('dashboard counts equal the listed tasks: every number lists exactly its tasks, each in that cell', async () => {
    for (const [asOf, role] of [['2025-09-01', null], ['2026-01-01', null], ['2026-01-01', 'LEAD']] as const) {
      const { dashboard } = ok(await api.run(DASHBOARD, { id: home(), asOf, role })).body;
      const rows: { filter: Record<string, unknown>; counts: Record<string, number> }[] = [
        { filter: {}, counts: dashboard.total },
        ...dashboard.byDocument.map((r: any) => ({ filter: { documentId: r.document.id }, counts: r.counts })),
        ...dashboard.byDueMonth.map((r: any) => ({ filter: { dueMonth: r.month }, counts: r.counts })),
      ];
      for (const row of rows) {
        const lists = ok(await api.run(LIST, { id: home(), asOf, role, ...row.filter })).body;
        for (const [cell, field] of Object.entries(FIELDS)) {
          expect(lists[cell].totalCount, `${asOf} ${role} ${JSON.stringify(row.filter)} ${cell}`).toBe(row.counts[field]);
          for (const t of lists[cell].nodes) expect(t.trackerCell).toBe(cell);
        }
      }
    }
  }, 120_000);
});

describe('who changed a task', () => {
  let server: TestApi;
  const key = 'a-long-editor-secret-1234';
  beforeAll(async () => {
    server = await startTestApi({ editorKeys: [key] });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('is the editor key\'s label in the history, never the key', async () => {
    const answer = await request(
      server.url,
      ExplorerSetTaskStatusDocument,
      { taskId: taskId(`${world.keys.decision}#task2`), status: 'IN_PROGRESS', note: 'Đang bố trí' },
      { authorization: `Bearer ${key}` },
    );
    expect(answer.errors).toBeUndefined();
    const last = answer.data!.setTaskStatus.history.at(-1)!;
    expect(last.by).toMatch(/^editor:[0-9a-f]{12}$/);
    expect(JSON.stringify(answer.data)).not.toContain(key);
  });
});
