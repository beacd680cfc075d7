/**
 * Assignments as real plans write them, read end to end (formats -> extraction) from documents of the
 * real collection (data/real, Markdown originals).
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Extraction } from '../../../src/extract/types';
import { extractFile, roles } from '../../support/realExtraction';


function extractReal(file: string): Promise<Extraction> {
  return extractFile(path.join('data/real', file));
}

/** "section ROLE body" for each assignment, in order. */
describe('a directive whose numbered parts are headed by the body responsible (Chỉ thị, Cần Thơ)', () => {
  let x: Extraction;
  beforeAll(async () => {
    x = await extractReal('2847e16133f7b987.md');
  });

  it('reads the Front\'s "Tăng cường công tác giám sát, phản biện đối với công tác quản lý ..." as oversight', () => {
    // "9. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố": a later sentence of its point strengthens the oversight work.
    expect(roles(x)).toContain('9 SUPERVISE Ủy ban Mặt trận Tổ quốc Việt Nam thành phố');
  });

  it('makes the body of a heading ("5. Sở Xây dựng") the lead of the items under it', () => {
    expect(roles(x)).toContain('5 LEAD Sở Xây dựng');
    expect(roles(x)).toContain('4 LEAD Sở Nông nghiệp và Môi trường');
  });

  it('reads a heading wrapped over two lines ("4. Sở Nông" / "nghiệp và Môi trường") as one body', () => {
    expect(x.sections.find((s) => s.path === '4')?.heading).toBe('Sở Nông nghiệp và Môi trường');
  });

  it('makes the bodies after "phối hợp" (with or without "với") coordinators of the heading body\'s duty', () => {
    const five = roles(x).filter((r) => r.startsWith('5 COORDINATE'));
    expect(five).toEqual(expect.arrayContaining(['5 COORDINATE Sở Nông nghiệp và Môi trường', '5 COORDINATE Sở Công Thương']));
    expect(roles(x)).not.toContain('5 COORDINATE Sở Xây dựng');
  });

  it('adds SUPERVISE for a heading body whose duty is to check ("Thường xuyên kiểm tra chất lượng nước")', () => {
    expect(roles(x)).toEqual(expect.arrayContaining(['6 LEAD Sở Y tế', '6 SUPERVISE Sở Y tế']));
  });

  it('makes "Đề nghị <body>" in a heading that body\'s lead, though outside the issuer\'s authority', () => {
    expect(roles(x)).toContain('9 LEAD Ủy ban Mặt trận Tổ quốc Việt Nam thành phố');
  });

  it('gives "Giao <body> <verb>" items to the named body, not to the heading\'s', () => {
    expect(roles(x)).toEqual(expect.arrayContaining(['8 LEAD Thanh tra thành phố', '8 LEAD Công an thành phố']));
  });
});

describe('a plan with a task table (Kế hoạch, Nghệ An): lead and coordinating columns, deadline column', () => {
  let x: Extraction;
  beforeAll(async () => {
    x = await extractReal('c5d930a5fc8373cd.md');
  });

  it('reads each row\'s "Cơ quan chủ trì" cell as LEAD and "Cơ quan phối hợp" cell as COORDINATE', () => {
    const row = x.tasks.find((t) => /Hướng dẫn thanh toán chi phí khám bệnh/.test(t.text));
    expect(row).toBeDefined();
    const onRow = x.assignments.filter((a) => a.taskOrdinal === row!.ordinal).map((a) => `${a.role} ${a.body}`);
    expect(onRow).toEqual(expect.arrayContaining(['LEAD Sở Y tế', 'COORDINATE Sở Tài chính']));
    expect(onRow).not.toContain('LEAD Sở Tài chính');
  });

  it('dates a row by its "Thời gian hoàn thành" cell', () => {
    const row = x.tasks.find((t) => /Tổ chức lại Ban Chỉ huy Phòng thủ dân sự/.test(t.text));
    expect(row?.deadline?.dueDate).toBe('2025-11-30');
  });

  it('reads a row\'s numbered group heading ("| II | TRIỂN KHAI ... |") as no task and no assignment', () => {
    expect(x.tasks.find((t) => /TRIỂN KHAI ĐỒNG BỘ VĂN BẢN/.test(t.text))).toBeUndefined();
    expect(x.assignments.filter((a) => /TRIỂN KHAI ĐỒNG BỘ VĂN BẢN/.test(a.evidence))).toEqual([]);
    // The rows under it are tasks.
    expect(x.tasks.some((t) => t.text.startsWith('Triển khai thực hiện một số nội dung chi, mức chi đặc thù'))).toBe(true);
  });

  it('keeps collective bodies as groups ("các sở, ban, ngành", "Ủy ban nhân dân các xã, phường")', () => {
    const groups = x.bodies.filter((b) => b.group).map((b) => b.name);
    expect(groups).toEqual(expect.arrayContaining(['Ủy ban nhân dân các xã, phường']));
    expect(groups.some((g) => /^các sở, ban, ngành/.test(g))).toBe(true);
    expect(roles(x)).toContain('IV.1 LEAD Ủy ban nhân dân các xã, phường');
  });
});

