/**
 * A bare kind named by the field it manages and the level it works at ("cơ quan có chức năng quản lý đất đai cấp
 * xã", the Land Law's term that the provinces' rules on coordination with the land registration offices use): the
 * field and the level are part of its name, so a partner list goes on after it and its duties are its own.
 * Without a level closing the field, the words after the kind are left to the clause. Excerpts: two provinces'
 * regulations on coordination between the land registration office and the commune's land authority (Lai Châu,
 * Nghệ An, November 2025).
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/extractDocument';
import { readSource } from '../../../src/formats';

/** The excerpt read as its export is (wrapped lines joined), then extracted. */
async function roles(markdown: string): Promise<string[]> {
  const source = await readSource(new TextEncoder().encode(markdown), { fileName: 'excerpt.md' });
  return extractDocument(source.text, { fileName: 'excerpt.md' }).assignments.map((a) => `${a.role} ${a.body}`);
}

describe('kinds named by the field they manage', async () => {
  it('reads the partners listed after such a kind', async () => {
    const text = [
      'QUY CHẾ',
      '',
      '**Điều 10.',
      'Trách nhiệm của cơ quan Thuế**',
      '',
      '6. Phối hợp với Sở Nông nghiệp',
      'và Môi trường, cơ quan có chức năng quản lý đất đai cấp xã, Văn phòng đăng ký đất',
      'đai, Chi nhánh Văn phòng đăng ký đất đai và các đơn vị liên quan giải quyết các',
      'khó khăn, vướng mắc trong quá trình xác định nghĩa vụ tài chính.',
    ].join('\n');
    const found = await roles(text);
    expect(found).toEqual(
      expect.arrayContaining([
        'COORDINATE cơ quan có chức năng quản lý đất đai cấp xã',
        'COORDINATE Văn phòng đăng ký đất đai',
        'COORDINATE Chi nhánh Văn phòng đăng ký đất đai',
      ]),
    );
    expect(found).not.toContain('COORDINATE cơ quan');
  });

  it('names the directed kind with its field and level even when the level wraps', async () => {
    const text = [
      'QUY CHẾ',
      '',
      '**Điều 22. Trách nhiệm của Ủy ban nhân dân cấp xã**',
      '',
      '6. Chỉ đạo cơ quan có chức năng quản lý đất đai cấp',
      'xã phối hợp Chi nhánh Văn phòng đăng ký đất đai thực hiện kiểm tra thực địa và',
      'đối chiếu hồ sơ Đăng ký, cấp Giấy chứng nhận đã cấp để xác định đúng vị trí thửa',
      'đất.',
    ].join('\n');
    const found = await roles(text);
    expect(found).toContain('LEAD cơ quan có chức năng quản lý đất đai cấp xã');
    expect(found.filter((r) => / cơ quan có chức năng$/.test(r))).toEqual([]);
  });
});
