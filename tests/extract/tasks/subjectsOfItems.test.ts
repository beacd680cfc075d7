/**
 * The tenth assignment pass (clause structure): items whose subject the clause reader missed because of how the
 * item is labelled or introduced (real documents read end to end, formats -> extraction).
 */
import { describe, expect, it } from 'vitest';
import { extractFile, extractSource, roles } from '../../support/realExtraction';

const DOCS = 'tests/fixtures/gold-real/docs';

describe('labels of sub-items', () => {
  it('"(i) Tập đoàn ... báo cáo", "(iii) Ủy ban nhân dân tỉnh Đồng Nai chỉ đạo ...", "(iv) Giao Bộ Công Thương ...": a Roman sub-item label opens the clause (Thông báo, Văn phòng Chính phủ)', async () => {
    const r = roles(await extractFile(`${DOCS}/ad0066b8d39e5c85.md`)).map((x) => x.replace(/^\S+ /, ''));
    expect(r).toEqual(
      expect.arrayContaining(['LEAD Tập đoàn Công nghiệp - Năng lượng quốc gia Việt Nam', 'LEAD Ủy ban nhân dân tỉnh Đồng Nai', 'LEAD Bộ Công Thương', 'LEAD Đơn vị liên quan']),
    );
  });
});

describe('a subject with its scope, and the end of a resolution', () => {
  it('"Hội đồng Dân tộc, ..., đại biểu Quốc hội tỉnh Điện Biên, trong phạm vi nhiệm vụ, quyền hạn của mình, giám sát ...": the scope after a comma opens the predicate; the passing sentence and the portal recipients after it name no duty (Nghị quyết, Ủy ban Thường vụ Quốc hội)', async () => {
    const r = roles(await extractFile(`${DOCS}/a032a58e6ab2f19d.md`));
    expect(r).toEqual(
      expect.arrayContaining([
        'Điều 3.3 SUPERVISE Hội đồng Dân tộc',
        'Điều 3.3 SUPERVISE các Ủy ban của Quốc hội',
        // The province's delegation, as the gold of the Standing Committee's resolutions names it.
        'Điều 3.3 SUPERVISE Đoàn đại biểu Quốc hội tỉnh Điện Biên',
        'Điều 3.3 SUPERVISE Đại biểu Quốc hội tỉnh Điện Biên',
      ]),
    );
    expect(r.filter((x) => x.startsWith('Điều 3.3 LEAD'))).toEqual([]);
  });
});

describe('what is no duty', () => {
  it('a decision announcing administrative procedures: the steps of the procedures attached after "./." assign nothing, its own articles do (Quyết định công bố TTHC nội bộ, Hà Tĩnh)', async () => {
    const r = roles(await extractFile(`${DOCS}/6e205b75bcc588b5.md`));
    expect(r).toEqual(expect.arrayContaining(['Điều 3 LEAD Sở Nông nghiệp và Môi trường', 'Điều 3 LEAD Ủy ban nhân dân cấp xã']));
    expect(r.filter((x) => !x.startsWith('Điều 3 '))).toEqual([]);
  });

  it('a heading that opens with a verb spelled like a head word ("Ban hành, phát hành văn bản đi", "Báo cáo kết quả ...") names a task, not a body', async () => {
    const r = roles(await extractFile('data/real/3928ef06a8929828.md'));
    expect(r.some((x) => / LEAD Ban hành/.test(x))).toBe(false);
    const c = roles(await extractFile(`${DOCS}/c257b50e82ec95ef.md`));
    expect(c.some((x) => / LEAD Báo cáo/.test(x))).toBe(false);
    expect(c).toContain('Điều 34.2 SUPERVISE Cục Viễn thám quốc gia');
  });
});

describe('duties that run on in one item', () => {
  it('"Sở Tài chính: Phối hợp với Sở Công Thương ... thẩm định, tham mưu ...; hướng dẫn lập, thanh quyết toán ...": after a duty to coordinate, a clause after ";" is a duty of its own (Kế hoạch, Đắk Lắk)', async () => {
    const r = roles(await extractFile('data/real/62f25a030c183151.md'));
    expect(r).toEqual(expect.arrayContaining(['IV.6 COORDINATE Sở Tài chính', 'IV.6 LEAD Sở Tài chính', 'IV.6 COORDINATE Sở Công Thương']));
  });
});

describe('passive subjects', () => {
  it('"Trung tâm Phục vụ hành chính công tỉnh được giao quản lý tài khoản ...": what a subject is given is its duty (Quy chế, Ninh Bình)', async () => {
    expect(roles(await extractFile(`${DOCS}/639c24e1a9c3f20c.md`))).toContain('Điều 11.3 LEAD Trung tâm Phục vụ hành chính công tỉnh');
  });

  it('"Ủy ban nhân dân cấp xã được phân cấp thẩm quyền quyết định thanh lý tài sản ..." holds the power (Quyết định phân cấp)', async () => {
    expect(roles(await extractFile('data/real/7bcbaa914bb254d9.md')).some((x) => / LEAD Ủy ban nhân dân cấp xã$/.test(x))).toBe(true);
  });
});

