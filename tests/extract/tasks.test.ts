import { describe, expect, it } from 'vitest';
import { extractSections } from '../../src/extract/sections';
import { extractTasks } from '../../src/extract/tasks';
import type { DocumentReference } from '../../src/extract/types';
import { normalizeText } from '../../src/text/fold';
import { corpus, corpusLines, randomTexts, read, roles } from './structure.fixtures';

describe('who is told to do what: articles of a decision (sample 002)', () => {
  it('"Giao S& Ndi vu huéng dan, theo ddi, ..., kiém tra": Sở Nội vụ leads and supervises (Điều 3)', () => {
    const r = read(corpusLines('002', 58, 59));
    expect(roles(r)).toEqual(['Điều 3 LEAD Sở Nội vụ', 'Điều 3 SUPERVISE Sở Nội vụ']);
    expect(r.assignments[0]!.evidence).toMatch(/^S& Ndi vu huéng dan/);
  });

  it('every executor listed after "Các ông, bà:" leads, named as written with diacritics (Điều 4)', () => {
    const r = read(corpusLines('002', 61, 64));
    expect(roles(r)).toEqual([
      'Điều 4 LEAD Văn phòng Ủy ban nhân dân tỉnh',
      'Điều 4 LEAD Sở Nội vụ',
      'Điều 4 LEAD các sở, ban, ngành',
      'Điều 4 LEAD Ủy ban nhân dân các xã, phường, đặc khu',
      'Điều 4 LEAD các cơ quan trung ương đóng trên địa bàn tỉnh',
      'Điều 4 LEAD các đơn vị sự nghiệp công lập trực thuộc Ủy ban nhân dân tỉnh',
    ]);
  });
});

describe('who is told to do what: the plan\'s "Tổ chức thực hiện" (sample 002)', () => {
  const r = read(corpus('002'));
  const at = (section: string) => roles(r).filter((x) => x.startsWith(`${section} `));

  it('a heading naming a body gives it the subjectless items below, cited at the numbered level', () => {
    expect(at('IV.5')).toEqual(['IV.5 LEAD Trung tâm Truyền thông tỉnh']);
    expect(at('IV.3.1')).toEqual(['IV.3.1 LEAD Sở Nội vụ', 'IV.3.1 SUPERVISE Sở Nội vụ']);
    expect(r.assignments.some((a) => a.section.includes('('))).toBe(false);
  });

  it('"Đề nghị Ủy ban MTTQ ...": quan tâm, phối hợp ..., đồng thời giám sát -> coordinate and supervise, not lead', () => {
    expect(at('IV.6')).toEqual([
      'IV.6 COORDINATE Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Ninh',
      'IV.6 SUPERVISE Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Ninh',
      'IV.6 COORDINATE các cơ quan, đơn vị liên quan',
    ]);
  });

  it('an item restating its heading\'s bodies in full gives the section its fuller list (IV.1)', () => {
    expect(at('IV.1')).toEqual(
      expect.arrayContaining(['IV.1 LEAD cơ quan trung ương đóng trên địa bàn tỉnh', 'IV.1 SUPERVISE Ủy ban nhân dân các xã, phường, đặc khu']),
    );
    expect(at('IV.1').some((x) => x.includes('cơ quan, đơn vị'))).toBe(false);
  });

  it('"phối hợp với X": X coordinates, and so does the subject told to coordinate (IV.3.2)', () => {
    // The pairs, in any order (the order the clause's events are read in is not what this shows).
    expect([...at('IV.3.2')].sort()).toEqual(
      [
        'IV.3.2 LEAD các cơ quan chủ trì thực hiện các nội dung cải cách hành chính',
        'IV.3.2 SUPERVISE các cơ quan chủ trì thực hiện các nội dung cải cách hành chính',
        'IV.3.2 COORDINATE các cơ quan chủ trì thực hiện các nội dung cải cách hành chính',
        'IV.3.2 COORDINATE Sở Nội vụ',
      ].sort(),
    );
  });

  it('"theo chức năng, nhiệm vụ phân công chủ động theo dõi, đôn đốc, kiểm tra": members supervise only (IV.2)', () => {
    expect(at('IV.2')).toContain('IV.2 SUPERVISE Các thành viên Tổ công tác');
    expect(at('IV.2')).not.toContain('IV.2 LEAD Các thành viên Tổ công tác');
    expect(at('IV.2')).toContain('IV.2 LEAD Tổ Công tác Cải cách hành chính');
  });

  it('the plan\'s closing sentence "... chịu trách nhiệm triển khai thực hiện Kế hoạch này./." is cited at IV', () => {
    expect(at('IV')).toEqual([
      'IV LEAD các sở, ban, ngành',
      'IV LEAD Ủy ban nhân dân các xã, phường, đặc khu',
      'IV LEAD các cơ quan có liên quan',
    ]);
  });

  it('keeps one assignment per (body, role, section) and canonical bodies for all of them', () => {
    const ids = r.assignments.map((a) => `${a.bodyKey}|${a.role}|${a.section}`);
    expect(new Set(ids).size).toBe(ids.length);
    const keys = new Set(r.bodies.map((b) => b.key));
    for (const a of r.assignments) expect(keys.has(a.bodyKey)).toBe(true);
    expect(r.bodies.find((b) => b.key === 'so noi vu@Quảng Ninh')!.aliases).toEqual(expect.arrayContaining(['S& Ndi vu', 'Giam ddc S& Noi vu']));
  });
});

