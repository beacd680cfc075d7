/**
 * The ninth assignment pass: who is told to do what inside a clause, as the genre writes it (real documents read end
 * to end, formats -> extraction): partners named with the unit doing the work, supervision ("có trách nhiệm giám sát
 * ... thực hiện Nghị quyết", "đôn đốc", "thanh tra"), subjects that direct others, subjects the body parser runs on
 * into their verb or stops short of, and a procedure's "Nơi nhận kết quả." that is no recipients block.
 */
import { describe, expect, it } from 'vitest';
import { extractFile, extractSource, roles } from '../../support/realExtraction';

const DOCS = 'tests/fixtures/gold-real/docs';

// The office's own unit in brackets was a partner too until the gold consistency audit (gold-real README, rule 4:
// a unit in brackets after its body gets no entry); since the seventeenth pass only the office coordinates.
describe('partners named with the unit doing the work', () => {
  it('"phối hợp với Văn phòng UBND tỉnh (Trung tâm Công báo - Tin học tỉnh)" names the office, not its unit (Quyết định, Hà Tĩnh)', async () => {
    const r = roles(await extractFile(`${DOCS}/ad3df698d54f5b1d.md`));
    expect(r).toContain('Điều 2 COORDINATE Văn phòng Ủy ban nhân dân tỉnh');
    expect(r).not.toContain('Điều 2 COORDINATE Trung tâm Công báo - Tin học tỉnh');
  });

  it('"phối hợp với các đơn vị: Văn phòng UBND tỉnh (...) và các cơ quan, đơn vị liên quan": the members coordinate, the colon opens no subject', async () => {
    const r = roles(await extractFile(`${DOCS}/1ea5e769bcf16b99.md`));
    expect(r).toEqual(expect.arrayContaining(['Điều 2 COORDINATE Văn phòng Ủy ban nhân dân tỉnh', 'Điều 2 COORDINATE các cơ quan, đơn vị liên quan']));
    expect(r).not.toContain('Điều 2 COORDINATE Trung tâm Công báo - Tin học');
    expect(r).not.toContain('Điều 2 COORDINATE các đơn vị');
    expect(r).not.toContain('Điều 2 LEAD Văn phòng Ủy ban nhân dân tỉnh');
  });
});

describe('supervision', () => {
  it('"... có trách nhiệm giám sát quá trình tổ chức thực hiện Nghị quyết" oversees, it leads nothing (Nghị quyết 57/2025/NQ-HĐND, Hà Nội)', async () => {
    const r = roles(await extractFile(`${DOCS}/f20b8af669b140e9.md`));
    expect(r).toEqual(expect.arrayContaining(['Điều 12.2 SUPERVISE Thường trực Hội đồng nhân dân Thành phố', 'Điều 12.2 SUPERVISE Hội đồng nhân dân cấp xã']));
    expect(r.filter((x) => x.startsWith('Điều 12.2 LEAD'))).toEqual([]);
  });

  it('"Giao Thanh tra thành phố tổ chức thanh tra việc chấp hành ..." supervises (Kế hoạch, Cần Thơ)', async () => {
    expect(roles(await extractFile('data/real/2847e16133f7b987.md'))).toContain('8 SUPERVISE Thanh tra thành phố');
  });

  it('"Đôn đốc, hướng dẫn đối tượng thực hiện kiểm kê ..." supervises; a "công tác kiểm tra, giám sát hiện trường, đôn đốc các nhà thầu" list does not', async () => {
    const r = roles(await extractFile(`${DOCS}/4e39af96b6891368.md`));
    expect(r.some((x) => /SUPERVISE các cơ quan quản lý cấp trên/.test(x))).toBe(true);
    const listed = roles(
      await extractSource(
        'Các chủ đầu tư lập kế hoạch giải ngân chi tiết từng dự án; tăng cường công tác kiểm tra, giám sát hiện trường, đôn đốc các nhà thầu, tư vấn đẩy nhanh tiến độ.\n',
        'activity-list.md',
      ),
    );
    expect(listed).toContain(' LEAD các chủ đầu tư');
    expect(listed).not.toContain(' SUPERVISE các chủ đầu tư');
  });

  it('"Đề nghị Ủy ban MTTQ Việt Nam các cấp Thành phố phối hợp tuyên truyền, vận động và giám sát ...": the Front of every level, named with its place', async () => {
    const r = roles(await extractFile(`${DOCS}/f20b8af669b140e9.md`));
    expect(r).toEqual(
      expect.arrayContaining(['Điều 12.3 COORDINATE Ủy ban Mặt trận Tổ quốc Việt Nam các cấp Thành phố', 'Điều 12.3 SUPERVISE Ủy ban Mặt trận Tổ quốc Việt Nam các cấp Thành phố']),
    );
  });
});

