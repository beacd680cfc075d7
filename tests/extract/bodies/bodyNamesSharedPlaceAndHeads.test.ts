/**
 * Body names completed from their neighbours or stripped of a head's title (issue 8, sixteenth pass, the body side):
 * a council written bare before another council of a place is that place's council, the head of a field's office
 * of a place ("Trưởng Thuế tỉnh") stands for the office, and a kind of body named by its competence ("Các cơ quan
 * theo thẩm quyền khẩn trương ...") keeps that qualifier. Phrases as the real documents of ../shared/real write them.
 */
import { describe, expect, it } from 'vitest';
import { parseBodyListAt, resolveBody } from '../../../src/extract/bodies';
import { extractDocument } from '../../../src/extract/extractDocument';
import { tokenize } from '../../../src/extract/vocabulary';

const items = (text: string) => parseBodyListAt(tokenize(text), 0, { bareGeneric: true })?.items.map((i) => (i.group ? `[${i.raw}]` : i.raw)) ?? [];

/** The (role, body, jurisdiction, official) of what a decision of the UBND tỉnh Đồng Nai with `clause` assigns. */
function assigned(clause: string): string[] {
  const text = `ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG NAI\n\nSố: 62/2025/QĐ-UBND\n\nQUYẾT ĐỊNH\n\nĐiều 1. Phạm vi.\n\n${clause}\n`;
  return extractDocument(text, { fileName: 'x.md' }).assignments.map((a) => `${a.role} ${a.body} @${a.jurisdiction}${a.official ? ` (${a.official})` : ''}`);
}

describe('a council written bare before another council of a place', () => {
  it("is that place's council (a Standing Committee resolution's closing article)", () => {
    expect(items('Chính phủ, Hội đồng nhân dân, Ủy ban nhân dân thành phố Cần Thơ, chính quyền địa phương các đơn vị hành chính liên quan').slice(0, 3)).toEqual([
      'Chính phủ',
      'Hội đồng nhân dân thành phố Cần Thơ',
      'Ủy ban nhân dân thành phố Cần Thơ',
    ]);
    expect(items('HĐND, UBND tỉnh Đắk Lắk chủ trì')).toEqual(['HĐND tỉnh Đắk Lắk', 'UBND tỉnh Đắk Lắk']);
  });

  it('shares a list of places too, and is a group as its neighbour is ("HĐND, UBND các xã"; withNeighbourPlace takes one place only)', () => {
    expect(items('HĐND, UBND các xã chủ trì')).toEqual(['[HĐND các xã]', '[UBND các xã]']);
    expect(items('Hội đồng nhân dân và Ủy ban nhân dân các xã, phường chủ trì')).toEqual(['[Hội đồng nhân dân các xã, phường]', '[Ủy ban nhân dân các xã, phường]']);
  });

  it('takes the place as its jurisdiction', () => {
    expect(assigned('Điều 3. Chính phủ, Hội đồng nhân dân, Ủy ban nhân dân tỉnh An Giang có trách nhiệm tổ chức thi hành Nghị quyết này.')).toContain(
      'LEAD Hội đồng nhân dân tỉnh An Giang @An Giang',
    );
  });

  it('leaves a council followed by another kind of body as written', () => {
    expect(items('Hội đồng nhân dân, Sở Nội vụ tỉnh Đắk Lắk chủ trì')[0]).toBe('Hội đồng nhân dân');
  });
});

describe("the head of a field's office of a place", () => {
  it('stands for the office ("Trưởng Thuế tỉnh" is the body "Thuế tỉnh")', () => {
    expect(assigned('Điều 5. Chánh Văn phòng Ủy ban nhân dân tỉnh, Trưởng Thuế tỉnh, Giám đốc Sở Tài chính chịu trách nhiệm thi hành Quyết định này./.')).toEqual([
      'LEAD Văn phòng Ủy ban nhân dân tỉnh @Đồng Nai (Chánh)',
      'LEAD Thuế tỉnh @Đồng Nai (Trưởng)',
      'LEAD Sở Tài chính @Đồng Nai (Giám đốc)',
    ]);
  });

  it('leaves a school ("Trường") alone', () => {
    expect(assigned('Điều 2. Trường Cao đẳng Đồng Nai chủ trì tổ chức thực hiện.')).toEqual(['LEAD Trường Cao đẳng Đồng Nai @Đồng Nai']);
  });
});

