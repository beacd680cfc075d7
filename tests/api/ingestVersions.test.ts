/**
 * ingestDocument keeps documents apart by key (not fileName), versions a changed text with its recorded
 * progress, refuses an excerpt unless replace is true, and answers every concurrent caller.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { deleteDocument } from '../../src/graph/documentStore';
import { DEFAULT_DUTIES, decisionKey, decisionNumber, decisionText } from '../support/decisionText';
import { keyFromId } from '../../src/api/globalId';
import { ok } from './executor.fixtures';
import { useExecutor } from '../support/fixtures';
const used: number[] = [];
function number(): number {
  const n = decisionNumber();
  used.push(n);
  return n;
}

const INGEST = `mutation($fileName: String!, $text: String!, $replace: Boolean) {
  ingestDocument(fileName: $fileName, text: $text, replace: $replace) {
    status version carriedTasks unmatchedTasks { key status statusNote }
    document { key tasks(first: 20) { nodes { id text status statusNote } } } } }`;
const SET_STATUS = `mutation($taskId: ID!, $status: TaskStatus!, $note: String) { setTaskStatus(taskId: $taskId, status: $status, note: $note) { status } }`;
const VERSIONS = `query($id: ID!) { document(id: $id) { versions { number contentHash ingestedAt supersededAt sourceFile sourcePath text
  recordedProgress { taskKey status statusNote carriedTo } } } }`;

const fx = useExecutor();

afterAll(async () => {
  for (const n of used) await deleteDocument(fx.graph, decisionKey(n));
});

const ingest = (fileName: string, text: string, replace?: boolean) => fx.api.run(INGEST, { fileName, text, replace }, { role: 'editor' });

describe('ingestDocument', () => {
  it('keeps two documents sent with the same fileName', async () => {
    const [a, b] = [number(), number()];
    expect(ok(await ingest('scan.txt', decisionText(a))).ingestDocument.status).toBe('CREATED');
    expect(ok(await ingest('scan.txt', decisionText(b))).ingestDocument.status).toBe('CREATED');
    const both = ok(await fx.api.run(`query($a: ID!, $b: ID!) { a: document(id: $a) { ingested } b: document(id: $b) { ingested } }`, { a: decisionKey(a), b: decisionKey(b) }));
    expect(both).toEqual({ a: { ingested: true }, b: { ingested: true } });
  });

  it('makes a corrected text version 2 with the recorded status carried over, and keeps version 1 readable', async () => {
    const n = number();
    const v1 = decisionText(n);
    const created = ok(await ingest('qd.txt', v1)).ingestDocument;
    expect(created).toMatchObject({ status: 'CREATED', version: 1, carriedTasks: 0, unmatchedTasks: [] });
    const justice = created.document.tasks.nodes.find((t: any) => t.text.includes('Sở Tư pháp'));
    ok(await fx.api.run(SET_STATUS, { taskId: justice.id, status: 'DONE', note: 'Đã rà soát 120 thủ tục' }, { role: 'editor' }));

    const corrected = decisionText(n, DEFAULT_DUTIES.map((d) => d.replace('thẩm quyền', 'thẩm quyển')));
    const updated = ok(await ingest('uploads/qd-v2.txt', corrected)).ingestDocument;
    expect(updated).toMatchObject({ status: 'UPDATED', version: 2, carriedTasks: 1, unmatchedTasks: [] });
    const carried = updated.document.tasks.nodes.find((t: any) => t.text.includes('Sở Tư pháp'));
    expect(carried).toMatchObject({
      text: expect.stringContaining('thẩm quyển'),
      status: 'DONE',
      statusNote: 'Đã rà soát 120 thủ tục',
    });

    const versions = ok(await fx.api.run(VERSIONS, { id: decisionKey(n) })).document.versions;
    expect(versions.map((v: any) => [v.number, v.sourceFile, v.sourcePath, v.text])).toEqual([
      [2, 'qd-v2.txt', 'uploads/qd-v2.txt', corrected],
      [1, 'qd.txt', 'qd.txt', v1],
    ]);
    expect(versions[0].contentHash).not.toBe(versions[1].contentHash);
    expect(versions[1].recordedProgress).toEqual([
      { taskKey: keyFromId(justice.id, 'Task', 'id'), status: 'DONE', statusNote: 'Đã rà soát 120 thủ tục', carriedTo: keyFromId(carried.id, 'Task', 'id') },
    ]);
  });

  it('refuses an excerpt with SUSPICIOUS_REPLACEMENT and the numbers, and applies it with replace: true', async () => {
    const n = number();
    ok(await ingest('full.txt', decisionText(n)));
    const refused = await ingest('excerpt.txt', decisionText(n, DEFAULT_DUTIES.slice(0, 1)));
    expect(refused.errors?.[0]?.extensions?.code).toBe('SUSPICIOUS_REPLACEMENT');
    expect(refused.errors?.[0]?.message).toMatch(/it has 2 of the 6 stored tasks.*replace: true/);
    expect(ok(await fx.api.run(VERSIONS, { id: decisionKey(n) })).document.versions).toHaveLength(1);

    const applied = ok(await ingest('excerpt.txt', decisionText(n, DEFAULT_DUTIES.slice(0, 1)), true)).ingestDocument;
    expect(applied).toMatchObject({ status: 'UPDATED', version: 2 });
    expect(applied.document.tasks.nodes).toHaveLength(2);
  });

  it('answers ten identical concurrent calls with one CREATED and nine UNCHANGED', async () => {
    const text = decisionText(number());
    const results = await Promise.all(Array.from({ length: 10 }, () => ingest('same.txt', text)));
    const statuses = results.map((r) => r.data?.ingestDocument?.status ?? r.errors?.[0]?.extensions?.code);
    expect(statuses.sort()).toEqual(['CREATED', ...Array(9).fill('UNCHANGED')]);
  });
});
