/**
 * The tenth assignment pass (clause structure): items whose subject the clause reader missed because of how the
 * item is labelled or introduced (real documents read end to end, formats -> extraction).
 */
import { describe, expect, it } from 'vitest';
import { extractFile, roles } from '../../support/realExtraction';

const DOCS = 'tests/fixtures/gold-real/docs';

describe('labels of sub-items', () => {
  it('"(i) Tập đoàn ... báo cáo", "(iii) Ủy ban nhân dân tỉnh Đồng Nai chỉ đạo ...", "(iv) Giao Bộ Công Thương ...": a Roman sub-item label opens the clause (Thông báo, Văn phòng Chính phủ)', async () => {
    const r = roles(await extractFile(`${DOCS}/ad0066b8d39e5c85.md`)).map((x) => x.replace(/^\S+ /, ''));
    expect(r).toEqual(
      expect.arrayContaining(['LEAD Tập đoàn Công nghiệp - Năng lượng quốc gia Việt Nam', 'LEAD Ủy ban nhân dân tỉnh Đồng Nai', 'LEAD Bộ Công Thương', 'LEAD Đơn vị liên quan']),
    );
  });
});
