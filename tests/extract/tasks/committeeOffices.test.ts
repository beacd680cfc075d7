/**
 * A steering committee's working regulation gives each of its offices an article ("Điều 5. Trách nhiệm của Trưởng Ban
 * Chỉ đạo") or a sub-item ("1.1. Trưởng Ban Chỉ đạo" then bullets): the office is the actor of the points below, kept
 * as written (the annotators' convention), not cut into a title "Trưởng Ban" of a body "Chỉ đạo". The head of a
 * committee named in full stands for the committee. A team formed for one inspection ("Trưởng Đoàn kiểm tra",
 * "thành viên Đoàn kiểm tra") is no standing body: its steps in a procedure are rules, not assignments. Excerpts: the Quy chế hoạt động of the Ban Chỉ đạo Nhà nước về
 * Du lịch (Quyết định 170/QĐ-BCĐNNDL, 2025), a provincial asset inventory plan (Quảng Ngãi, 2025) and the Bộ
 * Công Thương's circular on the procedure of specialised inspections (2025).
 */
import { describe, expect, it } from 'vitest';
import { assignmentPairs as pairs } from '../../support/assignmentPairs';
import { inspectionTeam, officeBody, procedureCouncil } from '../../../src/extract/tasks/committeeOffices';

describe('offices of a committee', () => {
  it('makes the office an article is headed with the actor of its points', () => {
    const text = [
      'QUY CHẾ',
      '',
      '**Điều 5. Trách nhiệm của Trưởng',
      'Ban Chỉ đạo**',
      '',
      '1. Trực tiếp lãnh đạo, điều hành hoạt động của Ban',
      'Chỉ đạo; chịu trách nhiệm chung về hoạt động của Ban Chỉ đạo.',
      '',
      '3. Đôn đốc, kiểm tra việc thực hiện nhiệm vụ đã được giao cho Phó Trưởng Ban Chỉ đạo và các ủy viên Ban Chỉ đạo.',
      '',
      '**Điều 6. Trách nhiệm của Phó Trưởng',
      'Ban Chỉ đạo**',
      '',
      '1. Giúp Trưởng Ban Chỉ đạo điều hành công việc của Ban Chỉ đạo.',
    ].join('\n');
    expect(pairs(text)).toEqual(expect.arrayContaining(['LEAD Trưởng Ban Chỉ đạo', 'SUPERVISE Trưởng Ban Chỉ đạo', 'LEAD Phó Trưởng Ban Chỉ đạo']));
  });

  it('reads a sub-item named by the office alone', () => {
    const text = [
      'KẾ HOẠCH',
      '',
      'IV. TỔ CHỨC THỰC HIỆN',
      '',
      '**1. Nhiệm vụ của thành viên Ban Chỉ đạo**',
      '',
      '*1.1. Trưởng Ban Chỉ đạo*',
      '',
      '- Phụ trách chung, trực tiếp điều hành, chỉ đạo, chịu trách nhiệm trước Ủy ban nhân dân tỉnh về kết quả thực hiện tổng kiểm kê tài sản.',
      '',
      '- Phối hợp với các cơ quan Trung ương, Bộ Tài chính trong việc chỉ đạo thực hiện tổng kiểm kê tài sản.',
    ].join('\n');
    const found = pairs(text);
    // The office leads its sub-item; a bullet of it that coordinates with named partners makes the partners
    // COORDINATE (third-round convention for body-headed items, tests/extract/tasks/ownersCoordination.test.ts).
    expect(found).toEqual(expect.arrayContaining(['LEAD Trưởng Ban Chỉ đạo', 'COORDINATE Bộ Tài chính']));
    expect(found).not.toContain('LEAD Thành viên Ban Chỉ đạo');
  });

  it('keeps a bare office and gives a named committee for its head', () => {
    expect(officeBody('Trưởng Ban Chỉ đạo', false)).toEqual({ body: 'Trưởng Ban Chỉ đạo', office: true });
    expect(officeBody('Ủy viên thường trực', false)).toEqual({ body: 'Ủy viên thường trực', office: true });
    expect(officeBody('Phó Trưởng Ban Chỉ đạo tỉnh', false)).toEqual({ body: 'Ban Chỉ đạo tỉnh', office: false });
    expect(officeBody('Trưởng Ban Chỉ đạo', true)).toEqual({ body: 'Ban Chỉ đạo', office: false });
    // A company's board or a people's council is no committee of this kind.
    expect(officeBody('Chủ tịch Hội đồng thành viên', false)).toBeNull();
    expect(officeBody('Chủ tịch Hội đồng nhân dân tỉnh', false)).toBeNull();
  });

  it('gives an inspection team and its members no role', () => {
    const text = [
      'THÔNG TƯ',
      '',
      'Điều 9. Thực hiện kiểm tra',
      '',
      '2. Trưởng Đoàn kiểm tra, thành viên Đoàn kiểm tra có trách nhiệm nghiên cứu thông tin, tài liệu thu thập được; đánh giá việc chấp hành chính sách, pháp luật của đối tượng kiểm tra.',
      '',
      'Điều 10. Báo cáo kết quả kiểm tra',
      '',
      '1. Trưởng Đoàn kiểm tra có trách nhiệm tổng hợp, báo cáo người ra quyết định kiểm tra về kết quả kiểm tra của Đoàn kiểm tra.',
    ].join('\n');
    expect(pairs(text)).toEqual([]);
    expect(inspectionTeam('Trưởng Đoàn')).toBe(true);
    expect(inspectionTeam('Thành viên Đoàn kiểm tra')).toBe(true);
    expect(inspectionTeam('Đoàn Kiểm tra giám sát bầu cử của tỉnh')).toBe(true);
    expect(inspectionTeam('Ban Chỉ đạo')).toBe(false);
    expect(inspectionTeam('Đoàn đại biểu Quốc hội tỉnh')).toBe(false);
  });

  it('gives no duty to a council named by its kind alone or by the act it is formed for, nor to its members', () => {
    // The Bộ Nông nghiệp và Môi trường's circular on appraising dossiers (2025), Điều 5.1, and the Bộ Y tế's procedure
    // for awarding a title (2025): the council carries out the procedure the text sets (the third point, a control,
    // is written for the test).
    const text = [
      'THÔNG TƯ',
      '**Điều 5. Trình tự thẩm định**',
      '1. Hội đồng thẩm định tổ chức đánh giá hồ sơ, lập Biên bản họp theo Mẫu số 02 Phụ lục I ban hành kèm theo Thông tư này;',
      '2. Các thành viên Hội đồng tiến hành bỏ phiếu kín.',
      '3. Cục Bảo tồn thiên nhiên và Đa dạng sinh học có trách nhiệm tổng hợp kết quả thẩm định.',
    ].join('\n');
    expect(pairs(text)).toEqual(['LEAD Cục Bảo tồn thiên nhiên và Đa dạng sinh học']);
    expect(procedureCouncil('Hội đồng thẩm định')).toBe(true);
    expect(procedureCouncil('Các thành viên Hội đồng')).toBe(true);
    expect(procedureCouncil('Hội đồng Thi đua - Khen thưởng tỉnh')).toBe(false);
    expect(procedureCouncil('Hội đồng nhân dân tỉnh')).toBe(false);
  });

  it('reads the members of a committee named with "của" as one body, like "các thành viên Ban Chỉ đạo"', () => {
    // A Government Office notice of the steering committee for key transport projects (2025), III.1.a: "thành viên
    // của Ban Chỉ đạo" is the same office as "thành viên Ban Chỉ đạo"; before, the list stopped at "các thành viên" and
    // the request assigned no one.
    const text = [
      'THÔNG BÁO',
      '',
      '**III. NHIỆM VỤ TRỌNG TÂM**',
      '',
      '1. Hoàn thành mục tiêu đưa vào',
      'khai thác trên 3.000 km đường bộ cao tốc và khoảng trên 1.700km đường bộ ven biển',
      'trong năm 2025',
      '',
      'a) Yêu cầu các bộ, ngành, địa phương, các thành',
      'viên của Ban Chỉ đạo phải tiếp tục nâng cao hơn nữa, quyết liệt hơn nữa để hoàn',
      'thành bằng được nhiệm vụ chính trị đặc biệt quan trọng này, tuyệt đối không được',
      'chủ quan.',
    ].join('\n');
    expect(pairs(text)).toEqual(expect.arrayContaining(['LEAD các bộ, ngành, địa phương', 'LEAD Các thành viên của Ban Chỉ đạo']));
  });
});