describe('who is told to do what: a resolution in clean Unicode (sample 004)', () => {
  const r = read(corpus('004'));

  it('reads subjects after a fronted clause, after a colon and "chỉ đạo X <verb>"', () => {
    expect(roles(r)).toEqual(
      expect.arrayContaining([
        'Điều 1 LEAD các cấp, các ngành trong tỉnh',
        'Điều 1.3 LEAD Ủy ban nhân dân tỉnh',
        'Điều 1.3 LEAD các sở, ngành, cơ quan, đơn vị, địa phương',
        'Điều 1.5 LEAD Thành phố Hạ Long',
      ]),
    );
  });

  it('does not make the issuing council a party to its own "thống nhất với" or "giao:"', () => {
    expect(roles(r).some((x) => /Hội đồng nhân dân tỉnh$/.test(x) && x.startsWith('Điều 1 '))).toBe(false);
    expect(roles(r).filter((x) => x.startsWith('Điều 2 '))).toEqual([]);
  });

  it('Điều 2: "Thường trực, các Ban, các Tổ và đại biểu HĐND tỉnh giám sát" -> four supervisors', () => {
    expect(roles(r).filter((x) => x.startsWith('Điều 2.2 '))).toEqual([
      'Điều 2.2 SUPERVISE Thường trực Hội đồng nhân dân tỉnh',
      'Điều 2.2 SUPERVISE các Ban Hội đồng nhân dân tỉnh',
      'Điều 2.2 SUPERVISE các Tổ Hội đồng nhân dân tỉnh',
      'Điều 2.2 SUPERVISE Đại biểu Hội đồng nhân dân tỉnh',
    ]);
  });

  it('"công tác kiểm tra, giám sát hiện trường" as a noun does not make the subject a supervisor', () => {
    expect(roles(r).filter((x) => x.includes('chủ đầu tư'))).toEqual(['Điều 1.3 LEAD các chủ đầu tư']);
  });
});

