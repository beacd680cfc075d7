/**
 * A document is its key, not its file; a changed text is a new version that keeps the old text and moves
 * recorded progress to the matching tasks; an excerpt does not silently replace a document; concurrent
 * writers all get an answer. Real extraction of realistic decisions, against the real test server.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config';
import { connect, type GraphClient } from '../../src/graph/driver';
import { migrate } from '../../src/graph/migrations';
import { deleteDocument, ingestExtraction, type IngestOutcome } from '../../src/graph/documentStore';
import { versionsOf } from '../../src/graph/documentQueries';
import { prepareDocument } from '../../src/ingest/ingestFiles';
import type { Extraction } from '../../src/extract/types';
import { testNeo4jSettings } from '../support/neo4j';
import { DEFAULT_DUTIES, decisionKey, decisionNumber, decisionText } from '../support/decisionText';

let graph: GraphClient;
const keys: string[] = [];

beforeAll(async () => {
  graph = await connect(testNeo4jSettings());
  await migrate(graph);
});
afterAll(async () => {
  for (const key of keys) await deleteDocument(graph, key);
  await graph.close();
});

async function prepared(text: string, name: string) {
  const p = await prepareDocument(Buffer.from(text, 'utf8'), name, 5 * 1024 * 1024);
  if (!p.ok) throw new Error(`${p.code}: ${p.message}`);
  keys.push(p.extraction.document.key);
  return p;
}

async function ingest(text: string, sourcePath: string, options: { replace?: boolean } = {}): Promise<IngestOutcome> {
  const p = await prepared(text, path.basename(sourcePath));
  return ingestExtraction(graph, p.extraction, path.basename(sourcePath), { sourcePath, text: p.text, ...options });
}

async function taskByDuty(key: string, words: string): Promise<{ key: string; status: string; statusNote: string | null }> {
  const [row] = await graph.read<{ key: string; status: string; statusNote: string | null }>(
    'MATCH (:Document {key: $key})-[:HAS_TASK]->(t:Task) WHERE t.text CONTAINS $words RETURN t.key AS key, t.status AS status, t.statusNote AS statusNote',
    { key, words },
  );
  if (!row) throw new Error(`no task of ${key} says "${words}"`);
  return row;
}

async function setStatus(taskKey: string, status: string, note: string): Promise<void> {
  await graph.write('MATCH (t:Task {key: $taskKey}) SET t.status = $status, t.statusNote = $note, t.statusUpdatedAt = toString(datetime())', {
    taskKey,
    status,
    note,
  });
}

describe('document identity', () => {
  it('keeps two documents from files with the same name, and answers UNCHANGED with statuses kept on a re-run', async () => {
    const [a, b] = [decisionNumber(), decisionNumber()];
    expect((await ingest(decisionText(a), 'a/quyet-dinh.txt')).status).toBe('created');
    expect((await ingest(decisionText(b), 'b/quyet-dinh.txt')).status).toBe('created');
    const task = await taskByDuty(decisionKey(a), 'Sở Tư pháp');
    await setStatus(task.key, 'DONE', 'Đã rà soát 120 thủ tục');

    const again = await ingest(decisionText(b), 'b/quyet-dinh.txt');
    expect(again.status).toBe('unchanged');
    const [row] = await graph.read<{ ingested: boolean[] }>('MATCH (d:Document) WHERE d.key IN $keys RETURN collect(d.ingested) AS ingested', {
      keys: [decisionKey(a), decisionKey(b)],
    });
    expect(row!.ingested).toEqual([true, true]);
    expect(await taskByDuty(decisionKey(a), 'Sở Tư pháp')).toMatchObject({ status: 'DONE', statusNote: 'Đã rà soát 120 thủ tục' });
  });
});

describe('a changed text', () => {
  it('becomes version 2, keeps version 1 readable, and moves recorded progress to the same duty at its new position', async () => {
    const n = decisionNumber();
    const v1 = decisionText(n);
    await ingest(v1, 'in/qd.txt');
    const justice = await taskByDuty(decisionKey(n), 'Sở Tư pháp');
    await setStatus(justice.key, 'DONE', 'Đã rà soát xong');
    const health = await taskByDuty(decisionKey(n), 'Sở Y tế');
    await setStatus(health.key, 'IN_PROGRESS', 'Đang lấy ý kiến');

    // A one-word correction of the justice duty, a new first article (every position shifts), and the
    // health duty withdrawn.
    const duties = [
      'Giao Văn phòng Ủy ban nhân dân tỉnh chủ trì tổng hợp, theo dõi tiến độ thực hiện Kế hoạch.',
      ...DEFAULT_DUTIES.slice(0, 4).map((d) => d.replace('rà soát thủ tục', 'rà soát các thủ tục')),
    ];
    const outcome = await ingest(decisionText(n, duties), 'in/qd-sua.txt');
    expect(outcome).toMatchObject({ status: 'updated', version: 2, carriedTasks: 1 });
    expect(outcome.unmatchedTasks).toEqual([
      expect.objectContaining({ key: health.key, status: 'IN_PROGRESS', statusNote: 'Đang lấy ý kiến' }),
    ]);

    const moved = await taskByDuty(decisionKey(n), 'Sở Tư pháp');
    expect(moved.key).not.toBe(justice.key);
    expect(moved).toMatchObject({ status: 'DONE', statusNote: 'Đã rà soát xong' });
    expect(await taskByDuty(decisionKey(n), 'Văn phòng')).toMatchObject({ status: 'NOT_STARTED', statusNote: null });

    const [versions] = await versionsOf(graph, [decisionKey(n)]);
    expect(versions!.map((v) => [v.number, v.sourcePath, v.text])).toEqual([
      [2, 'in/qd-sua.txt', decisionText(n, duties)],
      [1, 'in/qd.txt', v1],
    ]);
    expect(versions![0]!.supersededAt).toBeNull();
    expect(versions![1]!.supersededAt).not.toBeNull();
    expect(versions![1]!.recordedProgress).toEqual([
      expect.objectContaining({ taskKey: justice.key, status: 'DONE', carriedTo: moved.key }),
      expect.objectContaining({ taskKey: health.key, status: 'IN_PROGRESS', statusNote: 'Đang lấy ý kiến', carriedTo: null }),
    ]);
  });

  it('records the text it replaces as version 1 when the document was ingested before versions were kept', async () => {
    const n = decisionNumber();
    await ingest(decisionText(n), 'old.txt');
    await graph.write('MATCH (v:Version {documentKey: $key}) DETACH DELETE v', { key: decisionKey(n) });
    const outcome = await ingest(decisionText(n, DEFAULT_DUTIES.slice(0, 4)), 'new.txt');
    expect(outcome).toMatchObject({ status: 'updated', version: 2 });
    const [versions] = await versionsOf(graph, [decisionKey(n)]);
    expect(versions!.map((v) => [v.number, v.sourceFile, v.text === null])).toEqual([
      [2, 'new.txt', false],
      [1, 'old.txt', true],
    ]);
  });
});

describe('an excerpt of a stored document', () => {
  // Sample 004 (35 tasks, 47 citations) under a title of its own, so no other test shares its key.
  async function sample004(): Promise<string> {
    const text = await readFile(path.join(PROJECT_ROOT, 'data/corpus/004_8f07e00dd8583e0d.txt'), 'utf8');
    return text.replace('6 tháng cuối năm 2023', `6 tháng cuối năm 2023 đợt ${decisionNumber()}`);
  }
  function excerpt(full: string): string {
    const header = full.slice(0, full.indexOf('Điều 1.'));
    const articles = full.slice(full.indexOf('Điều 1.')).split('\n').filter((l) => l.trim()).slice(0, 3);
    return `${header}${articles.join('\n')}\n`;
  }

  it('is refused with SUSPICIOUS_REPLACEMENT and the numbers, and changes nothing', async () => {
    const full = await sample004();
    const created = await ingest(full, '004.txt');
    const key = created.key;
    const before = await graph.read('MATCH (d:Document {key: $key}) RETURN d.contentHash AS hash, COUNT { (d)-[:HAS_TASK]->() } AS tasks, COUNT { (d)-[:CITES]->() } AS citations', { key });
    expect(before[0]).toMatchObject({ tasks: 35, citations: 47 });

    const refused = ingest(excerpt(full), 'scan.txt');
    await expect(refused).rejects.toMatchObject({ code: 'SUSPICIOUS_REPLACEMENT' });
    await expect(refused).rejects.toThrow(/characters against \d+ stored.*of the 35 stored tasks.*of the 47 stored citations.*replace: true/);
    expect(await graph.read('MATCH (d:Document {key: $key}) RETURN d.contentHash AS hash, COUNT { (d)-[:HAS_TASK]->() } AS tasks, COUNT { (d)-[:CITES]->() } AS citations', { key })).toEqual(before);
  });

  it('replaces the document when replace is true, keeping cited documents that others still cite', async () => {
    const full = await sample004();
    const { key } = await ingest(full, '004.txt');
    const outcome = await ingest(excerpt(full), 'scan.txt', { replace: true });
    expect(outcome).toMatchObject({ status: 'updated', version: 2 });
    const [row] = await graph.read<{ tasks: number; national: boolean }>(
      'MATCH (d:Document {key: $key}) RETURN COUNT { (d)-[:HAS_TASK]->() } AS tasks, EXISTS { MATCH (:Document {key: "76/NQ-CP"}) } AS national',
      { key },
    );
    expect(row!.tasks).toBeLessThan(35);
    const [versions] = await versionsOf(graph, [key]);
    expect(versions!.map((v) => v.number)).toEqual([2, 1]);
    expect(versions![1]!.text).toBe(full.normalize('NFC').replace(/\r\n?/g, '\n'));
  });
});

describe('the same text read by changed extraction rules', () => {
  /** What an earlier release of the rules read in the text: one duty fewer, or one that is not in it. */
  function earlierReading(extraction: Extraction, change: 'missed' | 'extra'): Extraction {
    if (change === 'missed') {
      const missed = extraction.tasks.at(-1)!.ordinal;
      return {
        ...extraction,
        tasks: extraction.tasks.filter((t) => t.ordinal !== missed),
        assignments: extraction.assignments.filter((a) => a.taskOrdinal !== missed),
      };
    }
    const last = extraction.tasks.at(-1)!;
    const ordinal = last.ordinal + 1;
    const duty = 'Giao Sở Công Thương chủ trì tổ chức hội chợ hàng nông sản của tỉnh.';
    return { ...extraction, tasks: [...extraction.tasks, { ...last, ordinal, text: duty, sectionPath: 'Điều 99' }] };
  }

  it('is REEXTRACTED in place: same version, the new reading written, progress carried; then UNCHANGED', async () => {
    const n = decisionNumber();
    const p = await prepared(decisionText(n), 'qd.txt');
    const older = earlierReading(p.extraction, 'missed');
    expect(await ingestExtraction(graph, older, 'qd.txt', { sourcePath: 'qd.txt', text: p.text })).toMatchObject({ status: 'created', version: 1 });
    const task = await taskByDuty(decisionKey(n), 'Sở Tư pháp');
    await setStatus(task.key, 'IN_PROGRESS', 'Đã rà soát 40 thủ tục');
    const count = async () =>
      (await graph.read<{ tasks: number }>('MATCH (:Document {key: $key})-[:HAS_TASK]->(t:Task) RETURN count(t) AS tasks', { key: decisionKey(n) }))[0]!.tasks;
    expect(await count()).toBe(older.tasks.length);

    const reread = await ingestExtraction(graph, p.extraction, 'qd.txt', { sourcePath: 'qd.txt', text: p.text });
    expect(reread).toMatchObject({ status: 'reextracted', version: 1, sameAsVersion: 1, carriedTasks: 1, unmatchedTasks: [] });
    expect(await count()).toBe(p.extraction.tasks.length);
    expect(await taskByDuty(decisionKey(n), 'Sở Tư pháp')).toMatchObject({ status: 'IN_PROGRESS', statusNote: 'Đã rà soát 40 thủ tục' });
    expect(await taskByDuty(decisionKey(n), 'Sở Y tế')).toMatchObject({ status: 'NOT_STARTED' });
    const [versions] = await versionsOf(graph, [decisionKey(n)]);
    expect(versions!.map((v) => [v.number, v.supersededAt])).toEqual([[1, null]]);
    expect(versions![0]!.reextractedAt).not.toBeNull();
    const [v1] = await graph.read<{ tasks: number }>('MATCH (v:Version {key: $key}) RETURN v.tasks AS tasks', { key: `${decisionKey(n)}#v1` });
    expect(v1).toEqual({ tasks: p.extraction.tasks.length });

    expect(await ingestExtraction(graph, p.extraction, 'qd.txt', { sourcePath: 'qd.txt', text: p.text })).toMatchObject({ status: 'unchanged', version: 1 });
  });

  it('becomes a new version of the same text when recorded progress would find no task in the new reading', async () => {
    const n = decisionNumber();
    const p = await prepared(decisionText(n), 'qd.txt');
    const older = earlierReading(p.extraction, 'extra');
    await ingestExtraction(graph, older, 'qd.txt', { sourcePath: 'qd.txt', text: p.text });
    const phantom = await taskByDuty(decisionKey(n), 'hội chợ hàng nông sản');
    await setStatus(phantom.key, 'DONE', 'Đã tổ chức');

    const reread = await ingestExtraction(graph, p.extraction, 'qd.txt', { sourcePath: 'qd.txt', text: p.text });
    expect(reread).toMatchObject({ status: 'updated', version: 2, sameAsVersion: null });
    expect(reread.unmatchedTasks.map((t) => [t.key, t.status])).toEqual([[phantom.key, 'DONE']]);
    const [versions] = await versionsOf(graph, [decisionKey(n)]);
    expect(versions!.map((v) => [v.number, v.contentHash])).toEqual([
      [2, p.extraction.contentHash],
      [1, p.extraction.contentHash],
    ]);
    const [record] = await graph.read<{ statuses: string[] }>('MATCH (v:Version {key: $key}) RETURN v.taskStatuses AS statuses', {
      key: `${decisionKey(n)}#v1`,
    });
    expect(record!.statuses).toContain('DONE');
  });
});

