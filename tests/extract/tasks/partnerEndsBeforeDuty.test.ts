/**
 * "làm tốt" (do well) and "làm rõ" (make clear) open a duty: a list of partners or a subject ends before them
 * ("tiếp tục phối hợp với các nhà thầu làm tốt công tác đào tạo cán bộ ..." names "các nhà thầu", not "các nhà thầu
 * làm tốt công tác"). Excerpt: a Government office's notice of conclusions on the Nhơn Trạch 3 and 4 power plants
 * (Đồng Nai, 2025).
 */
import { describe, expect, it } from 'vitest';
import { assignmentPairs as pairs } from '../../support/assignmentPairs';

const notice = (item: string): string => ['THÔNG BÁO', '', '1. Về Dự án Nhà máy điện Nhơn Trạch 3 và Nhơn Trạch 4', '', item].join('\n');

describe('a partner followed by its duty "làm tốt" / "làm rõ"', () => {
  it('ends the partner\'s name before the duty ("phối hợp với các nhà thầu làm tốt công tác đào tạo ...")', () => {
    const found = pairs(notice('(ii) Tập đoàn Dầu khí Việt Nam hoàn thành nghiệm thu các hạng mục còn lại. Đồng thời tiếp tục phối hợp với các nhà thầu làm tốt công tác đào tạo cán bộ phục vụ vận hành nhà máy sau khi hoàn thành dự án.'));
    expect(found).toContain('COORDINATE các nhà thầu');
    expect(found.filter((p) => p.includes('làm tốt'))).toEqual([]);
  });
});
