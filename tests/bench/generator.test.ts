import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus, generateDocuments, writeCorpus } from '../../bench/generator/generateCorpus';
import { planCorpus } from '../../bench/generator/plan';
import { parseGenArgs } from '../../bench/generator/cli';
import { Rng } from '../../bench/generator/prng';
import type { CorpusManifest } from '../../bench/generator/manifest';

const tmpDirs: string[] = [];
afterAll(() => {
  for (const d of tmpDirs) rmSync(d, { recursive: true, force: true });
});

function digest(texts: string[]): string {
  const h = createHash('sha256');
  for (const t of texts) h.update(t).update('\0');
  return h.digest('hex');
}

describe('the seeded PRNG', () => {
  it('repeats its sequence for the same label and differs for another', () => {
    const a = new Rng('x');
    const b = new Rng('x');
    const c = new Rng('y');
    const seqA = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(seqA);
    expect(seqA.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe('corpus generation', () => {
  const small = generateCorpus({ docs: 120, seed: 'test-1' });

  it('gives the same bytes and manifest for the same seed', () => {
    const again = generateCorpus({ docs: 120, seed: 'test-1' });
    expect(digest(again.documents.map((d) => d.text))).toBe(digest(small.documents.map((d) => d.text)));
    expect(JSON.stringify(again.manifest)).toBe(JSON.stringify(small.manifest));
  });

  it('gives a different corpus for another seed', () => {
    const other = generateCorpus({ docs: 120, seed: 'test-2' });
    expect(digest(other.documents.map((d) => d.text))).not.toBe(digest(small.documents.map((d) => d.text)));
  });

  it('renders any prefix of the corpus exactly as the whole corpus does', () => {
    const prefix = [...generateDocuments(planCorpus({ docs: 120, seed: 'test-1' }), 0, 15)];
    expect(prefix.map((d) => d.text)).toEqual(small.documents.slice(0, 15).map((d) => d.text));
  });

  it('writes headers, Căn cứ blocks, sections and tasks like the samples', () => {
    const clean = small.documents.filter((d) => d.manifest.damage.diacritics === 'clean' && !d.manifest.headerMissing);
    expect(clean.length).toBeGreaterThan(10);
    const joined = clean.map((d) => d.text).join('\n');
    expect(joined).toMatch(/^Số: \d+\/QĐ-UBND /m);
    expect(joined).toMatch(/, ngày \d{2} tháng \d{1,2} năm 20\d\d/);
    expect(joined).toMatch(/^Về /m);
    expect(joined).toMatch(/^Căn cứ Nghị quyết số \d+\/NQ-CP ngày /m);
    expect(joined).toMatch(/^Theo đề nghị của .* tại Tờ trình số \d+\/TTr-S/m);
    expect(joined).toMatch(/^Điều 2\. /m);
    expect(joined).toMatch(/^III\. NHIỆM VỤ, GIẢI PHÁP$/m);
    expect(joined).toMatch(/^\(\d\) /m);
    expect(joined).toMatch(/^[a-d]\) /m);
    expect(joined).toMatch(/chủ trì, phối hợp với Sở /);
    expect(joined).toMatch(/trước ngày \d{1,2}\/\d{1,2}\/20\d\d/);
    expect(joined).toMatch(/Quý (I|II|III|IV)\/20\d\d/);
    expect(joined).toMatch(/tối thiểu \d+%|ít nhất \d+%|trên \d+%/i);
  });

  it('plants OCR damage in a share of documents: lost diacritics, QĐ read as 0D/QD, split symbols, số read as s6', () => {
    const s = small.manifest.stats.damage;
    expect(s.stripped ?? 0).toBeGreaterThan(15);
    expect(s.partial ?? 0).toBeGreaterThan(10);
    expect(s.clean ?? 0).toBeGreaterThan(30);
    expect(s['mention:code'] ?? 0).toBeGreaterThan(10);
    expect(s['mention:split'] ?? 0).toBeGreaterThan(5);
    expect(s['mention:so'] ?? 0).toBeGreaterThan(10);
    const stripped = small.documents.filter((d) => d.manifest.damage.diacritics === 'stripped').map((d) => d.text).join('\n');
    // Almost no Vietnamese marks survive, and QĐ appears as a look-alike.
    const marked = (stripped.match(/[ạảấầẩẫậắằẳẵặẹẻẽềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]/g) ?? []).length;
    expect(marked / stripped.length).toBeLessThan(0.01);
    expect(small.documents.map((d) => d.text).join('\n')).toMatch(/\d+ ?\/(0D|QD|Qb|OD|QÐ)-UBND/);
    expect(small.documents.map((d) => d.text).join('\n')).toMatch(/\d+[-/]\n[A-Za-zĐ]/);
  });

  it('builds a citation hierarchy: only earlier documents are cited, fan-in on national resolutions, fan-out of 5-15', () => {
    const { manifest } = small;
    const dateOf = new Map<string, string>();
    for (const d of manifest.documents) dateOf.set(d.key, d.date);
    for (const c of manifest.citedOnly) dateOf.set(c.key, c.date);
    for (const d of manifest.documents) {
      for (const c of d.citations) {
        expect(c.date < d.date, `${d.key} cites ${c.key}`).toBe(true);
        expect(c.key).not.toBe(d.key);
        // Local documents cite their own province or national documents, never another province's.
        expect([d.jurisdiction, 'national']).toContain(c.jurisdiction);
      }
    }
    const top = manifest.stats.topCited[0]!;
    expect(top.citedBy / manifest.docs).toBeGreaterThan(0.2);
    expect(top.key).not.toContain('@');
    const decisions = manifest.documents.filter((d) => d.family === 'UBND' && d.kind === 'QUYET_DINH');
    const fanOut = decisions.map((d) => d.citations.length);
    expect(Math.max(...fanOut)).toBeGreaterThanOrEqual(8);
    expect(fanOut.filter((n) => n >= 5).length / fanOut.length).toBeGreaterThan(0.5);
    expect(Math.max(...manifest.documents.map((d) => d.citations.length))).toBeLessThanOrEqual(16);
    const levels = new Set(manifest.documents.map((d) => d.level));
    expect([...levels].sort()).toEqual([0, 1, 2, 3]);
  });

  it('repeats local symbols across provinces, as real numbering does', () => {
    const big = planCorpus({ docs: 600, seed: 'test-1' });
    const bySymbol = new Map<string, Set<string>>();
    for (const d of big.docs) {
      if (d.jurisdiction === 'national') continue;
      bySymbol.set(d.symbol, (bySymbol.get(d.symbol) ?? new Set()).add(d.jurisdiction));
    }
    expect([...bySymbol.values()].filter((s) => s.size > 1).length).toBeGreaterThan(20);
    expect(big.provinces.length).toBe(15);
    // Keys stay unique: the same symbol in two provinces is two documents.
    expect(new Set(big.docs.map((d) => d.key)).size).toBe(big.docs.length);
  });

  it('records tasks with bodies, roles, deadlines and targets in the manifest', () => {
    const tasks = small.manifest.documents.flatMap((d) => d.tasks);
    const roles = new Set(tasks.flatMap((t) => t.assignments.map((a) => a.role)));
    expect([...roles].sort()).toEqual(['COORDINATE', 'LEAD', 'SUPERVISE']);
    expect(tasks.some((t) => t.deadline?.dueDate)).toBe(true);
    expect(tasks.some((t) => t.deadline?.period?.includes('-Q'))).toBe(true);
    expect(tasks.some((t) => t.targets.some((g) => g.comparator === '>='))).toBe(true);
    const lead = tasks.flatMap((t) => t.assignments).find((a) => a.body === 'Sở Nội vụ');
    expect(lead?.bodyKey).toMatch(/^so noi vu@/);
  });
});

describe('writing a corpus', () => {
  it('writes the files and a manifest whose entries match them', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gen-corpus-'));
    tmpDirs.push(dir);
    const result = await writeCorpus({ docs: 30, seed: 5, outDir: dir });
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
    expect(files).toHaveLength(30);
    const manifest = JSON.parse(readFileSync(result.manifestPath, 'utf8')) as CorpusManifest;
    expect(manifest.format).toBe('directive-graph-synthetic-corpus/1');
    expect(manifest.documents.map((d) => d.file).sort()).toEqual(files);
    for (const d of manifest.documents) expect(statSync(path.join(dir, d.file)).size).toBe(d.bytes);
    expect(manifest.stats.documents).toBe(30);
    expect(manifest.citedOnly.length).toBeGreaterThan(0);
  });

  it('reads --docs, --seed and --out, and refuses what it does not know', () => {
    expect(parseGenArgs(['--docs', '50', '--seed', 'abc', '--out', '/tmp/x'])).toEqual({ docs: 50, seed: 'abc', out: '/tmp/x' });
    expect(parseGenArgs(['--docs=7']).docs).toBe(7);
    expect(() => parseGenArgs(['--docs', '0'])).toThrow(/--docs must be/);
    expect(() => parseGenArgs(['--docs', '5', '--colour', 'red'])).toThrow(/Unknown option --colour/);
  });
});
