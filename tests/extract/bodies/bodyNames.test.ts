/**
 * How a body's name is found, cut and split (issue 8, fourth assignment pass, the body side): names that run
 * past a comma, "và" or a verb-like word, heads that are common words too, and lists that name one body per
 * province or corporation. Phrases as the real documents of ../shared/real write them.
 */
import { describe, expect, it } from 'vitest';
import { parseBodyListAt, resolveBody } from '../../../src/extract/bodies';
import { tokenize } from '../../../src/extract/vocabulary';

/** The bodies a list starting the text names, as parsed (raw), groups marked. */
const items = (text: string) => parseBodyListAt(tokenize(text), 0, { bareGeneric: true })?.items.map((i) => (i.group ? `[${i.raw}]` : i.raw)) ?? [];

describe('a management board is named by what it manages', () => {
  it('keeps "các", a comma before another zone and "và" before more of what it manages', () => {
    expect(items('Ban Quản lý các Khu công nghiệp, khu kinh tế chủ trì')).toEqual(['Ban Quản lý các Khu công nghiệp, khu kinh tế']);
    expect(items('Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi: hướng dẫn')).toEqual(['Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi']);
    expect(items('Ban quản lý hồ Hoàn Kiếm và phố cổ Hà Nội, Ban quản lý khu di tích và thắng cảnh Hương Sơn có trách nhiệm')).toEqual([
      'Ban quản lý hồ Hoàn Kiếm và phố cổ Hà Nội',
      'Ban quản lý khu di tích và thắng cảnh Hương Sơn',
    ]);
    expect(items('Ban quản lý Khu Nông nghiệp ứng dụng Công nghệ cao Phú Yên, Ban Quản lý các Khu công nghiệp tỉnh')).toEqual([
      'Ban quản lý Khu Nông nghiệp ứng dụng Công nghệ cao Phú Yên',
      'Ban Quản lý các Khu công nghiệp tỉnh',
    ]);
  });

  it('ends at another body, a verb or the locality', () => {
    expect(items('Ban Quản lý Khu kinh tế và UBND các xã chủ trì')).toEqual(['Ban Quản lý Khu kinh tế', '[UBND các xã]']);
    expect(items('Ban Quản lý dự án đầu tư xây dựng tỉnh và các cơ quan liên quan')).toEqual(['Ban Quản lý dự án đầu tư xây dựng tỉnh', '[các cơ quan liên quan]']);
    expect(items('Ban Quản lý Khu kinh tế chủ trì Kế hoạch')).toEqual(['Ban Quản lý Khu kinh tế']);
  });
});

