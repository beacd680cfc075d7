/**
 * Decrees and circulars (Nghị định, Thông tư): their rules bind whoever they name, their duties are given in the
 * articles headed for them, and a ministry's circular closes with its own office's head written alone. Short real
 * sentences (Nghị định 172/2025/NĐ-CP and 302/2025/NĐ-CP, Thông tư 23/2025/TT-BTP and 21/2025/TT-BGDĐT), read end to
 * end.
 */
import { describe, expect, it } from 'vitest';
import { sectionRoleBodies as pairs } from '../../support/assignmentPairs';

const DECREE = `CHÍNH PHỦ

Số: 172/2025/NĐ-CP

**NGHỊ ĐỊNH**

**Quy định về xử lý kỷ luật cán bộ, công chức**

**Điều 25. Các quy định liên quan sau khi có quyết định kỷ luật đối với cán bộ, công chức**

2. Quyết định xử lý kỷ luật đối với cán bộ, công chức đã được Tòa án kết luận là bị oan, sai thì chậm nhất là 10 ngày làm việc kể từ ngày có văn bản kết luận, người đứng đầu cơ quan, tổ chức, đơn vị nơi cán bộ, công chức làm việc có trách nhiệm công bố công khai tại cơ quan, tổ chức, đơn vị nơi cán bộ, công chức đang công tác.

3. Ủy ban nhân dân cấp tỉnh có trách nhiệm bố trí đủ quỹ đất và thực hiện giao đất, cho thuê đất.

**Điều 30. Trách nhiệm thi hành**

Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương và các cơ quan, tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Nghị định này.
`;

describe("a decree's rules articles and its responsibility article", () => {
  it('gives no duty to a kind of body a rule names by its part in the procedure', () => {
    const got = pairs(DECREE);
    expect(got.some((p) => p.includes('nơi cán bộ, công chức làm việc'))).toBe(false);
    expect(got).toContain('Điều 30 LEAD các cơ quan, tổ chức, cá nhân có liên quan');
  });

  it('keeps a level of the state told to act in a rules article', () => {
    expect(pairs(DECREE)).toContain('Điều 25 LEAD Ủy ban nhân dân cấp tỉnh');
  });

  it('reads the same kind of body in a decision, which is no decree', () => {
    const decision = DECREE.replace('Số: 172/2025/NĐ-CP', 'Số: 172/2025/QĐ-UBND').replace('**NGHỊ ĐỊNH**', '**QUYẾT ĐỊNH**');
    expect(pairs(decision).some((p) => p.includes('nơi cán bộ, công chức làm việc'))).toBe(true);
  });
});

describe("a circular's article of principles", () => {
  const PRINCIPLES = `BỘ TƯ PHÁP

Số: 23/2025/TT-BTP

**THÔNG TƯ**

**Điều 3. Nguyên tắc phân cấp**

5. Cơ quan, đơn vị, cá nhân chủ động triển khai, thực hiện nhiệm vụ được phân cấp theo đúng quy định của Đảng, pháp luật của Nhà nước và quy định của Bộ về công tác tổ chức cán bộ.
`;

  it('gives no duty to the kinds of bodies it speaks of, even of delegated tasks', () => {
    expect(pairs(PRINCIPLES)).toEqual([]);
  });

  it('gives them the duty under a heading of responsibility', () => {
    expect(pairs(PRINCIPLES.replace('Nguyên tắc phân cấp', 'Trách nhiệm thực hiện phân cấp'))).toEqual(['Điều 3 LEAD Cơ quan, đơn vị, cá nhân']);
  });
});

describe("a ministry's closing list opening with its office's head alone", () => {
  const CIRCULAR = `BỘ GIÁO DỤC VÀ ĐÀO TẠO

Số: 21/2025/TT-BGDĐT

**THÔNG TƯ**

**Điều 8. Hiệu lực thi hành**

1. Thông tư này có hiệu lực kể từ ngày 01 tháng 01 năm 2026.

6. Chánh Văn phòng, Cục trưởng Cục Nhà giáo và Cán bộ quản lý giáo dục, Thủ trưởng các đơn vị có liên quan thuộc Bộ Giáo dục và Đào tạo, Giám đốc Sở Giáo dục và Đào tạo, tổ chức và cá nhân liên quan chịu trách nhiệm thi hành Thông tư này./.
`;

  it("makes the ministry's office and every unit after it LEAD, names with \"quản lý\" and \"giáo\" read whole", () => {
    expect(pairs(CIRCULAR)).toEqual(
      expect.arrayContaining([
        'Điều 8 LEAD Văn phòng Bộ',
        'Điều 8 LEAD Cục Nhà giáo và Cán bộ quản lý giáo dục',
        'Điều 8 LEAD các đơn vị có liên quan thuộc Bộ Giáo dục và Đào tạo',
        'Điều 8 LEAD Sở Giáo dục và Đào tạo',
      ]),
    );
  });

  it("reads no office in a province's text, whose office the parser names in full", () => {
    const provincial = CIRCULAR.replace('BỘ GIÁO DỤC VÀ ĐÀO TẠO', 'ỦY BAN NHÂN DÂN TỈNH NGHỆ AN').replace('21/2025/TT-BGDĐT', '21/2025/QĐ-UBND').replace('**THÔNG TƯ**', '**QUYẾT ĐỊNH**').replace('Thông tư này', 'Quyết định này');
    expect(pairs(provincial).some((p) => p.endsWith('Văn phòng Bộ'))).toBe(false);
  });
});

