import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSource } from '../../../src/formats';
import { extractDocument } from '../../../src/extract/extractDocument';
import { symbolMatchKey } from '../../../src/extract/symbols';
import type { Extraction } from '../../../src/extract/types';

// Real documents: the sample data, and the two that are kept with the format fixtures made from them.
const dirs = [path.join(__dirname, '../../../data/real'), path.join(__dirname, '../../fixtures/real-formats')];
const fileOf = (name: string): string => dirs.map((d) => path.join(d, name)).find((f) => existsSync(f)) ?? path.join(dirs[0]!, name);

async function extractReal(name: string): Promise<Extraction> {
  const s = await readSource(readFileSync(fileOf(name)), { fileName: name });
  return extractDocument(s.text, { fileName: name, metadata: s.metadata });
}

const relations = (x: Extraction) => Object.fromEntries(x.references.filter((r) => r.symbol).map((r) => [r.symbol!, r.relation]));

describe('a document never cites itself', () => {
  it('its annex line "Kèm theo Quyết định số <own number>" is not a citation', async () => {
    const raw = readFileSync(fileOf('e83d7b60c0b1d639.md'), 'utf8');
    expect(raw).toMatch(/Kèm theo Quyết định số\s+3782\/QĐ-UBND/);
    const x = await extractReal('e83d7b60c0b1d639.md');
    expect(x.document.symbol).toBe('3782/QĐ-UBND');
    const own = symbolMatchKey('3782/QĐ-UBND');
    expect(x.references.filter((r) => r.symbol && symbolMatchKey(r.symbol) === own)).toEqual([]);
  });

  it('nor is a law naming itself ("Luật Dữ liệu có hiệu lực ..." inside the Luật Dữ liệu)', async () => {
    const x = await extractReal('012b8a728c178e7a.md');
    expect(x.document.symbol).toBe('60/2024/QH15');
    expect(x.references.map((r) => r.title ?? '').filter((t) => /^Luật Dữ liệu\b/.test(t))).toEqual([]);
    expect(x.references.map((r) => r.symbol)).not.toContain('60/2024/QH15');
    // The laws it amends are still cited.
    expect(relations(x)['09/2017/QH14']).toBe('AMENDS');
  });

  it('nor is a symbol the portal gives for it', async () => {
    const s = await readSource(readFileSync(fileOf('65dec8089b8bd9d9.md')), { fileName: 'qd.md' });
    expect(s.metadata?.symbol).toBe('01814/QĐ-UBND');
    const x = extractDocument(s.text, { metadata: s.metadata });
    expect(x.references.map((r) => r.symbol && symbolMatchKey(r.symbol))).not.toContain(symbolMatchKey('01814/QĐ-UBND'));
  });
});

describe('references of real documents', () => {
  it('reads a "Căn cứ" list of laws and decrees, the amending law included, and what the decision repeals', async () => {
    const x = await extractReal('606d5f203dec293b.md');
    expect(relations(x)).toEqual({
      '42/2018/QĐ-UBND': 'AMENDS',
      '07/2022/QĐ-UBND': 'AMENDS',
      '72/2025/QH15': 'BASIS',
      '64/2025/QH15': 'BASIS',
      '87/2025/QH15': 'BASIS',
      '78/2025/NĐ-CP': 'BASIS',
      '79/2025/NĐ-CP': 'BASIS',
      '187/2025/NĐ-CP': 'BASIS',
      '186/2025/NĐ-CP': 'BASIS',
    });
    const amending = x.references.find((r) => r.symbol === '87/2025/QH15')!;
    expect(amending.kind).toBe('LUAT');
    expect(amending.title).toBe('Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật');
    // "79/2025/NĐCP ngày 01 tháng 4 năm 2025" (dash lost) is the same decree and gives its date.
    expect(x.references.find((r) => r.symbol === '79/2025/NĐ-CP')!.date).toBe('2025-04-01');
    // Decisions of Thừa Thiên Huế belong to the renamed unit, Huế, like the citing document.
    expect(x.references.find((r) => r.symbol === '42/2018/QĐ-UBND')!.jurisdiction).toBe('Huế');
  });

  it('reads laws cited by name and number, and a decree amended in parentheses, as bases', async () => {
    const x = await extractReal('portal-cong-van-5348-ct-cs.md');
    const law = x.references.find((r) => r.symbol === '59/2020/QH14')!;
    expect(law).toMatchObject({ kind: 'LUAT', relation: 'BASIS', title: 'Luật Doanh nghiệp' });
    expect(relations(x)['130/2016/TT-BTC']).toBe('BASIS');
    // A provincial tax office's letter carries its province.
    expect(x.references.find((r) => r.symbol === '324/QTR-KTR2')).toMatchObject({ jurisdiction: 'Quảng Trị', relation: 'REFERENCES' });
  });
});

describe('the date of a cited document, wherever the citing text writes it', () => {
  const goldDocs = path.join(__dirname, '../../fixtures/gold-real/docs');
  async function extractGoldDoc(name: string): Promise<Extraction> {
    const s = await readSource(readFileSync(path.join(goldDocs, name)), { fileName: name });
    return extractDocument(s.text, { fileName: name, metadata: s.metadata });
  }
  const dateOf = (x: Extraction, symbol: string) => x.references.find((r) => r.symbol === symbol)?.date;

  it('after the issuer: "Nghị quyết số 46/NQ-CP của Chính phủ ngày 08 tháng 3 năm 2025"', async () => {
    const raw = readFileSync(path.join(goldDocs, '75a0867a09525909.md'), 'utf8');
    expect(raw).toContain('Nghị quyết số 46/NQ-CP của Chính phủ ngày 08 tháng 3 năm 2025');
    expect(dateOf(await extractGoldDoc('75a0867a09525909.md'), '46/NQ-CP')).toBe('2025-03-08');
  });

  it('after a "ngày" typed twice and a misspelt "năm": "63/2010/NĐ-CP ngày ngày 08 tháng 6 ngăm 2010"', async () => {
    const raw = readFileSync(path.join(goldDocs, 'adda847abe350742.md'), 'utf8');
    expect(raw).toContain('63/2010/NĐ-CP ngày ngày 08 tháng 6 ngăm 2010');
    expect(dateOf(await extractGoldDoc('adda847abe350742.md'), '63/2010/NĐ-CP')).toBe('2010-06-08');
  });
});