describe('a People\'s Council resolution (Nghị quyết HĐND, Hà Nội): supervision and "Đề nghị ... phối hợp"', () => {
  let x: Extraction;
  beforeAll(async () => {
    x = await extractReal('e09bc3b35c473bea.md');
  });

  it('"Giao Thường trực HĐND, các Ban, các Tổ đại biểu và các đại biểu HĐND giám sát": each supervises, none leads', () => {
    const two = roles(x).filter((r) => r.startsWith('Điều 7.2 '));
    expect(two).toEqual([
      'Điều 7.2 SUPERVISE Thường trực Hội đồng nhân dân Thành phố',
      'Điều 7.2 SUPERVISE các Ban của Hội đồng nhân dân Thành phố',
      'Điều 7.2 SUPERVISE các Tổ đại biểu Hội đồng nhân dân Thành phố',
      'Điều 7.2 SUPERVISE Các đại biểu Hội đồng nhân dân Thành phố',
    ]);
  });

  it('"Đề nghị Ủy ban MTTQ ... phối hợp tuyên truyền và tham gia giám sát": COORDINATE and SUPERVISE, not LEAD', () => {
    const three = roles(x).filter((r) => r.startsWith('Điều 7.3 '));
    expect(three).toEqual([
      'Điều 7.3 COORDINATE Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hà Nội',
      'Điều 7.3 SUPERVISE Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hà Nội',
    ]);
  });
});

describe('Government Office notices (Thông báo VPCP): conclusions addressed to ministries and localities', () => {
  it('"<body>: chỉ đạo chủ đầu tư, các nhà thầu <verb>" makes the directed bodies act; "để <bodies> biết, thực hiện" too', async () => {
    const x = await extractReal('2d977d9ad8cd2645.md');
    expect(roles(x)).toEqual(
      expect.arrayContaining(['2 LEAD Ủy ban nhân dân thành phố Hồ Chí Minh', '2 LEAD Chủ đầu tư', '2 LEAD các nhà thầu', '3 LEAD các cơ quan liên quan']),
    );
  });

  it('reads duties announced under an assessing heading ("I. ĐÁNH GIÁ CHUNG" ... "cần tập trung ... sau đây:")', async () => {
    const x = await extractReal('abca9704d4c889cd.md');
    expect(roles(x)).toEqual(expect.arrayContaining(['I LEAD Thành phố Đà Nẵng', 'I.1 LEAD Cấp ủy, chính quyền Thành phố', 'I.1 LEAD các sở, ngành']));
  });

  it('"Về đề nghị <bodies> ..." answering a proposal assigns those bodies', async () => {
    const x = await extractReal('abca9704d4c889cd.md');
    expect(roles(x)).toContain('II.1 LEAD các bộ, ngành');
  });
});

describe('names and places of bodies', () => {
  it('reads a directive\'s preamble request ("Chủ tịch UBND thành phố yêu cầu Giám đốc, Thủ trưởng các sở, ...") but not the speaker', async () => {
    const x = await extractReal('2847e16133f7b987.md');
    const preamble = roles(x).filter((r) => r.startsWith(' '));
    expect(preamble).toEqual(expect.arrayContaining([' LEAD Ủy ban nhân dân xã, phường', ' LEAD các đơn vị liên quan']));
    expect(preamble.some((r) => /thành phố Cần Thơ/.test(r))).toBe(false);
    // The heads' titles name the departments: the body is the group, the titles are kept apart.
    const heads = x.assignments.find((a) => a.section === '' && a.official === 'Giám đốc, Thủ trưởng');
    expect(heads?.body).toMatch(/^các sở/);
    expect(heads?.bodyKey).toBe('so, ban nganh@Cần Thơ');
  });

  it('expands an abbreviated name ("Bộ CHQS tỉnh" is Bộ Chỉ huy Quân sự tỉnh)', async () => {
    const x = await extractReal('c5d930a5fc8373cd.md');
    expect(roles(x)).toContain('IV.2 LEAD Bộ Chỉ huy Quân sự tỉnh');
  });
});

describe('SUPERVISE is oversight of implementation or compliance, not surveillance of things', () => {
  const supervisors = (x: Extraction) => new Set(x.assignments.filter((a) => a.role === 'SUPERVISE').map((a) => a.body));

  it('keeps "kiểm tra, đôn đốc thực hiện kế hoạch" and "giám sát tuyến xã", drops "giám sát các điểm ô nhiễm" (Kế hoạch, Đắk Lắk)', async () => {
    const sup = supervisors(await extractReal('a49ef8a0da1f62dd.md'));
    expect(sup.has('Sở Y tế')).toBe(true);
    expect([...sup].some((b) => /trung tâm y tế/i.test(b))).toBe(true);
    expect(sup.has('Sở Nông nghiệp và Môi trường')).toBe(false);
  });

  it('drops "trong giám sát, xử lý vi phạm", "camera giám sát", "bảo trì, giám sát hạ tầng", "giám sát kỹ thuật" (Kế hoạch, Đồng Tháp)', async () => {
    const sup = supervisors(await extractReal('689f49d25e51cbaa.md'));
    for (const body of ['Công an Tỉnh', 'Ủy ban nhân dân cấp xã', 'Sở Khoa học và Công nghệ']) expect(sup.has(body)).toBe(false);
    expect(sup.has('Sở Tài chính')).toBe(true);
  });
});

describe('a list of collective bodies becomes one group per kind (Kế hoạch, Nghệ An)', () => {
  it('"Các sở, ban, ngành, tổ chức chính trị - xã hội, Ủy ban nhân dân các xã, phường" names three groups', async () => {
    const x = await extractReal('c5d930a5fc8373cd.md');
    const lead = new Set(x.assignments.filter((a) => a.role === 'LEAD').map((a) => a.body.toLowerCase()));
    expect(lead.has('các sở, ban, ngành')).toBe(true);
    expect([...lead].some((b) => /^(các )?tổ chức chính trị - xã hội$/.test(b))).toBe(true);
    expect([...lead].some((b) => b.includes('sở, ban, ngành, tổ chức'))).toBe(false);
  });
});
