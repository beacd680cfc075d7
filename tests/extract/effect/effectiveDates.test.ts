import { describe, expect, it } from 'vitest';
import { extractEffectiveDates } from '../../../src/extract/effect/effectiveDates';

describe('the document’s own dates of effect', () => {
  it('takes the day of signing from the issue date', () => {
    const e = extractEffectiveDates('Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.', '2025-11-20');
    expect(e).toMatchObject({ effectiveFrom: '2025-11-20', effectiveFromRule: 'ON_SIGNING' });
  });

  it('reads a stated date across a line break and OCR-free wording', () => {
    const e = extractEffectiveDates('1. Thông tư này có hiệu lực thi\nhành kể từ ngày 15 tháng 01 năm 2026.', '2025-11-25');
    expect(e).toMatchObject({ effectiveFrom: '2026-01-15', effectiveFromRule: 'STATED_DATE' });
  });

  it('adds a period after signing', () => {
    const e = extractEffectiveDates('Quyết định này có hiệu lực sau 10 ngày kể từ ngày ký.', '2025-11-25');
    expect(e).toMatchObject({ effectiveFrom: '2025-12-05', effectiveFromRule: 'AFTER_PERIOD' });
  });

  it('reads an end of effect', () => {
    const e = extractEffectiveDates('Nghị quyết này có hiệu lực từ ngày 01/01/2026 đến hết ngày 31/12/2030.', '2025-11-27');
    expect(e).toMatchObject({ effectiveFrom: '2026-01-01', effectiveUntil: '2030-12-31' });
  });

  it('ignores a reference to the date of effect and another document’s statement', () => {
    const text = 'Hồ sơ nộp trước ngày Quyết định này có hiệu lực thi hành thì áp dụng theo quy định cũ. Luật Dữ liệu có hiệu lực từ ngày 01/7/2025.';
    expect(extractEffectiveDates(text, '2025-11-25').effectiveFrom).toBeNull();
  });

  it('says nothing when the text states nothing', () => {
    expect(extractEffectiveDates('Kế hoạch thực hiện năm 2026.', '2025-11-25')).toMatchObject({ effectiveFrom: null, effectiveFromRule: null });
  });
});