describe('general constructions', () => {
  it('"chủ trì, phối hợp với X, Y": the lead does not also coordinate; X and Y do (sample 000, IV.5)', () => {
    expect(roles(read(corpusLines('000', 556, 579)))).toEqual([
      'IV.1 LEAD Ban Thường vụ Tỉnh ủy',
      'IV.1 SUPERVISE Ban Thường vụ Tỉnh ủy',
      'IV.2 LEAD Đảng Đoàn Hội đồng nhân dân tỉnh',
      'IV.3 LEAD Ban cán sự đảng Ủy ban nhân dân tỉnh',
      'IV.3 SUPERVISE Ban cán sự đảng Ủy ban nhân dân tỉnh',
      'IV.4 LEAD các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc tỉnh',
      'IV.4 SUPERVISE các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc tỉnh',
      'IV.5 LEAD Ban Tuyên giáo Tỉnh ủy',
      'IV.5 COORDINATE Ban cán sự đảng Ủy ban nhân dân tỉnh',
      'IV.5 COORDINATE Trung tâm Truyền thông tỉnh',
    ]);
  });

  it('a heading wrapped before an upper-case word is still a duty ("8. Giao ủy ban Kiểm tra ... với Ban cán sự đảng\\nƯBND tỉnh")', () => {
    const r = roles(read(corpusLines('000', 556, 598)));
    expect(r).toEqual(expect.arrayContaining(['IV.8 LEAD Ủy ban Kiểm tra Tỉnh ủy', 'IV.8 COORDINATE Ban cán sự đảng Ủy ban nhân dân tỉnh']));
    expect(r.some((x) => x.startsWith('IV.8 ') && x.endsWith(' Ủy ban nhân dân tỉnh') && !x.includes('Ban cán sự'))).toBe(false);
  });

  it('"X chỉ đạo Y:" then bullets: the bullets are Y\'s (sample 003, IV.3)', () => {
    expect(roles(read(corpusLines('003', 480, 498)))).toEqual(
      expect.arrayContaining(['IV.3 LEAD Ban cán sự đảng Ủy ban nhân dân tỉnh', 'IV.3 LEAD Ủy ban nhân dân tỉnh', 'IV.3 SUPERVISE Ủy ban nhân dân tỉnh']),
    );
  });

  it('reads a plan table\'s labelled columns "Cơ quan chủ trì: X; cơ quan phối hợp: Y, Z"', () => {
    const r = read('II. NHIỆM VỤ\n1. Số hóa hồ sơ\n- Xử lý dứt điểm các phản ánh. Cơ quan chủ trì: Sở Nội vụ; cơ quan phối hợp: Công an tỉnh, Trung tâm Phục vụ hành chính công tỉnh; thời gian hoàn thành: Quý IV/2022.\n', 'Quảng Ngãi');
    expect(roles(r)).toEqual(['II.1 LEAD Sở Nội vụ', 'II.1 COORDINATE Công an tỉnh', 'II.1 COORDINATE Trung tâm Phục vụ hành chính công tỉnh']);
    expect(r.tasks[0]!.deadline).toMatchObject({ period: '2022-Q4' });
  });

  it('"1. Sở Nội vụ:" introduces the bullets below it; "Giao UBND các huyện:" the lettered items', () => {
    const r = read(
      'III. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ:\n- Chủ trì hướng dẫn, theo dõi việc thực hiện.\n2. Giao Ủy ban nhân dân các huyện, thị xã, thành phố:\na) Xây dựng kế hoạch năm 2024.\nb) Phối hợp với Sở Nội vụ tổ chức kiểm tra.\n',
      'Quảng Ngãi',
    );
    expect(roles(r)).toEqual([
      'III.1 LEAD Sở Nội vụ',
      'III.1 SUPERVISE Sở Nội vụ',
      'III.2 LEAD Ủy ban nhân dân các huyện, thị xã, thành phố',
      'III.2 COORDINATE Ủy ban nhân dân các huyện, thị xã, thành phố',
      'III.2 SUPERVISE Ủy ban nhân dân các huyện, thị xã, thành phố',
      'III.2 COORDINATE Sở Nội vụ',
    ]);
  });

  it('reads a letter without numbering: addressees skipped, "Giao", subjects and "Đề nghị" read paragraph by paragraph', () => {
    const r = read(
      'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI\nV/v triển khai Chỉ thị số 23/CT-TTg\n\nKính gửi:\n- Các sở, ban, ngành tỉnh;\n- Ủy ban nhân dân các huyện, thị xã, thành phố.\n\nChủ tịch UBND tỉnh có ý kiến như sau:\nGiao Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp tham mưu ban hành kế hoạch, hoàn thành trước ngày 30/10/2024.\nCác sở, ban, ngành; UBND các huyện, thị xã, thành phố căn cứ chức năng, nhiệm vụ được giao tổ chức thực hiện.\nĐề nghị Ủy ban MTTQ Việt Nam tỉnh phối hợp giám sát việc thực hiện./.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n',
      'Quảng Ngãi',
    );
    expect(roles(r)).toEqual([
      ' LEAD Sở Nội vụ',
      ' COORDINATE Sở Tư pháp',
      ' LEAD các sở, ban, ngành',
      ' LEAD Ủy ban nhân dân các huyện, thị xã, thành phố',
      ' COORDINATE Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh',
      ' SUPERVISE Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh',
    ]);
    expect(r.tasks.find((t) => t.text.startsWith('Giao'))!.deadline!.dueDate).toBe('2024-10-30');
    expect(r.tasks.some((t) => t.text.includes('Kính gửi') || t.text.includes('Lưu: VT'))).toBe(false);
  });

  it('reads nothing from the recipients block, the preamble or an assessment part', () => {
    const r = read(corpus('000'));
    expect(r.assignments.some((a) => a.section.startsWith('I.') || a.section === 'I')).toBe(false);
    const recipients = corpus('000').indexOf('Nơi nhân');
    expect(r.tasks.every((t) => t.start < recipients)).toBe(true);
  });
});

