/**
 * A role label's bodies separated by semicolons, as a Quy chế's or a plan's "Cơ quan phối hợp: Công an tỉnh; Sở
 * Công Thương; ..." writes them: every body takes the label's role. A semicolon before the next label still ends
 * the column ("Cơ quan chủ trì: Sở Nội vụ; cơ quan phối hợp: ...").
 */
import { describe, expect, it } from 'vitest';
import { roleBodies } from '../../support/assignmentPairs';

describe('a role label followed by bodies separated by semicolons', () => {
  it('gives each body the label\'s role', () => {
    const text = [
      'Điều 3. Cơ quan chủ trì, cơ quan phối hợp',
      '1. Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch.',
      '2. Cơ quan phối hợp: Công an tỉnh; Sở Công Thương; Ủy ban nhân dân các xã, phường.',
    ].join('\n');
    expect(roleBodies(text)).toEqual([
      'LEAD Sở Văn hóa, Thể thao và Du lịch',
      'COORDINATE Công an tỉnh',
      'COORDINATE Sở Công Thương',
      'COORDINATE Ủy ban nhân dân các xã, phường',
    ]);
  });

  it('ends at the semicolon before the next label or another column', () => {
    const text = [
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Xây dựng cơ sở dữ liệu. Cơ quan chủ trì: Sở Nội vụ; cơ quan phối hợp: Sở Tài chính, Công an tỉnh; thời gian hoàn thành: Quý IV năm 2026.',
      '2. Tập huấn. Đơn vị thực hiện: Sở Y tế; Sở Giáo dục và Đào tạo; thời gian: tháng 12.',
    ].join('\n');
    expect(roleBodies(text)).toEqual([
      'LEAD Sở Nội vụ',
      'COORDINATE Sở Tài chính',
      'COORDINATE Công an tỉnh',
      'LEAD Sở Y tế',
      'LEAD Sở Giáo dục và Đào tạo',
    ]);
  });
});
