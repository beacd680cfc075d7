/**
 * The duties of a disaster telegram (Prime Minister's or a province's, "Công điện"): verbs of response and recovery
 * ("khôi phục", "sơ tán", "cứu hộ", "tiếp tế", "chằng chống", "kiểm đếm", "sẵn sàng") open a subject's duty as the
 * general verbs do, and the groups the telegram names by what befell them ("các tỉnh, thành phố bị ảnh hưởng") are
 * the subject. Before, a subject followed by such a verb had no predicate and the clause was dropped.
 */
import { describe, expect, it } from 'vitest';
import { roleBodies as roles } from '../../support/assignmentPairs';
import { extractFile, roles as roles2 } from '../../support/realExtraction';

const telegram = (...items: string[]) => ['Thủ tướng Chính phủ yêu cầu:', '', ...items.map((x, n) => `${n + 1}. ${x}`)].join('\n\n');

describe('verbs of disaster response and recovery', () => {
  it('open the duty of the body before them', () => {
    expect(
      roles(
        telegram(
          'Bộ Xây dựng khôi phục giao thông trên các tuyến quốc lộ bị sạt lở.',
          'Bộ Quốc phòng, Bộ Công an sẵn sàng lực lượng, phương tiện cứu hộ, cứu nạn.',
          'Ủy ban nhân dân tỉnh Gia Lai tiếp tế lương thực cho các khu dân cư bị chia cắt.',
          'Bộ đội Biên phòng tỉnh kiểm đếm, hướng dẫn tàu thuyền vào nơi tránh trú an toàn.',
        ),
      ),
    ).toEqual(['LEAD Bộ Xây dựng', 'LEAD Bộ Quốc phòng', 'LEAD Bộ Công an', 'LEAD Ủy ban nhân dân tỉnh Gia Lai', 'LEAD Bộ đội Biên phòng tỉnh']);
  });
});

describe('a group named by what befell its places', () => {
  it('is the subject, named without it', () => {
    expect(roles(telegram('Chủ tịch Ủy ban nhân dân các tỉnh, thành phố bị ảnh hưởng huy động tối đa lực lượng khắc phục hậu quả.'))).toEqual([
      'LEAD Ủy ban nhân dân các tỉnh, thành phố',
    ]);
  });
});

describe('"Đối với X cần <duty>, ..." (a Prime Minister\'s conclusions)', () => {
  it('names X up to the modal, not up to the comma', async () => {
    const r = roles2(await extractFile('tests/fixtures/gold-real/docs/50f694478a35aefd.md'));
    expect(r).toContain('II LEAD các chủ đầu tư');
    expect(r.some((x) => x.includes('cần nhanh chóng'))).toBe(false);
  });
});
