/**
 * Which duties oversee others' work (SUPERVISE). Carrying out the oversight work ("thực hiện / tham gia / tổ chức công
 * tác kiểm tra, giám sát ...") oversees, as leading it does, where "công tác kiểm tra" alone is a noun; a check of a
 * mailbox or a system under test ("Kiểm tra hộp thư điện tử", "kiểm tra, tích hợp, kiểm thử ... dịch vụ công trực
 * tuyến") handles a thing and oversees nobody, and so does work on a site ("tăng cường công tác kiểm tra, giám sát hiện
 * trường, đôn đốc các nhà thầu": the "đôn đốc" of that "công tác" list is one more noun of it). A fronted purpose before an item's subject ("5. Để ..., các Sở, ngành,
 * ... triển khai thực hiện những nội dung sau:") leaves the subject the owner of the points. Excerpts: a province's
 * decision on electricity safety (Quảng Trị, 2025), a directive on investment projects (Đắk Lắk, 2025), a Quy chế
 * of the official mail system (Ninh Bình, 2025), a decision publishing procedures (Thái Nguyên, 2025), an HĐND resolution
 * on the year's tasks (Quảng Ninh, 2023).
 */
import { describe, expect, it } from 'vitest';
import { assignmentPairs as pairs } from '../../support/assignmentPairs';

describe('oversight work and things checked', () => {
  it('reads "thực hiện công tác kiểm tra an toàn ..." as overseeing', () => {
    const text = [
      'QUYẾT ĐỊNH',
      '',
      'Điều 1. Trách nhiệm thực hiện',
      '',
      '1. Ủy ban nhân dân các xã, phường và đặc khu chủ trì, phối hợp với đơn vị điện lực và các đơn vị liên quan thực hiện công tác kiểm tra an toàn trong sử dụng điện cho mục đích sinh hoạt, dịch vụ trên địa bàn quản lý.',
    ].join('\n');
    expect(pairs(text)).toEqual(expect.arrayContaining(['LEAD Ủy ban nhân dân các xã, phường và đặc khu', 'SUPERVISE Ủy ban nhân dân các xã, phường và đặc khu']));
  });

  it('gives the subject after a fronted purpose the points it announces, "tham gia công tác giám sát" overseeing', () => {
    const text = [
      'CHỈ THỊ',
      '',
      'II. NHIỆM VỤ',
      '',
      '1. Để nâng cao hiệu lực, hiệu quả quản lý nhà nước về đầu tư, tăng cường công tác đánh giá, kiểm tra và giám sát các dự án đầu tư, các Sở, ngành, UBND cấp xã và các đơn vị có liên quan theo chức năng, nhiệm vụ, thẩm quyền quy định triển khai thực hiện những nội dung sau:',
      '',
      'a) Thực hiện đầy đủ, nghiêm túc các quy định của pháp luật về đầu tư, doanh nghiệp, đất đai trong quá trình thẩm định và quản lý các dự án đầu tư.',
      '',
      'b) Tham gia kiểm tra, khảo sát vị trí đầu tư xây dựng; tham gia công tác giám sát, đánh giá đầu tư hoặc kiểm tra định kỳ hay đột xuất dự án đầu tư theo quy định.',
    ].join('\n');
    expect(pairs(text)).toEqual(expect.arrayContaining(['SUPERVISE các sở, ngành', 'SUPERVISE Ủy ban nhân dân cấp xã', 'SUPERVISE các đơn vị có liên quan']));
  });

  it('gives no SUPERVISE for checking a mailbox or testing an online service', () => {
    const text = [
      'QUYẾT ĐỊNH',
      '',
      'Điều 1. Tổ chức thực hiện',
      '',
      '1. Các sở, ban, ngành, Ủy ban nhân dân các xã, phường phân công cho văn thư quản lý hộp thư của cơ quan, đơn vị: Kiểm tra hộp thư điện tử ít nhất 02 lần/ngày vào đầu buổi sáng, đầu buổi chiều theo ngày làm việc hành chính.',
      '',
      '2. Giao Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Tài chính; cơ quan, đơn vị có liên quan thực hiện kiểm tra, tích hợp, kiểm thử, cung cấp dịch vụ công trực tuyến đối với thủ tục hành chính được công bố tại Quyết định này.',
    ].join('\n');
    const found = pairs(text);
    expect(found).toEqual(expect.arrayContaining(['LEAD Ủy ban nhân dân các xã, phường', 'LEAD Sở Khoa học và Công nghệ']));
    expect(found.filter((p) => p.startsWith('SUPERVISE'))).toEqual([]);
  });
  it('keeps "tăng cường công tác kiểm tra, giám sát hiện trường, đôn đốc các nhà thầu" a list of work on the site, overseeing no one', () => {
    // A provincial resolution on public investment: a site is a thing watched, and the "đôn đốc" of a "công tác" list is
    // one more noun of it.
    const text = [
      'NGHỊ QUYẾT',
      '',
      'Điều 1. Nhiệm vụ, giải pháp',
      '',
      '3. Các chủ đầu tư, các cơ quan quản lý lập kế hoạch giải ngân chi tiết từng dự án và tuân thủ nghiêm kế hoạch theo từng tháng, quý bảo đảm khối lượng cam kết và các quy định của pháp luật; tăng cường công tác kiểm tra, giám sát hiện trường, đôn đốc các nhà thầu, tư vấn đẩy nhanh tiến độ; kiên quyết xử lý nghiêm các trường hợp vi phạm theo quy định (nếu có).',
    ].join('\n');
    const found = pairs(text);
    expect(found).toContain('LEAD các chủ đầu tư');
    expect(found.filter((p) => p.startsWith('SUPERVISE'))).toEqual([]);
  });
});
