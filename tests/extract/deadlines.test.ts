import { describe, expect, it } from 'vitest';
import { findDeadlines, isoDate, parseDeadline } from '../../src/extract/deadlines';
import { randomTexts } from './structure.fixtures';

describe('deadlines', () => {
  it('reads a day after a deadline word, OCR vowels and all (002 IV.1(1))', () => {
    expect(parseDeadline('dap tmg yéu cau ctia mo hinh; thoi han\nhoan thanh truéc ngay 20/7/2025. Tap trung')).toEqual({
      raw: 'thoi han hoan thanh truéc ngay 20/7/2025',
      dueDate: '2025-07-20',
      period: null,
    });
    expect(parseDeadline('trình Hội đồng nhân dân tỉnh phân bổ trước ngày 31/8/2023;')).toMatchObject({ dueDate: '2023-08-31' });
    expect(parseDeadline('hoàn thành trước ngày 28 tháng 1 năm 2023')).toMatchObject({ dueDate: '2023-01-28' });
    expect(parseDeadline('thời gian hoàn thành: trước ngày 9/3/2026')).toMatchObject({ dueDate: '2026-03-09' });
  });

  it('reads "đến 30/9/2023" and keeps every deadline of a sentence in order (004 Điều 1.3)', () => {
    const all = findDeadlines('đến 30/9/2023 giải ngân 80%, đến 31/12/2023 giải ngân 100% kế hoạch vốn');
    expect(all.map((d) => d.dueDate)).toEqual(['2023-09-30', '2023-12-31']);
    expect(parseDeadline('đến 30/9/2023 giải ngân 80%, đến 31/12/2023')!.dueDate).toBe('2023-09-30');
  });

  it('reads periods: a year, a month, a quarter, a half year, a recurrence', () => {
    expect(parseDeadline('thành phố Hạ Long yêu cầu hoàn thành xong trong năm 2023.')).toMatchObject({ raw: 'trong năm 2023', period: '2023', dueDate: null });
    expect(parseDeadline('thời hạn hoàn thành trong tháng 6/2022')).toMatchObject({ period: '2022-06' });
    expect(parseDeadline('hoàn thành trong Quý III/2022')).toMatchObject({ raw: 'Quý III/2022', period: '2022-Q3' });
    expect(parseDeadline('hoan\nthanh trong Quy IV/2020.')).toMatchObject({ period: '2020-Q4' });
    expect(parseDeadline('các nhiệm vụ trong 06 tháng cuối năm 2025')).toMatchObject({ period: '2025-H2' });
    expect(parseDeadline('xép hang két qua cong tac cai cach hanh chinh hang nam.')).toMatchObject({ period: 'ANNUAL' });
    expect(parseDeadline('Pinh ky hang quy tién hanh danh gid')).toMatchObject({ period: 'QUARTERLY' });
  });

  it('prefers the most precise phrase of a task', () => {
    expect(parseDeadline('thực hiện hằng năm; năm 2024 hoàn thành trước ngày 15/12/2024')).toMatchObject({ dueDate: '2024-12-15' });
  });

  it('ignores citation dates and title horizons', () => {
    expect(parseDeadline('Căn cứ Nghị quyết số 128/NQ-HĐND ngày 09/12/2022 của HĐND tỉnh')).toBeNull();
    expect(parseDeadline('giai đoạn 2021-2025, định hướng đến năm 2030')).toBeNull();
    expect(parseDeadline('Quyết định này có hiệu lực kể từ ngày ký')).toBeNull();
  });

  it('repairs an OCR year and rejects impossible dates', () => {
    expect(isoDate(15, 7, '12021')).toBe('2021-07-15');
    expect(isoDate(31, 2, '2023')).toBeNull();
    expect(isoDate(1, 13, '2023')).toBeNull();
    expect(parseDeadline('trước ngày 31/2/2023')).toBeNull();
  });

  it('never throws', () => {
    for (const s of [...randomTexts(200, 3), '', 'trước ngày', 'Quý', '9'.repeat(1000)]) expect(() => parseDeadline(s)).not.toThrow();
    expect(parseDeadline(undefined as unknown as string)).toBeNull();
  });
});