describe('names that run past punctuation or common words', () => {
  it('reads "Thi đua - Khen thưởng", "Báo và Phát thanh - Truyền hình", a bank\'s branch and a Party committee\'s province', () => {
    expect(items('Ban Thi đua - Khen thưởng Trung ương')).toEqual(['Ban Thi đua - Khen thưởng Trung ương']);
    expect(items('Báo và Phát thanh - Truyền hình Đắk Lắk, Sở Văn hóa, Thể thao và Du lịch, Cổng Thông tin điện tử tỉnh và hệ thống truyền thanh cơ sở:')).toEqual([
      'Báo và Phát thanh - Truyền hình Đắk Lắk',
      'Sở Văn hóa, Thể thao và Du lịch',
      'Cổng Thông tin điện tử tỉnh',
      '[hệ thống truyền thanh cơ sở]',
    ]);
    expect(items('Ngân hàng Nhà nước Việt Nam - Chi nhánh Khu vực II: Chủ trì')).toEqual(['Ngân hàng Nhà nước Việt Nam - Chi nhánh Khu vực II']);
    expect(items('Thường trực Tỉnh ủy Thanh Hóa về tình hình')).toEqual(['Thường trực Tỉnh ủy Thanh Hóa']);
    expect(items('Sở Văn hóa Thể thao và Du lịch')).toEqual(['Sở Văn hóa Thể thao và Du lịch']);
    expect(items('Liên đoàn Lao động tỉnh, Hội Nông dân tỉnh, Liên minh Hợp tác xã tỉnh')).toEqual(['Liên đoàn Lao động tỉnh', 'Hội Nông dân tỉnh', 'Liên minh Hợp tác xã tỉnh']);
  });

  it('reads courts, procuracies and civil judgment enforcement as complete bodies, with their place or level', () => {
    expect(items('Tòa án nhân dân thành phố, Viện kiểm sát nhân dân thành phố, Thi hành án dân sự thành phố phối hợp')).toEqual([
      'Tòa án nhân dân thành phố',
      'Viện kiểm sát nhân dân thành phố',
      'Thi hành án dân sự thành phố',
    ]);
    expect(items('Tòa án nhân dân tối cao')).toEqual(['Tòa án nhân dân tối cao']);
    expect(items('Tòa án nhân dân các cấp, Tòa án quân sự các cấp')).toEqual(['[Tòa án nhân dân các cấp]', '[Tòa án quân sự các cấp]']);
  });

  it('keeps the person named after an office held by one ("Phó Thủ tướng Chính phủ Trần Hồng Hà") and "các bộ ngành" as one kind', () => {
    expect(items('Phó Thủ tướng Chính phủ Trần Hồng Hà trực tiếp chỉ đạo')).toEqual(['Phó Thủ tướng Chính phủ Trần Hồng Hà']);
    expect(items('Thủ tướng Chính phủ, Chủ tịch UBND tỉnh')[0]).toBe('Thủ tướng Chính phủ');
    expect(items('các bộ ngành, địa phương liên quan xây dựng')).toEqual(['[các bộ ngành, địa phương liên quan]']);
  });

  it('names a provincial unit by its field and place ("Thuế tỉnh Đắk Lắk", "Thuế Đồng Nai"), never the field alone', () => {
    expect(items('Thuế tỉnh Đắk Lắk chủ trì')).toEqual(['Thuế tỉnh Đắk Lắk']);
    expect(items('Thuế Đồng Nai, Bảo hiểm xã hội tỉnh')).toEqual(['Thuế Đồng Nai', 'Bảo hiểm xã hội tỉnh']);
    expect(items('Thuế giá trị gia tăng')).toEqual([]);
  });

  it('names a telecom operator\'s provincial unit by its field and place ("Viễn thông Ninh Bình"), as "Thuế Đồng Nai"', () => {
    // A Ninh Bình decision's implementation article; Cao Bằng's and Đắk Lắk's letters name "Viễn thông Cao Bằng", "Viễn thông Đắk Lắk" among their recipients.
    expect(items('Viễn thông Ninh Bình; Chủ tịch UBND các xã, phường thực hiện')[0]).toBe('Viễn thông Ninh Bình');
    expect(items('Viễn thông Đắk Lắk, Bưu điện tỉnh')[0]).toBe('Viễn thông Đắk Lắk');
    expect(items('Viễn thông công cộng')).toEqual([]);
  });

  it('ends a name at a verb or a determiner the name cannot hold ("thẩm định", "phát động", "xem xét", "mỗi")', () => {
    expect(items('Sở Y tế thẩm định, lập thủ tục')).toEqual(['Sở Y tế']);
    expect(items('Sở Khoa học và Công nghệ phát động phong trào')).toEqual(['Sở Khoa học và Công nghệ']);
    expect(items('Bộ Tài chính xem xét, bố trí vốn')).toEqual(['Bộ Tài chính']);
    expect(items('Sở Tài chính; Sở Văn hóa, Thể thao và Du lịch mỗi đơn vị đề nghị')).toEqual(['Sở Tài chính', 'Sở Văn hóa, Thể thao và Du lịch']);
  });

  it('reads a head that is a common word too only as written ("Phòng Kinh tế", not "phong cách" or "Phương thức")', () => {
    expect(items('Phòng Kinh tế, Hạ tầng và Đô thị chủ trì')).toEqual(['Phòng Kinh tế, Hạ tầng và Đô thị']);
    expect(items('Văn phòng Ban Chỉ huy Phòng thủ dân sự tỉnh chủ trì')).toEqual(['Văn phòng Ban Chỉ huy Phòng thủ dân sự tỉnh']);
    expect(items('Phương thức nhận kết quả')).toEqual([]);
    expect(items('Hợp tác xã dịch vụ điện Quảng Phú và các đơn vị bán lẻ điện')[0]).toBe('Hợp tác xã dịch vụ điện Quảng Phú');
    // A kind alone names no particular body.
    expect(items('Hợp tác xã')).toEqual([]);
  });
});