describe('tasks', () => {
  const r = read(corpus('002'));

  it('are the duties of the body of the document, each with its section path and text', () => {
    expect(r.tasks.length).toBeGreaterThan(50);
    expect(r.tasks.map((t) => t.ordinal)).toEqual(r.tasks.map((_, i) => i));
    const item = r.tasks.find((t) => t.sectionPath === 'IV.1(1)')!;
    expect(item.text).toMatch(/^\(1\) Can cur cac nhiém vu/);
    expect(r.text.slice(item.start, item.end)).toContain('khan truong ra soat');
  });

  it('carry deadlines, targets and indicators', () => {
    expect(r.tasks.find((t) => t.sectionPath === 'IV.1(1)')!.deadline).toEqual({ raw: 'thoi han hoan thanh truéc ngay 20/7/2025', dueDate: '2025-07-20', period: null });
    const targets = r.tasks.filter((t) => t.sectionPath === 'II.3').flatMap((t) => t.targets);
    expect(targets).toEqual(expect.arrayContaining([expect.objectContaining({ comparator: '>=', value: 70, unit: '%' })]));
    expect(r.tasks.find((t) => t.sectionPath === 'II.1' && t.indicators.length > 0)!.indicators).toEqual(['PAR_INDEX', 'PCI', 'SIPAS', 'PAPI']);
  });

  it('link the assignment to its task', () => {
    const a = r.assignments.find((x) => x.section === 'IV.3.1' && x.role === 'LEAD')!;
    expect(r.tasks[a.taskOrdinal!]!.sectionPath).toBe('IV.3.1(1)');
  });

  it('name the referenced documents mentioned inside them as carried out', () => {
    const text = normalizeText(corpus('002'));
    const at = text.indexOf('Nghi quyét so 76/NQ-CP', text.indexOf('NHIEM VU TRIEN KHAI'));
    const ref: DocumentReference = {
      key: '76/NQ-CP',
      kind: 'NGHI_QUYET',
      symbol: '76/NQ-CP',
      date: null,
      issuer: null,
      jurisdiction: 'national',
      title: null,
      relation: 'IMPLEMENTS',
      evidence: '',
      mentions: [{ start: at, end: at + 20, sectionPath: 'III.1(1)', snippet: '', relation: 'IMPLEMENTS', claimedDate: null, claimedIssuer: null }],
      effects: [],
      confidence: 1,
      notes: null,
    };
    const x = extractTasks(text, extractSections(text), { jurisdiction: 'Quảng Ninh', references: [ref] });
    expect(x.tasks.find((t) => t.sectionPath === 'III.1(1)')!.carriesOut).toEqual(['76/NQ-CP']);
    expect(x.tasks.filter((t) => t.carriesOut.length > 0)).toHaveLength(1);
  });
});

describe('robustness', () => {
  it('reads random, empty and truncated inputs without an exception (nothing catches one inside)', () => {
    const doc = corpus('004');
    const inputs = [...randomTexts(150, 5), '', '   ', 'Giao', 'Sở Nội vụ chủ trì', doc.slice(0, 3000), doc.slice(38_000, 38_800), corpus('002').slice(23_000, 26_000)];
    for (const input of inputs) {
      const text = normalizeText(input);
      const sections = extractSections(text);
      const x = extractTasks(text, sections, { jurisdiction: null, references: [] });
      for (const t of x.tasks) expect(t.end).toBeLessThanOrEqual(text.length);
      for (const a of x.assignments) expect(a.bodyKey).toContain('@');
    }
  });
});
