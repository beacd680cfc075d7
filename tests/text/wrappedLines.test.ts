/**
 * Hard wraps joined: a break inside a paragraph becomes a space, one character for one; a break where a paragraph,
 * a heading, an item or a row ends stays. Lines are from real documents (a portal page without blank lines between
 * paragraphs, a Markdown export that wraps at 72 columns).
 */
import { describe, expect, it } from 'vitest';
import { joinWrappedLines } from '../../src/text/wrappedLines';

/** Lines wrapped the way the portal wraps a dispatch: at about 80 columns, the first line of a paragraph indented. */
const PORTAL = [
  'Để tập trung ứng phó mưa lũ đặc biệt lớn, bảo đảm',
  'an toàn tính mạng cho Nhân dân, tiếp theo các Công điện số 217/CĐ-TTg,',
  '218/CĐ-TTg, 219/CĐ-TTg và 222/CĐ-TTg ngày 19/11/2025, Thủ tướng Chính phủ yêu',
  'cầu:',
  '1. Đồng chí Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân',
  'dân các tỉnh: Khánh Hòa, Đắk Lắk, Gia Lai và lãnh đạo các Bộ, ngành theo chức',
  'năng, nhiệm vụ, thẩm quyền tiếp tục tập trung, quyết liệt hơn nữa trong lãnh',
  'đạo, chỉ đạo, chủ động triển khai khẩn trương kịp thời, hiệu quả tất cả các',
  'biện pháp cấp bách cần thiết để ứng phó với mưa lũ đặc biệt lớn, nhất là bảo',
  'đảm an toàn tính mạng cho người dân.',
  '2. Chủ tịch Ủy ban nhân dân các tỉnh: Khánh Hòa,',
  'Đắk Lắk, Gia Lai:',
  '- Chịu trách nhiệm toàn diện trước Chính phủ, Thủ',
  'tướng Chính phủ về công tác ứng phó thiên tai trên địa bàn.',
  '3. Bộ Quốc phòng, Bộ Công an chỉ đạo các đơn vị',
  'quân đội, công an đóng trên địa bàn, đồng thời chủ động huy động tối đa lực',
  'lượng, phương tiện tại các địa bàn lân cận để khẩn trương hỗ trợ địa phương.',
].join('\n');

const linesOf = (text: string) => text.split('\n');

/** Lines that surely wrap (each goes on in lower case), so the text's wrap width is known: about 72 columns. */
const WRAPS = Array.from({ length: 6 }, () => ['Ủy ban nhân dân tỉnh giao Sở Tài chính chủ trì, phối hợp với các sở, ban,', 'ngành liên quan tổ chức thực hiện.'].join('\n')).join('\n');