describe('lists that name one body per member', () => {
  it('"Chủ tịch UBND các tỉnh: A, B, C" names each province\'s body, and a Tỉnh ủy named just before', () => {
    expect(items('Chủ tịch Ủy ban nhân dân các tỉnh: Khánh Hòa, Đắk Lắk, Gia Lai:')).toEqual([
      'Chủ tịch Ủy ban nhân dân tỉnh Khánh Hòa',
      'Chủ tịch Ủy ban nhân dân tỉnh Đắk Lắk',
      'Chủ tịch Ủy ban nhân dân tỉnh Gia Lai',
    ]);
    expect(items('Bí thư tỉnh ủy và Ủy ban nhân dân các tỉnh: Nghệ An và Hà Tĩnh chỉ đạo')).toEqual([
      'Bí thư Tỉnh ủy Nghệ An',
      'Bí thư Tỉnh ủy Hà Tĩnh',
      'Ủy ban nhân dân tỉnh Nghệ An',
      'Ủy ban nhân dân tỉnh Hà Tĩnh',
    ]);
  });

  it('reads a listed place written with its own level ("thành phố Huế", "TP. Hồ Chí Minh") at that level', () => {
    expect(items('Chủ tịch Ủy ban nhân dân các tỉnh, thành phố: Quảng Ninh, TP. Hồ Chí Minh, Cần Thơ chỉ đạo')).toEqual([
      'Chủ tịch Ủy ban nhân dân tỉnh Quảng Ninh',
      'Chủ tịch Ủy ban nhân dân Thành phố Hồ Chí Minh',
      'Chủ tịch Ủy ban nhân dân Thành phố Cần Thơ',
    ]);
    expect(items('Ủy ban nhân dân các tỉnh: Quảng Trị, Quảng Ngãi và thành phố Huế chỉ đạo')).toEqual([
      'Ủy ban nhân dân tỉnh Quảng Trị',
      'Ủy ban nhân dân tỉnh Quảng Ngãi',
      'Ủy ban nhân dân Thành phố Huế',
    ]);
  });

  it('gives each listed place the party committee of its kind: a province its Tỉnh ủy, a centrally-run city its Thành ủy', () => {
    expect(items('Bí thư Tỉnh ủy, Thành ủy, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố: Quảng Trị, Huế, Quảng Ngãi chỉ đạo')).toEqual([
      'Bí thư Tỉnh ủy Quảng Trị',
      'Bí thư Tỉnh ủy Quảng Ngãi',
      'Bí thư Thành ủy Huế',
      'Chủ tịch Ủy ban nhân dân tỉnh Quảng Trị',
      'Chủ tịch Ủy ban nhân dân Thành phố Huế',
      'Chủ tịch Ủy ban nhân dân tỉnh Quảng Ngãi',
    ]);
    // One committee named: each place's own.
    expect(items('Bí thư Tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh, thành phố: Nghệ An, Đà Nẵng chỉ đạo')).toEqual([
      'Bí thư Tỉnh ủy Nghệ An',
      'Bí thư Thành ủy Đà Nẵng',
      'Chủ tịch Ủy ban nhân dân tỉnh Nghệ An',
      'Chủ tịch Ủy ban nhân dân Thành phố Đà Nẵng',
    ]);
  });

  it('"các Tập đoàn: A, B" names each corporation', () => {
    expect(items('các Tập đoàn: Bưu chính Viễn thông Việt Nam, Công nghiệp - Viễn thông Quân đội tổ chức triển khai')).toEqual([
      'Tập đoàn Bưu chính Viễn thông Việt Nam',
      'Tập đoàn Công nghiệp - Viễn thông Quân đội',
    ]);
  });

  it('keeps the last level joined by "và" in a collective ("Ủy ban nhân dân các xã, phường và đặc khu") and a level after a group', () => {
    expect(items('Ủy ban nhân dân các xã, phường và đặc khu chủ trì')).toEqual(['[Ủy ban nhân dân các xã, phường và đặc khu]']);
    expect(items('UBND các xã, phường và Sở Y tế')).toEqual(['[UBND các xã, phường]', 'Sở Y tế']);
    expect(items('lực lượng y tế cơ sở bảo đảm')).toEqual(['[lực lượng y tế cơ sở]']);
  });

  it('"các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, ..." stands for the ministries', () => {
    expect(items('Bộ trưởng Bộ Nội vụ, các Bộ trưởng, Thủ trưởng cơ quan ngang bộ chịu trách nhiệm')[1]).toBe('[các Bộ]');
  });
});