describe('a text the document already had', () => {
  it('is UNCHANGED, whichever form comes last, and replace: true makes it current again as a new version', async () => {
    const n = decisionNumber();
    const first = decisionText(n);
    const corrected = decisionText(n, DEFAULT_DUTIES.map((d) => d.replace('rà soát thủ tục', 'rà soát các thủ tục')));
    expect(await ingest(first, 'a/qd.txt')).toMatchObject({ status: 'created', version: 1 });
    expect(await ingest(corrected, 'b/qd.txt')).toMatchObject({ status: 'updated', version: 2 });

    for (let run = 0; run < 2; run++) {
      expect(await ingest(first, 'a/qd.txt')).toMatchObject({ status: 'unchanged', version: 2, sameAsVersion: 1 });
      expect(await ingest(corrected, 'b/qd.txt')).toMatchObject({ status: 'unchanged', version: 2, sameAsVersion: 2 });
    }
    const [kept] = await versionsOf(graph, [decisionKey(n)]);
    expect(kept!.map((v) => v.number)).toEqual([2, 1]);

    const restored = await ingest(first, 'a/qd.txt', { replace: true });
    expect(restored).toMatchObject({ status: 'updated', version: 3, sameAsVersion: null });
    const [row] = await graph.read<{ hash: string }>('MATCH (d:Document {key: $key}) RETURN d.contentHash AS hash', { key: decisionKey(n) });
    const [versions] = await versionsOf(graph, [decisionKey(n)]);
    expect(versions!.map((v) => [v.number, v.sourcePath])).toEqual([
      [3, 'a/qd.txt'],
      [2, 'b/qd.txt'],
      [1, 'a/qd.txt'],
    ]);
    expect(row!.hash).toBe(versions![2]!.contentHash);
  });

  it('is recognised by its file as well: each version keeps the hash and format of the file it was read from', async () => {
    const n = decisionNumber();
    const p = await prepared(decisionText(n), 'qd.txt');
    await ingestExtraction(graph, p.extraction, 'qd.txt', { text: p.text, source: p.source });
    const [version] = await graph.read<{ sourceHash: string; sourceFormat: string }>(
      'MATCH (v:Version {documentKey: $key}) RETURN v.sourceHash AS sourceHash, v.sourceFormat AS sourceFormat',
      { key: decisionKey(n) },
    );
    expect(version).toEqual({ sourceHash: p.source.hash, sourceFormat: 'text' });
    // The same file read into a different text (as a newer reader might): the file is known, so no new version;
    // what the newer reader gives is the version's text and reading from now on.
    const reread = await prepared(`${decisionText(n)}\nNơi nhận:\n- Lưu: VT.\n`, 'qd.txt');
    expect(reread.extraction.contentHash).not.toBe(p.extraction.contentHash);
    const again = await ingestExtraction(graph, reread.extraction, 'qd.txt', { text: reread.text, source: p.source });
    expect(again).toMatchObject({ status: 'reextracted', version: 1, sameAsVersion: 1 });
    const [versions] = await versionsOf(graph, [decisionKey(n)]);
    expect(versions!.map((v) => [v.number, v.contentHash, v.sourceHash])).toEqual([[1, reread.extraction.contentHash, p.source.hash]]);
    for (const text of [reread, p]) {
      const same = await ingestExtraction(graph, text.extraction, 'qd.txt', { text: text.text, source: p.source });
      expect(same).toMatchObject({ status: text === reread ? 'unchanged' : 'reextracted', version: 1 });
    }
  });
});

describe('concurrent writers of the same document', () => {
  it('all get an answer: one CREATED, the others UNCHANGED', async () => {
    const n = decisionNumber();
    const p = await prepared(decisionText(n), 'same.txt');
    const settled = await Promise.allSettled(
      Array.from({ length: 10 }, () => ingestExtraction(graph, p.extraction, 'same.txt', { text: p.text })),
    );
    expect(settled.map((s) => (s.status === 'fulfilled' ? s.value.status : `${(s.reason as Error).message}`)).sort()).toEqual([
      'created',
      ...Array(9).fill('unchanged'),
    ]);
    const [row] = await graph.read<{ sections: number; versions: number }>(
      'RETURN COUNT { (:Section {documentKey: $key}) } AS sections, COUNT { (:Version {documentKey: $key}) } AS versions',
      { key: decisionKey(n) },
    );
    expect(row).toEqual({ sections: p.extraction.sections.length, versions: 1 });
  });
});