describe('subjects chained across lines', () => {
  it('"2. Sở Văn hoá, Thể thao và Du lịch;" / "UBND các xã, phường niêm yết ...": a line that only names bodies before its ";" runs on into the next one, and "Giao các cơ quan, đơn vị:" names no actor of its own (Quyết định, Bắc Ninh)', async () => {
    const r = roles(await extractFile(`${DOCS}/8bb752497f83eeee.md`));
    expect(r).toEqual(expect.arrayContaining(['Điều 2.2 LEAD Sở Văn hóa, Thể thao và Du lịch', 'Điều 2.2 LEAD Ủy ban nhân dân các xã, phường']));
    expect(r.some((x) => / các cơ quan, đơn vị$/.test(x) && x.startsWith('Điều 2'))).toBe(false);
  });
});

describe('advice', () => {
  it('"Tham mưu Ủy ban nhân dân tỉnh phối hợp các bộ, ngành Trung ương xây dựng ...": the advised body coordinates, not the adviser (Kế hoạch, Đồng Tháp)', async () => {
    const r = roles(await extractFile(`${DOCS}/bffd9da6f0d38031.md`));
    expect(r).toContain('IV.4 LEAD Sở Xây dựng');
    expect(r).not.toContain('IV.4 COORDINATE Sở Xây dựng');
    expect(r).not.toContain('IV.2 COORDINATE Sở Văn hóa, Thể thao và Du lịch');
  });
});

describe('a group heading with its members', () => {
  it('"1. Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban quản lý ..., Ban Quản lý các Khu công nghiệp tỉnh):" names the group and each member however long the bracket; "kiểm tra tính đầy đủ và hợp lệ của hồ sơ" handles a file, it oversees nobody (Chỉ thị, Đắk Lắk)', async () => {
    const r = roles(await extractFile(`${DOCS}/6bac4a0d92da936d.md`));
    expect(r).toEqual(
      expect.arrayContaining(['I.1 LEAD các cơ quan đăng ký đầu tư', 'I.1 LEAD Ban quản lý Khu Kinh tế Phú Yên', 'I.1 LEAD Ban Quản lý các Khu công nghiệp tỉnh']),
    );
    expect(r.filter((x) => x.startsWith('I.1 SUPERVISE'))).toEqual([]);
  });
});

describe('a body named with its role in the plan', () => {
  it('"1. Giao Sở Nông nghiệp và Môi trường là cơ quan đầu mối, chủ trì, hướng dẫn ...": the role after "là" is passed to reach the duty, and the item\'s bullets are its duties (Quyết định, Hồ Chí Minh)', async () => {
    const r = roles(await extractFile(`${DOCS}/437c3beb60ae2874.md`));
    expect(r).toEqual(expect.arrayContaining(['V.1 LEAD Sở Nông nghiệp và Môi trường', 'V.1 SUPERVISE Sở Nông nghiệp và Môi trường']));
  });
});

describe('a kind qualified up to "tổ chức" and joint tasks', () => {
  it('"Công ty Điện lực ..., Hợp tác xã ... và các đơn vị bán lẻ điện tổ chức tuyên truyền ...; phối hợp kiểm tra an toàn hệ thống điện ...": "tổ chức" before a verb ends the kind\'s qualifier; the inspection done together and equipment checks are no oversight (Quyết định, Quảng Trị)', async () => {
    const r = roles(await extractFile(`${DOCS}/3bc52886147b6a70.md`));
    expect(r).toEqual(
      expect.arrayContaining(['Điều 6.4 LEAD các đơn vị bán lẻ điện', 'Điều 6.4 COORDINATE các đơn vị bán lẻ điện', 'Điều 6.4 COORDINATE Công ty Điện lực Quảng Trị']),
    );
    expect(r.filter((x) => x.startsWith('Điều 6.4 SUPERVISE') || x.startsWith('Điều 6.2 SUPERVISE'))).toEqual([]);
  });
});

describe('citations listed as items', () => {
  it('"24. Quyết định số 63/2002/QĐ-UB ... Tách phòng tổ chức - Hành chính thuộc Sở Y tế thành 02 phòng: Phòng Tổ chức - Cán bộ và ...": a listed item that opens with a numbered document is a citation, the bodies its title names are given nothing (Quyết định bãi bỏ, Đồng Nai)', async () => {
    const r = roles(await extractFile(`${DOCS}/329d9e978debfeec.md`));
    expect(r.some((x) => /Phòng Tổ chức/.test(x))).toBe(false);
    const wrapped = roles(
      await extractSource('Điều 4. Tổ chức thực hiện\nKhi giá tài nguyên biến động theo quy định tại\nThông tư số 41/2024/TT-BTC, Sở Tài chính chủ trì, phối hợp với các đơn vị có liên quan báo cáo.\n', 'wrapped.md'),
    );
    expect(wrapped).toContain('Điều 4 LEAD Sở Tài chính');
  });
});

describe('an item heading before its text', () => {
  it('"c) Quy định về quản lý thu, chi" / blank line / "Các cơ sở giáo dục có trách nhiệm tổ chức thu ...": the heading line is no part of the sentence after it (Nghị quyết, Hà Nội)', async () => {
    expect(roles(await extractFile(`${DOCS}/9124b25553a6c642.md`)).some((x) => / LEAD các cơ sở giáo dục$/.test(x))).toBe(true);
  });
});