describe('names written in a table cell\'s shorthand', () => {
  it('"UBND các phường xã" without its comma is the communes\' committees, not "các phường" and "Xã"', () => {
    expect(items('UBND các phường xã phối hợp')).toEqual(['[UBND các phường xã]']);
  });

  it('a state bank\'s branch named without its dash ("Ngân hàng Nhà nước Việt nam Chi nhánh Khu vực II") is one body', () => {
    expect(items('Ngân hàng Nhà nước Việt nam Chi nhánh Khu vực II chủ trì')).toEqual(['Ngân hàng Nhà nước Việt nam Chi nhánh Khu vực II']);
    expect(items('Ngân hàng Nhà nước chi nhánh khu vực 14 chủ trì')).toEqual(['Ngân hàng Nhà nước chi nhánh khu vực 14']);
  });

  it('a head written twice ("Sở Sở Công thương") is the department', () => {
    expect(resolveBody('Sở Sở Công thương', 'Đồng Nai').name).toBe('Sở Công thương');
  });
});

describe('levels of one kind of school', () => {
  it('"các trường đại học, cao đẳng" is one group, the kind written once', () => {
    expect(items('Các Trường Đại học, Cao đẳng trên địa bàn tỉnh chủ trì')).toEqual(['[Các Trường Đại học, Cao đẳng trên địa bàn tỉnh]']);
    expect(items('các trường đại học, cao đẳng xây dựng chương trình')).toEqual(['[các trường đại học, cao đẳng]']);
  });
});

