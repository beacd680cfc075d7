/**
 * "Khuyến khích X <verb>" addresses bodies outside the issuer's authority (the Youth Union, the Front, mass
 * organisations) as "Đề nghị" does: X carries the duty out, LEAD as the annotations have it. Excerpt: a provincial
 * plan on the digital economy (Đồng Nai, November 2025).
 */
import { describe, expect, it } from 'vitest';
import { roleBodies as roles } from '../../support/assignmentPairs';

describe('encouraged bodies', () => {
  it('makes the bodies after "Khuyến khích" act', () => {
    const text = [
      'KẾ HOẠCH',
      '',
      'VI. TỔ CHỨC THỰC HIỆN',
      '',
      '1. Sở Khoa học và Công nghệ chủ trì tổ chức triển khai Kế hoạch.',
      '',
      '2. Khuyến khích Mặt trận Tổ quốc Việt Nam tỉnh Đồng Nai và các tổ chức chính trị - xã hội phát huy vai trò trong tuyên truyền, vận động, giám sát thực hiện Kế hoạch.',
    ].join('\n');
    expect(roles(text)).toEqual(
      expect.arrayContaining(['LEAD Mặt trận Tổ quốc Việt Nam tỉnh Đồng Nai', 'SUPERVISE Mặt trận Tổ quốc Việt Nam tỉnh Đồng Nai', 'LEAD các tổ chức chính trị - xã hội']),
    );
  });
});
