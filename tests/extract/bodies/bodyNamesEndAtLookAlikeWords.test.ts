/**
 * A body's name ends at a lower-case word written with other marks than a one-word name it folds like (issue 8,
 * seventeenth pass, theme A): "Bộ Tài chính đang xây dựng ..." is no "Bộ Tài chính Đảng", "Sở Khoa học và Công nghệ
 * đồng bộ ..." no "... Đông". Phrases as the real documents of ../shared/real write them; "Đảng" written as such
 * still names ("Ban Tuyên giáo Đảng ủy tỉnh").
 */
import { describe, expect, it } from 'vitest';
import { parseBodyListAt } from '../../../src/extract/bodies';
import { tokenize } from '../../../src/extract/vocabulary';
import { extractDocument } from '../../../src/extract/extractDocument';

const items = (text: string) => parseBodyListAt(tokenize(text), 0)?.items.map((i) => i.raw) ?? [];

describe('a lower-case look-alike of a one-word name after a body', () => {
  it('ends the name', () => {
    expect(items('Bộ Tài chính đang xây dựng Luật Quản lý thuế (sửa đổi)')).toEqual(['Bộ Tài chính']);
    expect(items('Sở Khoa học và Công nghệ đồng bộ lên Cổng Dịch vụ công quốc gia')).toEqual(['Sở Khoa học và Công nghệ']);
  });

  it('not the word written as the name writes it', () => {
    expect(items('Ban Tuyên giáo Đảng ủy tỉnh chủ trì')).toEqual(['Ban Tuyên giáo Đảng ủy tỉnh']);
    expect(items('Ban xây dựng Đảng chủ trì')).toEqual(['Ban xây dựng Đảng']);
  });
});

describe('a lower-case word written in full without marks, in a text that keeps its marks', () => {
  // "thu" (collect) folds like the field "thuế": a partner's name ran on into its verb ("Sở Tài chính thu").
  it('ends the name', () => {
    expect(items('Sở Tài chính thu thập số liệu, tổng hợp báo cáo')).toEqual(['Sở Tài chính']);
    expect(items('Sở Nội vụ thu hồi kinh phí đã cấp')).toEqual(['Sở Nội vụ']);
  });

  it('so a partner of "phối hợp với" keeps its own name', () => {
    const text = 'III. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế chủ trì, phối hợp với Sở Tài chính thu thập số liệu về cơ sở khám bệnh, chữa bệnh.\n';
    const pairs = extractDocument(text, {}).assignments.map((a) => `${a.role} ${a.body}`);
    expect(pairs).toEqual(['LEAD Sở Y tế', 'COORDINATE Sở Tài chính']);
  });
});

describe('a function word after a group that folds loosely like a modifier', () => {
  // Partners written without "các", as a list continues them.
  const partners = (text: string) => parseBodyListAt(tokenize(text), 0, { bareGeneric: true })?.items.map((i) => i.raw) ?? [];

  // Nghệ An, 98/2025/QĐ-UBND, Quy chế Điều 14.3: "và trong" is no "vũ trang" (the units of the armed forces).
  it('ends the group before it', () => {
    expect(partners('cơ quan, đơn vị liên quan và trong thời hạn 05 ngày làm việc kể từ ngày nhận được kiến nghị')).toEqual(['cơ quan, đơn vị liên quan']);
  });

  it('not the modifier written as such, nor one an OCR reading damaged', () => {
    expect(items('các đơn vị vũ trang trên địa bàn tỉnh')).toEqual(['các đơn vị vũ trang trên địa bàn tỉnh']);
    // An OCR sample (tests/fixtures/gold 002): "thuộc" read "thudc".
    expect(items('cac co quan, don vi, dia phuong thudc tinh')).toEqual(['cac co quan, don vi, dia phuong thudc tinh']);
  });
});