describe('a minister written without a ministry', () => {
  // Thông tư 23/2025/TT-BTP, "Điều 15. Trách nhiệm của Bộ trưởng": the issuing minister.
  const CIRCULAR = `BỘ TƯ PHÁP

Số: 23/2025/TT-BTP

**THÔNG TƯ**

**Điều 15. Trách nhiệm của Bộ trưởng**

1. Quyết định kiểm tra, giám sát việc thực hiện các nội dung được phân cấp.
`;

  it("is the issuing ministry in a ministry's circular", () => {
    expect(pairs(CIRCULAR)).toEqual(['Điều 15.1 LEAD Bộ Tư pháp', 'Điều 15.1 SUPERVISE Bộ Tư pháp']);
  });

  it("is ministers in general in the Government's decree", () => {
    const decree = CIRCULAR.replace('BỘ TƯ PHÁP', 'CHÍNH PHỦ').replace('23/2025/TT-BTP', '303/2025/NĐ-CP').replace('**THÔNG TƯ**', '**NGHỊ ĐỊNH**');
    expect(pairs(decree)).toEqual(['Điều 15.1 LEAD các Bộ', 'Điều 15.1 SUPERVISE các Bộ']);
  });
});

describe("an owner heading whose last body ends in its owner or place", () => {
  // Quyết định 3509/QĐ-CT (Cục Thuế), the attached Quy định's "Chương III. TỔ CHỨC THỰC HIỆN".
  const text = `CỤC THUẾ

Số: 3509/QĐ-CT

**QUYẾT ĐỊNH**

**Điều 9. Trách nhiệm của thủ trưởng
các đơn vị thuộc Cục Thuế**

1. Chỉ đạo niêm yết công khai tại các trụ sở làm việc
của cơ quan thuế các cấp.

4. Phổ biến, quán triệt Quy định này đến toàn thế
công chức thuộc thẩm quyền quản lý của đơn vị.
`;

  it('gives the points to the body named with its owner', () => {
    expect(pairs(text)).toEqual(['Điều 9.1 LEAD các đơn vị thuộc Cục Thuế', 'Điều 9.4 LEAD các đơn vị thuộc Cục Thuế']);
  });
});

describe("a regulation's article of principles, in a decision", () => {
  // Quyết định 211/2025/QĐ-UBND (Hải Phòng), the Quy chế on the notarial database, "Điều 4. Nguyên tắc quản lý ...":
  // who answers for the information given is a rule for all who give it, no duty assigned.
  const REGULATION = `ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG

Số: 211/2025/QĐ-UBND

**QUYẾT ĐỊNH**

**Điều 4. Nguyên tắc quản lý, cập
nhật, khai thác, sử dụng, chia sẻ Cơ sở dữ liệu**

8. Các cơ quan, tổ chức, cá nhân cung cấp thông tin
chịu trách nhiệm về tính chính xác của các thông tin do mình cung cấp để cập nhật
vào Cơ sở dữ liệu.
`;

  it('gives no duty to the kinds of bodies its rules name', () => {
    expect(pairs(REGULATION)).toEqual([]);
  });

  it('gives them the duty in an article of responsibility', () => {
    const duty = REGULATION.replace(/Nguyên tắc quản lý, cập\nnhật/, 'Trách nhiệm quản lý, cập\nnhật');
    expect(pairs(duty)).toEqual(['Điều 4 LEAD các cơ quan, tổ chức, cá nhân cung cấp thông tin']);
  });

  it('keeps a named body told to act there', () => {
    const named = REGULATION.replace('Các cơ quan, tổ chức, cá nhân cung cấp thông tin', 'Sở Tư pháp');
    expect(pairs(named)).toEqual(['Điều 4 LEAD Sở Tư pháp']);
  });
});