describe('subjects and directions', () => {
  it('"Các Bộ: ... chủ động phối hợp với địa phương chỉ đạo các cơ quan chức năng triển khai ...": the ministries direct, so they lead (Công điện, Thủ tướng)', async () => {
    const r = roles(await extractFile(`${DOCS}/a328fbb46798c2b5.md`));
    expect(r).toEqual(expect.arrayContaining(['6 LEAD Bộ Giáo dục và Đào tạo', '6 LEAD Bộ Y tế', '6 COORDINATE Bộ Y tế', '6 LEAD các cơ quan chức năng']));
  });

  it('"Bộ Công an chỉ đạo các đơn vị liên quan xem xét thẩm định ...": "xem xét" is the directed duty, no part of the name (Nghị quyết, Chính phủ)', async () => {
    const r = roles(await extractFile(`${DOCS}/75a0867a09525909.md`));
    expect(r).toEqual(expect.arrayContaining(['2 LEAD Bộ Công an', '2 LEAD các đơn vị liên quan']));
    expect(r.some((x) => x.includes('xem xét'))).toBe(false);
  });

  it('"Bộ Xây dựng làm việc với Ủy ban ... ; phối hợp với các bộ, ngành, địa phương liên quan khẩn trương xử lý ..." (Công văn, Văn phòng Chính phủ)', async () => {
    const r = roles(await extractFile(`${DOCS}/91035abb77ae0a1b.md`));
    expect(r).toEqual(expect.arrayContaining([' LEAD Bộ Xây dựng', ' COORDINATE các bộ, ngành, địa phương liên quan']));
  });

  it('"Sở Tài chính, Sở Xây dựng, ..., UBND cấp xã và các Sở, ban, ngành quản lý quy hoạch theo chức năng, nhiệm vụ được giao có trách nhiệm phối hợp ..." (Quyết định, Phú Yên)', async () => {
    const x = await extractFile(`${DOCS}/6bac4a0d92da936d.md`);
    expect(roles(x)).toEqual(expect.arrayContaining(['II.1 COORDINATE Sở Tài chính', 'II.1 COORDINATE Ban Quản lý các Khu công nghiệp tỉnh', 'II.1 COORDINATE Ủy ban nhân dân cấp xã']));
    // The group keeps what it manages in its name (folded: the display form is the body names' business).
    expect(x.assignments.some((a) => a.section === 'II.1' && /^các sở, ban, ngành quản lý qu\S+ hoạch$/i.test(a.body))).toBe(true);
  });
});

describe('powers delegated by an article "Phân cấp thẩm quyền ..."', () => {
  // Quyết định 44/2025/QĐ-CTUBND (Gia Lai): "Điều 3. Phân cấp thẩm quyền quyết định giao tài sản bằng hiện vật" then
  // "1. Sở, ban, ngành, đơn vị thuộc Ủy ban nhân dân tỉnh quyết định giao tài sản ..." and "2. Ủy ban nhân dân xã,
  // phường (sau đây gọi tắt là Ủy ban nhân dân cấp xã) quyết định giao tài sản ...".
  it('gives the bodies that "quyết định" something the power (LEAD), named as the text defines them', async () => {
    const r = roles(await extractFile(`${DOCS}/879553949728a7dc.md`));
    expect(r).toEqual(expect.arrayContaining(['Điều 3.2 LEAD Ủy ban nhân dân cấp xã', 'Điều 4.2 LEAD Ủy ban nhân dân cấp xã', 'Điều 6.3 LEAD Sở Tài chính']));
    expect(r.some((x) => x.startsWith('Điều 3.1 LEAD Sở, ban, ngành, đơn vị'))).toBe(true);
  });

  it('gives the power to the provincial committee in a council\'s resolution, not in the committee\'s own decision', async () => {
    const text = (issuer: string, kind: string) =>
      [
        `${issuer} TỈNH GIA LAI`,
        'Số: 12/2025/' + (kind === 'NGHỊ QUYẾT' ? 'NQ-HĐND' : 'QĐ-UBND') + '          Gia Lai, ngày 10 tháng 11 năm 2025',
        '',
        kind,
        'Quy định phân cấp thẩm quyền quyết định giao tài sản công',
        '',
        '**Điều 2. Phân cấp thẩm quyền quyết định giao tài sản bằng hiện vật**',
        '',
        '1. Ủy ban nhân dân tỉnh quyết định giao tài sản có nguyên giá từ 01 tỷ đồng trở lên.',
        '',
        '2. Sở, ban, ngành thuộc Ủy ban nhân dân tỉnh quyết định giao tài sản có nguyên giá dưới 01 tỷ đồng.',
      ].join('\n');
    const council = roles(await extractSource(text('HỘI ĐỒNG NHÂN DÂN', 'NGHỊ QUYẾT'), 'council.md'));
    const committee = roles(await extractSource(text('ỦY BAN NHÂN DÂN', 'QUYẾT ĐỊNH'), 'committee.md'));
    expect(council.some((r) => /^Điều 2\.1 LEAD (Ủy ban nhân dân|UBND) tỉnh/.test(r))).toBe(true);
    expect(committee.some((r) => r.startsWith('Điều 2.1 '))).toBe(false);
    for (const r of [council, committee]) expect(r.some((x) => x.startsWith('Điều 2.2 LEAD Sở, ban, ngành'))).toBe(true);
  });

  it('reads no power where no article delegates one: "Sở Tài chính quyết định ..." under "Tổ chức thực hiện" is no duty', async () => {
    const r = roles(
      await extractSource(
        ['**Điều 2. Tổ chức thực hiện**', '', '1. Sở Tài chính quyết định điều chuyển tài sản công có nguyên giá từ 01 tỷ đồng trở lên.'].join('\n'),
        'no-delegation.md',
      ),
    );
    expect(r).not.toContain('Điều 2.1 LEAD Sở Tài chính');
  });
});

describe('a procedure\'s "Nơi nhận kết quả." is a step, not the recipients block', () => {
  it('the articles after it keep their numbering and duties (Quy trình, Huế)', async () => {
    const r = roles(await extractFile(`${DOCS}/f40e7ad008712591.md`));
    expect(r).toEqual(expect.arrayContaining(['Điều 7 COORDINATE Ủy ban nhân dân cấp xã', 'Điều 7 COORDINATE Sở Nội vụ', 'Điều 7 COORDINATE Sở Tài chính']));
  });
});