describe('a name holding a field that ends in a verb-like word', () => {
  it('reads "Đổi mới sáng tạo" whole, with the place after it', () => {
    expect(items('Trung tâm Đổi mới sáng tạo Hà Nội có trách nhiệm:')).toEqual(['Trung tâm Đổi mới sáng tạo Hà Nội']);
    expect(items('Phòng Đổi mới sáng tạo chủ trì')).toEqual(['Phòng Đổi mới sáng tạo']);
  });

  it('ends a list of kinds at a kind with its own capitalized name ("Ban Quản lý, Trung tâm Đổi mới sáng tạo Hà Nội")', () => {
    expect(items('Ban Quản lý, Trung tâm Đổi mới sáng tạo Hà Nội thực hiện')).toEqual(['[Ban Quản lý]', 'Trung tâm Đổi mới sáng tạo Hà Nội']);
    expect(items('Các Sở, Ban, Ngành Trung ương phối hợp')).toEqual(['[Các Sở, Ban, Ngành Trung ương]']);
  });

  it('reads an unmarked syllable of its own as itself, no verb spelled otherwise ("Cạnh tranh" is no "trình")', () => {
    expect(items('Ủy ban Cạnh tranh Quốc gia, Cục trưởng các Cục thuộc Bộ Công Thương')[0]).toBe('Ủy ban Cạnh tranh Quốc gia');
    // The verb itself still ends a name, with its marks or without them (OCR).
    expect(items('Sở Tư pháp trình Ủy ban nhân dân tỉnh')).toEqual(['Sở Tư pháp']);
    expect(items('So Tu phap trinh UBND tinh')[0]).toBe('So Tu phap');
  });
});

describe('a group owned by the locality', () => {
  it('keeps "địa phương", "quân đội" and "đóng quân tại địa bàn" after its kind, across a wrapped line', () => {
    expect(items('các doanh nghiệp\nđịa phương, các lực lượng vũ trang đóng quân tại địa bàn, các doanh nghiệp quân\nđội hỗ trợ')).toEqual([
      '[các doanh nghiệp địa phương]',
      '[các lực lượng vũ trang đóng quân tại địa bàn]',
      '[các doanh nghiệp quân đội]',
    ]);
  });

  it('keeps "của địa phương" in its name', () => {
    expect(assigned('Điều 2. Đề nghị Thuế tỉnh Nghệ An phối hợp với các cơ quan chức năng của địa phương, căn cứ quy định của pháp luật để thực hiện.')).toContain(
      'COORDINATE các cơ quan chức năng của địa phương @Đồng Nai',
    );
  });
});

describe('the provinces\' committees written "tỉnh, thành phố"', () => {
  it('are one collective without "trực thuộc trung ương" too, unless a city is named', () => {
    expect(items('Ủy ban nhân dân tỉnh, thành phố chủ trì')).toEqual(['Ủy ban nhân dân tỉnh, thành phố']);
    expect(items('UBND tỉnh, Thành phố, các cấp, các ngành của địa phương phải thường xuyên động viên')[0]).toBe('UBND tỉnh, Thành phố');
    expect(items('UBND tỉnh, Thành phố Hồ Chí Minh chủ trì')).toEqual(['UBND tỉnh', 'Thành phố Hồ Chí Minh']);
  });
});

describe('a kind of body named by its competence', () => {
  it('keeps "theo thẩm quyền" before its duty', () => {
    expect(assigned('2. Các cơ quan theo thẩm quyền khẩn trương thực hiện các công tác chuẩn bị cần thiết.')).toEqual(['LEAD các cơ quan theo thẩm quyền @Đồng Nai']);
  });

  it('not when more follows the qualifier', () => {
    // The name itself: this clause assigns nothing, so a check on its assignments alone would pass whatever the parse.
    expect(items('Các cơ quan theo thẩm quyền, trách nhiệm được giao thực hiện các công tác chuẩn bị cần thiết.')).toEqual(['[Các cơ quan]']);
    expect(assigned('2. Các cơ quan theo thẩm quyền, trách nhiệm được giao thực hiện các công tác chuẩn bị cần thiết.').join()).not.toMatch(/thẩm quyền/);
  });
});

describe("a provincial Party committee named in a national text", () => {
  it('takes its province as jurisdiction ("Tỉnh ủy Khánh Hòa", "Thường trực Thành ủy Hải Phòng")', () => {
    expect(resolveBody('Tỉnh ủy Khánh Hòa', 'national').jurisdiction).toBe('Khánh Hòa');
    expect(resolveBody('Thường trực Thành ủy Hải Phòng', 'national').jurisdiction).toBe('Hải Phòng');
    expect(resolveBody('Thường trực Tỉnh ủy', 'national').jurisdiction).toBe('national');
  });

  it('is the body its short form stands for later in the text', () => {
    const text =
      'VĂN PHÒNG CHÍNH PHỦ\n\nSố: 600/TB-VPCP\n\nTHÔNG BÁO\n\nPhó Thủ tướng làm việc với Thường trực Tỉnh ủy Thanh Hóa về tình hình.\n\nII. Ý KIẾN KẾT LUẬN\n\nĐề nghị Thường trực Tỉnh ủy tập trung lãnh đạo, chỉ đạo thực hiện.\n';
    const found = extractDocument(text, { fileName: 'x.md' }).assignments.map((a) => `${a.role} ${a.body} @${a.jurisdiction}`);
    expect(found).toContain('LEAD Thường trực Tỉnh ủy Thanh Hóa @Thanh Hóa');
  });
});
