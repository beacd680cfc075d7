/**
 * Two ways long regulations and their annexes write a body's name (issue 8, thirtieth pass):
 * - a bare "cơ quan" named by the administrative procedures it settles ("các cơ quan giải quyết TTHC"), the body the
 *   regulations on one-stop shops and on the procedure-settling system assign duties to;
 * - a form's signature block ("CHỦ TỊCH HỘI ĐỒNG" then "Ký tên, đóng dấu"), whose instruction is no part of a name.
 * Passages are copied from real documents (a provincial Quy chế on the procedure-settling system, a ministry's
 * procedure annex with its forms).
 */
import { describe, expect, it } from 'vitest';
import { parseBodyAt } from '../../../src/extract/bodies';
import { roleBodies as assigned } from '../../support/assignmentPairs';
import { tokenize } from '../../../src/extract/vocabulary';

const bodyAtStart = (s: string) => parseBodyAt(tokenize(s), 0)?.raw ?? null;

describe('a body named by the procedures it settles', () => {
  it('keeps the procedures in its name', () => {
    expect(bodyAtStart('các cơ quan giải quyết TTHC phối hợp với các cơ quan có liên quan')).toBe('các cơ quan giải quyết TTHC');
    expect(bodyAtStart('Các cơ quan thực hiện TTHC công khai địa chỉ trụ sở làm việc')).toBe('Các cơ quan thực hiện TTHC');
  });

  it('is the subject of a Quy chế article, not "các cơ quan"', () => {
    const text = [
      '**Điều 19. Xử',
      'lý phản ánh, kiến nghị**',
      '',
      'Đối với phản ánh, kiến nghị về',
      'giải quyết TTHC của các tổ chức, cá nhân, trong thời gian 10 (mười) ngày làm việc',
      'kể từ ngày tiếp nhận phản ánh kiến nghị, các cơ quan giải quyết TTHC phối hợp với',
      'các cơ quan có liên quan có trách nhiệm thông tin phản hồi cho tổ chức, cá',
      'nhân.',
    ].join('\n');
    const got = assigned(text);
    expect(got.some((a) => a.endsWith(' các cơ quan giải quyết TTHC'))).toBe(true);
    expect(got.some((a) => a.endsWith(' các cơ quan'))).toBe(false);
  });

  it('needs the procedure words: a bare kind and its verb stay apart', () => {
    expect(bodyAtStart('các cơ quan thực hiện nghiêm túc Quyết định này')).toBe('các cơ quan');
  });
});

describe("a form's signature instruction", () => {
  it('continues no name', () => {
    expect(bodyAtStart('Hội đồng Ký tên, đóng dấu')).toBe('Hội đồng');
    expect(bodyAtStart('Hội đồng Ký, ghi rõ họ tên')).toBe('Hội đồng');
    // A capitalized field still names the council.
    expect(bodyAtStart('Hội đồng Kỹ thuật tỉnh có trách nhiệm')).toBe('Hội đồng Kỹ thuật tỉnh');
  });

  it('ends the title of a signature block, as a procedure annex prints its forms', () => {
    expect(bodyAtStart('CHỦ TỊCH HỘI ĐỒNG\nKý tên, đóng dấu')).toBe('CHỦ TỊCH HỘI ĐỒNG');
    expect(bodyAtStart('CHỦ TỊCH HỘI ĐỒNG\n(Ký tên, đóng dấu)')).toBe('CHỦ TỊCH HỘI ĐỒNG');
  });
});