describe('where a name ends (eighth assignment pass)', () => {
  it('reads a one-word verb only as written: "Vụ Tổ chức cán bộ" holds no "cần", "Hội đồng Thi đua – Khen thưởng" no "thì" or "đưa"', () => {
    // Quyết định, Bộ Y tế (Điều 3); Kế hoạch thi đua, Sở Y tế (Hội đồng thi đua of the city's health sector).
    expect(items('Vụ trưởng Vụ Tổ chức cán bộ chủ trì')).toEqual(['Vụ trưởng Vụ Tổ chức cán bộ']);
    expect(items('Hội đồng Thi đua – Khen thưởng ngành Y tế thành phố họp xét')).toEqual(['Hội đồng Thi đua – Khen thưởng ngành Y tế']);
    // A plain verb after a name still ends it.
    expect(items('Sở Y tế cần chủ động')).toEqual(['Sở Y tế']);
  });

  it('keeps a comma inside an item of a list separated by semicolons ("Cục Quản lý Khám, chữa bệnh;")', () => {
    expect(
      items(
        'Chánh Văn phòng Bộ; Vụ trưởng Vụ Tổ chức cán bộ; Cục trưởng Cục Quản\nlý Khám, chữa bệnh; Thủ trưởng các Vụ, Cục thuộc Bộ Y tế; Người đứng đầu cơ\nquan chuyên môn về y tế thuộc Ủy ban nhân dân cấp tỉnh và Thủ trưởng các đơn vị\ncó liên quan chịu trách nhiệm thi hành Quyết định này./.',
      ),
    ).toEqual([
      'Chánh Văn phòng Bộ',
      'Vụ trưởng Vụ Tổ chức cán bộ',
      'Cục trưởng Cục Quản lý Khám, chữa bệnh',
      '[Thủ trưởng các Vụ, Cục thuộc Bộ Y tế]',
      '[Người đứng đầu cơ quan chuyên môn về y tế thuộc Ủy ban nhân dân cấp tỉnh]',
      '[Thủ trưởng các đơn vị có liên quan]',
    ]);
    // A comma before another body, or in a list separated by commas, still separates.
    expect(items('Sở Y tế, Sở Tài chính; các cơ quan liên quan')).toEqual(['Sở Y tế', 'Sở Tài chính', '[các cơ quan liên quan]']);
  });

  it('"các Vụ, Cục, đơn vị thuộc Bộ" names the kinds of a ministry\'s units as one group', () => {
    expect(items('Thủ trưởng các Vụ, Cục, đơn vị trực thuộc Bộ chịu trách nhiệm')).toEqual(['[Thủ trưởng các Vụ, Cục, đơn vị trực thuộc Bộ]']);
    expect(items('Thủ trưởng các Cục, Vụ và các đơn vị có liên quan chịu trách nhiệm')).toEqual(['[Thủ trưởng các Cục, Vụ]', '[các đơn vị có liên quan]']);
  });

  it('keeps a word the writer accented as itself when the vocabulary has a near one ("Cục Trồng trọt" is no "Cục trưởng")', () => {
    expect(resolveBody('Cục trưởng Cục Trồng trọt và Bảo vệ thực vật', 'national').name).toBe('Cục Trồng trọt và Bảo vệ thực vật');
    expect(resolveBody('Ủy ban nhân dân tỉnh Điện Biên', null).name).toBe('Ủy ban nhân dân tỉnh Điện Biên');
    // OCR damage with no cleanly accented word beside it is still repaired.
    expect(resolveBody('Uy ban nhén dan tinh', null).name).toBe('Ủy ban nhân dân tỉnh');
  });

  it('reads the legal kind "cơ sở khám bệnh, chữa bệnh" whole, its comma and verbs included', () => {
    expect(items('các cơ sở khám bệnh, chữa bệnh chuẩn bị sẵn sàng thuốc')).toEqual(['[các cơ sở khám bệnh, chữa bệnh]']);
    expect(items('các cơ sở khám, chữa bệnh bảo đảm thuốc')).toEqual(['[các cơ sở khám, chữa bệnh]']);
  });

  it('reads a unit named by two fields joined by "và", whose accented words are no title or kind they fold near', () => {
    // "Chi cục Trồng" folds near the title "Chi cục trưởng", "Thú y" near the kind "thị ủy".
    expect(items('Chi cục Trồng trọt và Bảo vệ thực vật hướng dẫn nông dân')).toEqual(['Chi cục Trồng trọt và Bảo vệ thực vật']);
    expect(items('Chi cục Chăn nuôi và Thú y tổ chức tiêm phòng')).toEqual(['Chi cục Chăn nuôi và Thú y']);
    expect(items('Chi cục trưởng Chi cục Kiểm lâm hướng dẫn')).toEqual(['Chi cục trưởng Chi cục Kiểm lâm']);
  });

  it('reads a ministry unit head written alone after "các" as a group of the ministry\'s units, not lower-case "các vụ việc"', () => {
    // Thông tư of Bộ Nông nghiệp và Môi trường: "b) Các Cục quản lý nhà nước chuyên ngành: theo chức năng, ...".
    expect(items('Các Cục quản lý nhà nước chuyên ngành: theo chức năng, nhiệm vụ được giao')).toEqual(['[Các Cục quản lý nhà nước chuyên ngành]']);
    expect(items('các Cục thuộc Bộ Công Thương có thẩm quyền kiểm tra chuyên ngành')).toEqual(['[các Cục thuộc Bộ Công Thương]']);
    expect(items('các vụ việc phức tạp')).toEqual([]);
    expect(items('các Vụ việc phức tạp')).toEqual([]);
  });

  it('keeps accented words that share no word with the near vocabulary phrase ("chi trả" is no "chủ trì")', () => {
    // Kế hoạch thi đua chi trả không dùng tiền mặt (Sở Y tế) and a Quyết định on ethnic minority areas.
    expect(resolveBody('các tổ chức cung cấp dịch vụ chi trả', 'Hà Nội').name).toBe('các tổ chức cung cấp dịch vụ chi trả');
    expect(resolveBody('Ủy ban nhân dân các xã, phường thuộc vùng đồng bào dân tộc thiểu số và miền núi', null).name).toBe(
      'Ủy ban nhân dân các xã, phường thuộc vùng đồng bào dân tộc thiểu số và miền núi',
    );
    // Marks damaged on a word of the phrase still repair it.
    expect(resolveBody('Trung tàm Y tế', null).name).toBe('Trung tâm Y tế');
  });

  it('splits a list of kinds where it passes from agencies to enterprises, unless it addresses anyone concerned', () => {
    // Kế hoạch thi đua (Đắk Lắk) and Công điện 217/CĐ-TTg: two collectives each.
    expect(items('các cơ quan, đơn vị, địa phương, doanh nghiệp nghiêm túc tổ chức')).toEqual(['[các cơ quan, đơn vị, địa phương]', '[doanh nghiệp]']);
    expect(items('Tổng giám đốc các Tập đoàn, Tổng Công ty, đơn vị liên quan chỉ đạo')).toEqual(['[Tổng giám đốc các Tập đoàn, Tổng Công ty]', '[đơn vị liên quan]']);
    // "... tổ chức, ... cá nhân": everyone concerned, one collective.
    expect(items('Thủ trưởng các cơ quan, tổ chức, đơn vị, doanh nghiệp, cá nhân có liên quan chịu trách nhiệm')).toEqual([
      '[Thủ trưởng các cơ quan, tổ chức, đơn vị, doanh nghiệp, cá nhân có liên quan]',
    ]);
  });

  it('ends a name before a table cell\'s next label ("Sở Y tế Cơ quan có thẩm quyền quyết định: ...")', () => {
    // A procedure table's cell, its lines joined (Quyết định, Hà Tĩnh).
    expect(parseBodyListAt(tokenize('Sở Y tế Cơ quan có thẩm quyền quyết định'), 0)?.items.map((i) => i.raw)).toEqual(['Sở Y tế']);
    expect(items('Sở Y tế Đơn vị phối hợp: Không')).toEqual(['Sở Y tế']);
  });

  it('joins two fields of one committee or unit by "và", and names the body it belongs to ("của Quốc hội")', () => {
    // Thông báo, Văn phòng Chính phủ; Quyết định, Bộ Nông nghiệp và Môi trường.
    expect(items('Hội đồng Dân tộc của Quốc hội, Ủy ban Kinh tế và Tài chính của Quốc hội và Văn phòng Chính phủ.')).toEqual([
      'Hội đồng Dân tộc của Quốc hội',
      'Ủy ban Kinh tế và Tài chính của Quốc hội',
      'Văn phòng Chính phủ',
    ]);
    expect(items('Cục Bảo tồn thiên nhiên và Đa dạng sinh học chủ trì')).toEqual(['Cục Bảo tồn thiên nhiên và Đa dạng sinh học']);
    // Another body after "và", or two departments sharing "Sở", stay apart. (The eighth pass gave "Cục Tiền lương và
    // Bảo hiểm xã hội" here; it is one department of Bộ Nội vụ, as the ministry's letters sign it: a placed body is used now,
    // and tests/extract/unitFieldsThatNameBodies.test.ts proves the department's name.)
    expect(items('Cục Tiền lương và Bảo hiểm xã hội tỉnh')).toEqual(['Cục Tiền lương', 'Bảo hiểm xã hội tỉnh']);
    expect(items('Sở Y tế và Sở Tài chính')).toEqual(['Sở Y tế', 'Sở Tài chính']);
  });

  it('keeps a last kind joined by "và" in the group when the list shares its "liên quan" or one "các"', () => {
    expect(items('các Bộ, cơ quan và địa phương liên quan nghiên cứu')).toEqual(['[các Bộ, cơ quan và địa phương liên quan]']);
    expect(items('các cơ quan, đơn vị và tổ chức, cá nhân có liên quan chịu trách nhiệm')).toEqual([
      '[các cơ quan, đơn vị và tổ chức, cá nhân có liên quan]',
    ]);
    // Under one "các" the shared modifier is not needed (twenty-ninth pass, README convention 7 and correction C2);
    // a head's title heads only the units before "và" (correction C3; tests/extract/kindListsUnderOneCac.test.ts).
    expect(items('các sở, ban, ngành và địa phương triển khai')).toEqual(['[các sở, ban, ngành và địa phương]']);
    expect(items('Thủ trưởng các cơ quan, đơn vị và tổ chức, cá nhân có liên quan chịu trách nhiệm')).toEqual([
      '[Thủ trưởng các cơ quan, đơn vị]',
      '[tổ chức, cá nhân có liên quan]',
    ]);
    // Across sectors the kinds after "và" are another group.
    expect(items('các sở, ngành và doanh nghiệp liên quan')).toEqual(['[các sở, ngành]', '[doanh nghiệp liên quan]']);
  });

  it('reads "có thẩm quyền" and "chuyên ngành" as part of a group\'s name', () => {
    expect(items('các cơ quan có thẩm quyền trong việc triển khai')).toEqual(['[các cơ quan có thẩm quyền]']);
    expect(items('các cơ quan quản lý chuyên ngành thực hiện')).toEqual(['[các cơ quan quản lý chuyên ngành]']);
  });

  it('reads "các Ủy ban của Quốc hội" as the committees of their owner, and ends a Sở\'s or Bộ\'s known name before the sentence', () => {
    // Thông báo kết luận, Văn phòng Chính phủ.
    expect(items('Hội đồng Dân tộc và các Ủy ban của Quốc hội thẩm tra')).toEqual(['Hội đồng Dân tộc', '[các Ủy ban của Quốc hội]']);
    expect(items('Bộ Nông nghiệp và Môi trường làm chủ Chương trình')).toEqual(['Bộ Nông nghiệp và Môi trường']);
    expect(items('Sở Nội vụ tỉnh Quảng Ninh chủ trì')).toEqual(['Sở Nội vụ tỉnh Quảng Ninh']);
  });

  it('keeps a body renamed after a slash as one ("Phòng Kinh tế/ Phòng Kinh tế, Hạ tầng và Đô thị", "UBND các xã/phường"), not two bodies', () => {
    // Kế hoạch quan trắc môi trường nuôi trồng thủy sản, Đắk Lắk (addressed to communes named either way).
    expect(items('Phòng Kinh tế/ Phòng Kinh tế, Hạ tầng và Đô thị phổ biến kịp thời')).toEqual(['Phòng Kinh tế/ Phòng Kinh tế, Hạ tầng và Đô thị']);
    expect(items('UBND các xã/phường: chỉ đạo')).toEqual(['[UBND các xã/phường]']);
    // Two kinds after a slash are two bodies, either of which acts.
    expect(items('Sở Tư pháp/UBND cấp xã thành phố')).toEqual(['Sở Tư pháp']);
  });
});

