/**
 * Restoration with the committed model: lost diacritics and OCR look-alikes come back, numbers, symbols and
 * acronyms never change, clean text stays as it is, and a word the model cannot read is kept.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config';
import { restorationModel } from '../../src/restore/displayTexts';
import { restoreText } from '../../src/restore/restoreText';

const model = restorationModel();
const restore = (s: string) => restoreText(s, model).text;

describe('restoreText', () => {
  it('puts back diacritics a text lost', () => {
    expect(restore('cai cach hanh chinh')).toBe('cải cách hành chính');
    expect(restore('Uy ban nhan dan tinh chu tri, phoi hop voi cac so, ban, nganh trien khai thuc hien')).toBe(
      'Ủy ban nhân dân tỉnh chủ trì, phối hợp với các sở, ban, ngành triển khai thực hiện',
    );
  });

  it('repairs the OCR look-alikes of a scanned title', () => {
    // Sample 002's title as the scan printed it.
    expect(restore('V& viéc sira ddi, bo sung, cip nhat Ké hoach cai cich hanh chinh tinh Quang Ninh nam 2025')).toContain(
      'việc sửa đổi, bổ sung, cập nhật Kế hoạch cải cách hành chính tỉnh Quảng Ninh năm 2025',
    );
    expect(restore('Quyét dinh nay c6 hiéu luc thi hanh ké tir ngay ky')).toBe('Quyết định này có hiệu lực thi hành kể từ ngày ký');
  });

  it('keeps the case of each word', () => {
    expect(restore('QUYET DINH')).toBe('QUYẾT ĐỊNH');
    expect(restore('Ke hoach')).toBe('Kế hoạch');
  });

  it('never changes numbers, symbols or acronyms', () => {
    const out = restore('Can cu Quyet dinh so 2898/QĐ-UBND ngay 23/7/2025 cua UBND tinh va Nghi quyet 76/NQ-CP');
    expect(out).toBe('Căn cứ Quyết định số 2898/QĐ-UBND ngày 23/7/2025 của UBND tỉnh và Nghị quyết 76/NQ-CP');
  });

  it('leaves clean text as it is', () => {
    const clean = readFileSync(path.join(PROJECT_ROOT, 'data/corpus/004_8f07e00dd8583e0d.txt'), 'utf8').normalize('NFC').slice(0, 3000);
    const result = restoreText(clean, model);
    expect(result.changedShare).toBeLessThan(0.01);
  });

  it('keeps a word it cannot read, and says how sure it is of each word', () => {
    const result = restoreText('Ong Xqzw phu trach linh vuc', model);
    expect(result.text).toBe('Ông Xqzw phụ trách lĩnh vực');
    const unknown = result.words.find((w) => w.original === 'Xqzw')!;
    expect(unknown.restored).toBe('Xqzw');
    for (const w of result.words) expect(w.confidence).toBeGreaterThanOrEqual(0), expect(w.confidence).toBeLessThanOrEqual(1);
    expect(result.changedShare).toBeCloseTo(5 / 6); // six syllables, all but the unknown one restored
  });
});