describe('joining hard-wrapped lines', () => {
  it('keeps the text length, so every offset still points at the same character', () => {
    const joined = joinWrappedLines(PORTAL);
    expect(joined.length).toBe(PORTAL.length);
    expect(joined.replace(/[\n ]/g, '')).toBe(PORTAL.replace(/[\n ]/g, ''));
  });

  it('joins a line that goes on in lower case, and one that goes on in capitals after a full line', () => {
    const joined = linesOf(joinWrappedLines(PORTAL));
    expect(joined[0]).toMatch(/^Để tập trung .* Thủ tướng Chính phủ yêu cầu:$/);
    // "... Ủy ban nhân" / "dân các tỉnh: ...": the name is whole again.
    expect(joined[1]).toMatch(/^1\. Đồng chí Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh: .* cho người dân\.$/);
    // "... các tỉnh: Khánh Hòa," / "Đắk Lắk, Gia Lai:": a list runs on after its comma.
    expect(joined[2]).toBe('2. Chủ tịch Ủy ban nhân dân các tỉnh: Khánh Hòa, Đắk Lắk, Gia Lai:');
    // "... trước Chính phủ, Thủ" / "tướng Chính phủ ...".
    expect(joined[3]).toMatch(/^- Chịu trách nhiệm toàn diện trước Chính phủ, Thủ tướng Chính phủ về công tác/);
    expect(joined).toHaveLength(5);
  });

  it('keeps the break after a heading without a closing mark when the next line begins anew in capitals', () => {
    const text = ['II. MỤC TIÊU, CHỈ TIÊU', '1. Mục tiêu chung', 'Tuy nhiên, việc triển khai một số nhiệm vụ còn chậm, chưa đồng bộ; sự phối hợp', 'giữa các cơ quan, đơn vị có lúc chưa chặt chẽ.', 'Nhà trường chủ động rà soát, bố trí kinh phí thực hiện các nhiệm vụ sau.'].join('\n');
    expect(linesOf(joinWrappedLines(text))).toEqual([
      'II. MỤC TIÊU, CHỈ TIÊU',
      '1. Mục tiêu chung',
      'Tuy nhiên, việc triển khai một số nhiệm vụ còn chậm, chưa đồng bộ; sự phối hợp giữa các cơ quan, đơn vị có lúc chưa chặt chẽ.',
      'Nhà trường chủ động rà soát, bố trí kinh phí thực hiện các nhiệm vụ sau.',
    ]);
  });

  it('keeps blank lines, table rows, lines in capitals and the line a section heading opens', () => {
    const article3 = [
      '**Điều 3.** Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các Sở: Tài chính, Nội',
      'vụ; Chủ tịch Ủy ban nhân dân các xã, phường chịu trách nhiệm thi hành Quyết định',
      'này.',
    ];
    // Each of these lines stays a line of its own.
    const kept = [
      '**Điều 4.** Quyết định này có hiệu lực kể từ ngày ký.',
      '',
      '| Nơi nhận: | TM. ỦY BAN NHÂN DÂN |',
      '| - Như Điều 3; | CHỦ TỊCH |',
      'KẾ HOẠCH',
      'Triển khai thực hiện Nghị quyết số 57-NQ/TW',
    ];
    const text = [...article3, ...kept].join('\n');
    const headings = [text.indexOf('Điều 3.'), text.indexOf('Điều 4.')];
    expect(linesOf(joinWrappedLines(text, headings))).toEqual([article3.join(' '), ...kept]);
  });

  it('joins a full line ending an item with ";" to the next in capitals, and keeps one item a line', () => {
    // A closing article wrapped at 72 columns, the way a rewrap breaks it after one of its items.
    const wrapped = [
      'Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nông nghiệp và Môi trường;',
      'Thủ trưởng các sở, ban, ngành cấp tỉnh; Chủ tịch Ủy ban nhân dân các xã,',
      'phường chịu trách nhiệm thi hành Quyết định này./.',
      'Cán bộ, công chức, viên chức phải chấp hành nghiêm chỉnh.',
      'Nơi nhận:',
    ].join('\n');
    expect(linesOf(joinWrappedLines(wrapped + '\n' + WRAPS))[0]).toBe(
      'Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nông nghiệp và Môi trường; Thủ trưởng các sở, ban, ngành cấp tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường chịu trách nhiệm thi hành Quyết định này./.',
    );
    // The same bodies one a line: each line has room left, so each stays an item.
    const listed = ['Chánh Văn phòng Ủy ban nhân dân tỉnh;', 'Giám đốc Sở Nông nghiệp và Môi trường;', 'Thủ trưởng các sở, ban, ngành cấp tỉnh;'].join('\n');
    expect(linesOf(joinWrappedLines(listed + '\n' + WRAPS)).slice(0, 3)).toEqual(linesOf(listed));
  });

  it('joins no line after a closing mark in a text that was never wrapped (one line per paragraph)', () => {
    const text = ['Ủy ban nhân dân tỉnh giao Sở Tài chính chủ trì thực hiện.', 'Sở Nội vụ phối hợp.', 'Các sở, ngành theo chức năng.', 'Văn phòng theo dõi.', 'Công an tỉnh bảo đảm an ninh.', 'Sở Y tế bảo đảm y tế.'].join('\n');
    expect(joinWrappedLines(text)).toBe(text);
  });
});
