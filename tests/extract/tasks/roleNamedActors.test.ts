/**
 * A regulation issued with a decision names the parties of its procedures by their part in them ("Cơ quan chủ trì",
 * "Cơ quan phối hợp", "Các cơ quan, đơn vị được giao phối hợp"): whichever body a case makes it, no body. Real
 * passages of two provinces' coordination regulations (Quy chế phối hợp of the land registration offices, Nghệ An;
 * Quy chế on voters' recommendations, Nghệ An) read end to end, and a plan's sentence that keeps its role-named group.
 */
import { describe, expect, it } from 'vitest';
import { sectionRoleBodies as pairs } from '../../support/assignmentPairs';
import { namedByRole, regulationStart } from '../../../src/extract/tasks/roleNamedActors';
import { foldKeepLength } from '../../../src/extract/folding';
import type { TaskDocument } from '../../../src/extract/tasks/types';

const HEADER = `ỦY BAN NHÂN DÂN TỈNH NGHỆ AN

Số: 95/2025/QĐ-UBND

**QUYẾT ĐỊNH**

**QUY CHẾ**

`;

// A regulation's mode of coordination: the leading and the partner body of any case.
const MODES = `${HEADER}**Điều 6. Phương thức phối hợp**

1. Lấy ý kiến bằng văn bản.

Việc lấy ý kiến bằng văn bản được thực hiện kịp thời,
phù hợp với quy định của pháp luật và được tiến hành theo trình tự sau:

a) Cơ quan chủ trì có văn bản đề nghị gửi đến các
cơ quan phối hợp, trong văn bản phải có thời hạn trả lời để cơ quan phối hợp có
trách nhiệm trả lời bằng văn bản cho cơ quan chủ trì;

b) Cơ quan phối hợp chịu trách nhiệm về các thông
tin đã cung cấp của mình. Trường hợp cơ quan phối hợp đã quá thời gian quy định
mà chưa hoặc không cung cấp thông tin theo đề nghị của cơ quan chủ trì thì phải
có văn bản nêu rõ lý do và phải chịu trách nhiệm theo quy định của Pháp luật.

2. Lấy ý kiến trực tiếp tại cuộc họp hoặc phối hợp
kiểm tra thực địa:

a) Cơ quan chủ trì tổ chức cuộc họp hoặc kiểm tra
thực địa có trách nhiệm chuẩn bị đầy đủ hồ sơ, tài liệu có liên quan và gửi cho
các cơ quan phối hợp trước thời gian tổ chức cuộc họp hoặc kiểm tra thực địa ít
nhất 01 ngày làm việc;

b) Cơ quan phối hợp có trách nhiệm cử cán bộ, công
chức, viên chức tham gia đúng thành phần theo đề nghị của cơ quan chủ trì; việc
từ chối tham gia, hoặc cử người đi thay phải thông báo nêu rõ lý do bằng văn bản
cho cơ quan chủ trì biết. Người tham gia phải chịu trách nhiệm về ý kiến của
mình tại cuộc họp hoặc buổi kiểm tra thực địa;

c) Cơ quan chủ trì có trách nhiệm tổng hợp đầy đủ nội
dung cuộc họp hoặc buổi kiểm tra thực địa bằng văn bản. Kết thúc cuộc họp hoặc
buổi kiểm tra thực địa, các thành viên tham gia họp có trách nhiệm ký vào biên
bản để xác nhận ý kiến của mình. Cơ quan chủ trì thực hiện lưu biên bản cuộc họp,
kiểm tra hồ sơ theo quy định.

3. Các phương thức phối hợp khác.

**Điều 11. Trách nhiệm của cơ quan thuế**

4. Cơ quan thuế có trách nhiệm đôn đốc người nộp thuế thực hiện nộp các khoản nghĩa vụ tài chính theo thông báo nộp thuế đã phát hành.
`;

// A duty of whichever body a recommendation is given to lead or join.
const GIVEN = `${HEADER}**Điều 14. Trách nhiệm các phòng, ban, đơn vị thuộc UBND cấp xã**

2. Kiến nghị liên quan đến chức năng, nhiệm vụ của
nhiều cơ quan, đơn vị được giao cho một cơ quan chủ trì giải quyết thì trong thời
hạn 03 ngày làm việc kể từ khi nhận được kiến nghị, cơ quan chủ trì phải có văn
bản gửi đến cơ quan, đơn vị liên quan đề nghị phối hợp giải quyết. Các cơ quan,
đơn vị được giao phối hợp có trách nhiệm trả lời bằng văn bản trong thời hạn 07
ngày làm việc kể từ ngày nhận được đề nghị phối hợp.
`;

describe("a regulation's parties named by their part in a procedure", () => {
  it('gives the leading and the partner body of a mode of coordination no duty', () => {
    const got = pairs(MODES);
    expect(got.filter((p) => /Cơ quan (chủ trì|phối hợp)/i.test(p))).toEqual([]);
  });

  it('keeps the duty of a body the regulation names in the same text', () => {
    expect(pairs(MODES)).toContain('Điều 11 SUPERVISE Cơ quan thuế');
  });

  it('gives the bodies a case assigns to join no duty, and keeps the article\'s named owner', () => {
    const got = pairs(GIVEN);
    expect(got.some((p) => p.includes('được giao phối hợp'))).toBe(false);
    expect(got).toContain('Điều 14 LEAD các phòng, ban, đơn vị thuộc Ủy ban nhân dân cấp xã');
  });

  it('reads the same sentence as a duty where no regulation title opens the text', () => {
    const plan = GIVEN.replace('**QUY CHẾ**\n', '');
    expect(pairs(plan).some((p) => p.includes('được giao phối hợp'))).toBe(true);
  });

  it('takes no table row for the title: a cell that only says "Quy định" opens no regulation', () => {
    const plan = GIVEN.replace('**QUY CHẾ**\n', '| Quy định |\n|---|\n');
    expect(pairs(plan).some((p) => p.includes('được giao phối hợp'))).toBe(true);
  });
});

describe('a name made only of a kind and a part', () => {
  it('is a kind of body, then a given duty and/or a part, nothing more', () => {
    expect(namedByRole('Cơ quan chủ trì')).toBe(true);
    expect(namedByRole('các cơ quan, đơn vị được giao phối hợp')).toBe(true);
    expect(namedByRole('Ngành được giao')).toBe(true);
    expect(namedByRole('Cơ quan chủ trì giải quyết thủ tục đầu tư dự án')).toBe(false);
    expect(namedByRole('cơ quan, đơn vị liên quan')).toBe(false);
    expect(namedByRole('Sở Nội vụ')).toBe(false);
  });
});

describe("where a regulation's title line stands", () => {
  const at = (text: string) => regulationStart({ folded: foldKeepLength(text) } as TaskDocument);

  it('is the first line that holds only the title, whatever marks of emphasis and spaces surround its words', () => {
    const lines = ['QUYẾT ĐỊNH', 'Ban hành Quy chế phối hợp', 'QUY CHẾ PHỐI HỢP', '| Quy định |', ' ** _QUY   \tCHẾ_ **\r', 'QUY ĐỊNH'];
    const text = lines.join('\n');
    expect(at(text)).toBe(text.indexOf(' ** _QUY'));
    expect(at(lines.slice(5).join('\n'))).toBe(0);
    expect(at(`Quy\n${text.split('\n', 4).join('\n')}\nchế`)).toBe(-1);
  });
});
