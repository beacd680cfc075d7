/**
 * A ministry's letter asks a group it names in a form the parser does not read ("Bộ Giáo dục và Đào tạo đề nghị
 * các Sở GDĐT chỉ đạo ..."): the objects were lost and the duty fell to the speaker ("LEAD Bộ Giáo dục và Đào
 * tạo"), a pair no annotator gives. A group after "đề nghị" / "yêu cầu" is the one asked, read or not
 * (tasks/clauses.ts). A rule's "giao nhiệm vụ cho ..." stays the ministry's own duty to assign (an open circular of
 * the Ministry of Defence). Realistic letter; its header as ministries write it.
 */
import { describe, expect, it } from 'vitest';
import { assignmentPairs as pairs } from '../../support/assignmentPairs';

const letter = (body: string) => ['BỘ GIÁO DỤC VÀ ĐÀO TẠO', 'Số: 123/BGDĐT-GDPT', 'Kính gửi: Các sở giáo dục và đào tạo.', '', body].join('\n');

describe('a group asked in a form the parser does not read', () => {
  it('leaves the speaker without the group\'s duty', () => {
    expect(pairs(letter('Bộ Giáo dục và Đào tạo đề nghị các Sở GDĐT chỉ đạo các cơ sở giáo dục trên địa bàn thực hiện nghiêm túc.'))).not.toContain('LEAD Bộ Giáo dục và Đào tạo');
  });

  it('still gives a group read after "đề nghị" its duty', () => {
    expect(pairs(letter('Bộ Giáo dục và Đào tạo đề nghị các sở giáo dục và đào tạo chỉ đạo các cơ sở giáo dục thực hiện.'))).toContain('LEAD các sở giáo dục và đào tạo');
  });
});
