/**
 * A regulation issued with a decision (its annex opens with "QUY CHẾ" on a line of its own) is a normative text: its
 * rule articles ("Điều 18. Tiếp nhận phản ánh, kiến nghị") say what the kinds of bodies it binds do, its articles
 * headed for duties ("Trách nhiệm ...", a chapter "TỔ CHỨC THỰC HIỆN") give duties. Real passage: a provincial Quy chế
 * on the system for administrative procedures (Quyết định 163/2025/QĐ-CTUBND, Ninh Bình), read end to end.
 */
import { describe, expect, it } from 'vitest';
import { sectionRoleBodies as pairs } from '../../support/assignmentPairs';

const DECISION = `**CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NINH BÌNH**

Số: 163/2025/QĐ-CTUBND

*Ninh Bình, ngày 25 tháng 11 năm 2025*

**QUYẾT ĐỊNH**

BAN HÀNH QUY CHẾ QUẢN LÝ, VẬN HÀNH VÀ KHAI THÁC HỆ THỐNG THÔNG TIN GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TỈNH NINH BÌNH

**Điều 1. **Ban hành kèm theo Quyết định này Quy chế quản lý, vận hành và khai thác Hệ thống thông tin giải quyết thủ tục hành chính tỉnh Ninh Bình.

**Điều 2.** Quyết định này có hiệu lực thi hành kể từ ngày ký.

**Điều 3.** Chánh Văn phòng Ủy ban nhân dân tỉnh, Thủ trưởng các sở, ban, ngành; Chủ tịch Ủy ban nhân dân các xã, phường và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.

**QUY CHẾ**

QUẢN LÝ, VẬN HÀNH VÀ KHAI THÁC HỆ THỐNG THÔNG TIN GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TỈNH NINH BÌNH

*(Ban hành kèm theo Quyết định số 163/2025/QĐ-CTUBND)*

**Chương II**

**QUẢN LÝ, VẬN HÀNH VÀ KHAI THÁC HỆ THỐNG**

**Điều 18.
Tiếp nhận phản ánh, kiến nghị**

1. Các cơ quan thực hiện TTHC
công khai địa chỉ trụ sở làm việc, hộp thư điện tử, số điện thoại trên Cổng Dịch
vụ công quốc gia để tiếp nhận, phản ánh kiến nghị của các tổ chức, cá nhân liên
quan đến việc thực hiện dịch vụ công trực tuyến và trực tiếp.

**Điều 19. Xử
lý phản ánh, kiến nghị**

Đối với phản ánh, kiến nghị về
giải quyết TTHC của các tổ chức, cá nhân, trong thời gian 10 (mười) ngày làm việc
kể từ ngày tiếp nhận phản ánh kiến nghị, các cơ quan giải quyết TTHC phối hợp với
các cơ quan có liên quan có trách nhiệm thông tin phản hồi cho tổ chức, cá
nhân.

**Chương
III**

**TỔ CHỨC THỰC HIỆN**** **

**Điều 21. Sở
Khoa học và Công nghệ**

3. Chủ trì, phối hợp với các cơ
quan, đơn vị liên quan xây dựng kế hoạch và tổ chức thực hiện việc kế thừa,
chuyển đổi dữ liệu từ các hệ thống thông tin cũ.
`;

describe("a regulation's rule articles and its duty chapter", () => {
  it('gives no duty to a kind of body a rule article binds', () => {
    expect(pairs(DECISION).some((p) => p.includes('các cơ quan thực hiện TTHC'))).toBe(false);
  });

  it('keeps a duty the rule article writes "có trách nhiệm"', () => {
    expect(pairs(DECISION).some((p) => p.startsWith('Điều 19 ') && p.includes('các cơ quan có liên quan'))).toBe(true);
  });

  it('keeps the duty chapter and the decision\'s own thi hành article', () => {
    const got = pairs(DECISION);
    expect(got).toContain('Điều 21 COORDINATE các cơ quan, đơn vị liên quan');
    expect(got).toContain('Điều 3 LEAD các tổ chức, cá nhân có liên quan');
  });

  it('reads the same article as before in a decision without an attached regulation', () => {
    const plain = DECISION.replace('**QUY CHẾ**', '**NỘI DUNG**');
    expect(pairs(plain).some((p) => p.includes('các cơ quan thực hiện TTHC'))).toBe(true);
  });
});
