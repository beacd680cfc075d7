/**
 * A Quy chế phối hợp lists, point by point, the contents each body leads or joins: "Nội dung Sở X có trách nhiệm
 * chủ trì: ...", "Các nội dung do Sở Y chủ trì: ...". The body after the opener is the subject; the opener followed
 * by no body ("Nội dung phối hợp: ...", "Nội dung Kế hoạch được triển khai ...") names nobody.
 */
import { describe, expect, it } from 'vitest';
import { roleBodies } from '../../support/assignmentPairs';

describe('a body after "Nội dung" opening a point', () => {
  it('is the subject of the role the point gives it', () => {
    const text = [
      'Điều 6. Phối hợp trong công tác thông tin, truyền thông',
      '1. Nội dung Sở Văn hóa, Thể thao và Du lịch có trách nhiệm chủ trì: Hướng dẫn các cơ quan báo chí tuyên truyền về an toàn thực phẩm.',
      '2. Nội dung Ủy ban nhân dân các xã, phường có trách nhiệm phối hợp: Tổ chức tuyên truyền trên hệ thống thông tin cơ sở.',
      '3. Các nội dung do Sở Y tế chủ trì: Xây dựng kế hoạch truyền thông về an toàn thực phẩm.',
    ].join('\n');
    expect(roleBodies(text)).toEqual(['LEAD Sở Văn hóa, Thể thao và Du lịch', 'COORDINATE Ủy ban nhân dân các xã, phường', 'LEAD Sở Y tế']);
  });

  it('names nobody when no body follows the opener', () => {
    const text = ['Điều 6. Phối hợp trong công tác thông tin', '1. Nội dung phối hợp: Trao đổi thông tin, tài liệu.', '2. Nội dung Kế hoạch được triển khai đến các xã, phường.'].join('\n');
    expect(roleBodies(text)).toEqual([]);
  });
});
