/**
 * "X có trách nhiệm <duty>" where X is a kind of body named by its role: what it manages, does or serves ("Đơn vị quản
 * lý, vận hành hệ thống chiếu sáng công cộng", "Cơ quan nhà nước quản lý cơ sở dữ liệu", "Các cơ quan, tổ chức, đơn vị,
 * cá nhân thực hiện nhiệm vụ phục vụ công tác bầu cử") is the subject up to the responsibility, and leads the duty in a
 * regulation's rule chapter as in a Tổ chức thực hiện article; so does a kind written alone ("Chủ đầu tư", "Cơ quan nhà
 * nước") right before its responsibility. Excerpts are real text, read end to end: a UBND's Quy định on electricity
 * safety, an HĐND resolution on election expenses, the Quốc hội's Law on Data, the Bộ Quốc phòng's consolidated
 * circular on mine clearance, and a ministry's circular on awards.
 */
import { describe, expect, it } from 'vitest';
// The excerpts start mid-article, so the clause numbers may not be read: the role and the body are what is proved.
import { roleBodies as roles } from '../../support/assignmentPairs';

describe('a kind of body named by its role and given a duty "có trách nhiệm"', () => {
  it('names the operator by what it operates, verbs and a comma included, in a rule chapter of a UBND Quy định', () => {
    // Quy định on electricity safety (UBND tỉnh, November 2025), Chương II.
    const text = [
      'QUY ĐỊNH',
      '',
      '**Chương II**',
      '',
      '**Điều 5. An toàn trong sử dụng',
      'điện cho chiếu sáng công cộng**',
      '',
      '2. Tổ chức, cá nhân sử dụng điện chiếu sáng phải đảm',
      'bảo an toàn, đúng mục đích; sử dụng các sản phẩm chiếu sáng hiệu suất cao có',
      'dán nhãn tiết kiệm năng lượng.',
      '',
      '3. Đơn vị quản lý, vận hành hệ thống chiếu sáng',
      'công cộng có trách nhiệm bảo vệ nguồn sáng, thiết bị chiếu sáng, đường dây, cột',
      'điện, tủ điện, hệ thống điều khiển và các thiết bị điện khác trên địa bàn quản',
      'lý.',
    ].join('\n');
    const r = roles(text);
    expect(r).toContain('LEAD Đơn vị quản lý, vận hành hệ thống chiếu sáng công cộng');
    expect(r.filter((x) => x.endsWith('Đơn vị quản lý, vận hành'))).toEqual([]);
  });

  it('names the state body managing a database by what it manages, before "có trách nhiệm sau đây:", in a law', () => {
    // Luật Dữ liệu (Quốc hội), Điều 12.
    const text = [
      '**Điều 12. Bảo đảm chất lượng dữ liệu**',
      '',
      '1. Bảo đảm chất lượng dữ liệu là bảo đảm tính chính xác, hợp lệ, toàn vẹn, đầy đủ, cập nhật kịp thời, thống nhất của dữ liệu.',
      '',
      '2. Cơ quan nhà nước quản lý cơ sở dữ liệu có trách nhiệm sau đây:',
      '',
      'a) Hướng dẫn, triển khai, áp dụng đồng bộ tiêu chuẩn, quy chuẩn kỹ thuật quốc gia về bảo đảm chất lượng dữ liệu, quy trình bảo đảm chất lượng dữ liệu để áp dụng đối với cơ sở dữ liệu do cơ quan quản lý;',
    ].join('\n');
    expect(roles(text)).toContain('LEAD Cơ quan nhà nước quản lý cơ sở dữ liệu');
  });

  it('leaves the closing reference to the text ("theo quy định tại Nghị quyết này") out of the name, in an HĐND resolution', () => {
    // Nghị quyết of the HĐND thành phố (November 2025) on election expenses, Điều 6.
    const text = [
      '**Điều 6. Tổ chức thực hiện**',
      '3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành',
      'phố Hà Nội và các tổ chức chính trị - xã hội thành phố Hà Nội phối hợp tuyên',
      'truyền và giám sát việc tổ chức thực hiện Nghị quyết.',
      '4. Các cơ quan, tổ chức, đơn vị, cá nhân thực hiện',
      'nhiệm vụ phục vụ công tác bầu cử theo quy định tại Nghị quyết này có trách nhiệm',
      'thực hiện đảm bảo theo đúng định mức, đúng điều kiện, đúng đối tượng; đảm bảo',
      'hiệu quả, công khai, minh bạch.',
    ].join('\n');
    const r = roles(text);
    expect(r).toContain('LEAD các cơ quan, tổ chức, đơn vị, cá nhân thực hiện nhiệm vụ phục vụ công tác bầu cử');
    expect(r.filter((x) => x.endsWith(' cá nhân') || x.includes('Nghị quyết này'))).toEqual([]);
  });

  it('reads no qualifier when a modal follows the kind ("Cá nhân cam kết chịu trách nhiệm ...")', () => {
    // Thông tư of the Bộ Y tế on an award, the file an applicant submits.
    const text = [
      '**Điều 7. Hồ sơ đề nghị xét tặng**',
      '',
      '1. Bản khai thành tích có xác nhận của đơn vị công tác. Cá nhân',
      'cam kết chịu trách nhiệm trước pháp luật về tính chính xác, trung thực và',
      'tính pháp lý của hồ sơ đề nghị xét tặng;',
    ].join('\n');
    expect(roles(text).filter((x) => x.includes('cam kết'))).toEqual([]);
  });

  it('reads a kind written alone as the subject of the responsibility right after it, in a law and a circular', () => {
    // Luật Dữ liệu (Quốc hội), Điều 14; Thông tư of the Bộ Quốc phòng (consolidated text), Điều 15.
    const law = ['**Điều 14. Hoạt động lưu trữ dữ liệu**', '', '1. Cơ quan nhà nước chịu trách nhiệm tổ chức lưu trữ dữ liệu bảo đảm an toàn.'].join('\n');
    const circular = [
      '**Điều 15. Trách nhiệm quản lý',
      'chất lượng**',
      '',
      '1. Chủ đầu tư chịu trách nhiệm thiết lập hệ thống',
      'quản lý chất lượng (sau đây gọi tắt là QLCL) và thực hiện QLCL các dự án, hạng mục,',
      'nhiệm vụ điều tra, khảo sát, rà phá bom mìn vật nổ.',
    ].join('\n');
    expect(roles(law)).toContain('LEAD Cơ quan nhà nước');
    expect(roles(circular)).toContain('LEAD Chủ đầu tư');
  });

  it('reads the whole qualifier of a kind announcing its points "có trách nhiệm sau đây:", a passive-looking "được" included', () => {
    // Luật Dữ liệu (Quốc hội), Điều 18.
    const text = [
      '**Điều 18. Cung cấp dữ liệu cho cơ quan nhà nước**',
      '',
      '3. Cơ quan nhà nước nhận được dữ liệu có trách nhiệm sau đây:',
      '',
      'a) Sử dụng dữ liệu đúng mục đích;',
    ].join('\n');
    expect(roles(text)).toContain('LEAD Cơ quan nhà nước nhận được dữ liệu');
  });

  it('ends the name of a kind announcing its points before the role it is given with "là"', () => {
    // Thông tư of the Bộ Quốc phòng (consolidated text), Điều 20.
    const text = [
      '**Điều 20. Trách nhiệm quản lý',
      'thông tin khắc phục hậu quả bom mìn vật nổ sau chiến tranh**',
      '',
      '2. Cơ quan quân sự địa phương cấp tỉnh hoặc cơ quan',
      'khắc phục hậu quả bom mìn vật nổ cấp tỉnh là đầu mối thu thập, lưu trữ và cung',
      'cấp dữ liệu thông tin khắc phục hậu quả bom mìn vật nổ trên địa bàn có trách',
      'nhiệm:',
      '',
      'a) Thiết lập và thông báo địa chỉ để tiếp nhận thông tin khắc phục hậu quả bom mìn vật nổ trên địa bàn;',
    ].join('\n');
    const r = roles(text);
    expect(r).toContain('LEAD Cơ quan quân sự địa phương cấp tỉnh hoặc cơ quan khắc phục hậu quả bom mìn vật nổ cấp tỉnh');
    expect(r.filter((x) => x.includes('đầu mối'))).toEqual([]);
  });
});
