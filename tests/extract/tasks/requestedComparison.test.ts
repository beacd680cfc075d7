/**
 * A tax reply letter's request "Đề nghị Thuế thành phố X đối chiếu với quy định của pháp luật ... để phối hợp với các
 * cơ quan liên quan ... báo cáo ..." opens with "đối chiếu" (check against the law): a duty verb, so the request is
 * read and its partners coordinate. Excerpt: Công văn 5642/CT-CS of the Cục Thuế (2025).
 */
import { describe, expect, it } from 'vitest';
import { assignmentPairs as pairs } from '../../support/assignmentPairs';

describe('"đối chiếu" opening a request', () => {
  it('reads the request and its partners', () => {
    const text = [
      '**BỘ TÀI CHÍNH**',
      '**CỤC THUẾ**',
      '',
      'Số: 5642/CT-CS',
      '',
      '**Kính gửi:** Thuế thành phố Huế.',
      '',
      'Đề nghị Thuế thành phố Huế đối chiếu với quy định của pháp luật về người có công, chính sách về bồi thường, hỗ trợ tái định cư để phối hợp với các cơ quan liên quan của thành phố Huế báo cáo Ủy ban nhân dân thành phố Huế chỉ đạo thực hiện, đảm bảo đúng chế độ quy định.',
      '',
      'Cục Thuế trả lời để Thuế thành phố Huế biết và thực hiện./.',
    ].join('\n');
    const found = pairs(text);
    expect(found).toContain('LEAD Thuế thành phố Huế');
    expect(found.some((p) => p.startsWith('COORDINATE các cơ quan liên quan'))).toBe(true);
  });
});
