import { describe, expect, it } from 'vitest';
import { extractSections, headingEnd, romanValue, sectionPathAt } from '../../src/extract/sections';
import { normalizeText } from '../../src/text/fold';
import headings from '../../src/extract/data/sectionHeadings.json';
import { corpus, corpusLines, randomTexts } from './structure.fixtures';

const paths = (text: string) => extractSections(normalizeText(text)).map((s) => s.path);

describe('section tree of a decision with its attached plan (sample 002)', () => {
  const text = corpus('002');
  const sections = extractSections(text);
  const byPath = new Map(sections.map((s) => [s.path, s]));

  it('reads OCR-damaged articles "Djéu 1", "Piéu 2" as Điều 1..4', () => {
    expect(sections.filter((s) => s.label.startsWith('Điều')).map((s) => s.path)).toEqual(['Điều 1', 'Điều 2', 'Điều 3', 'Điều 4']);
    expect(byPath.get('Điều 3')!.heading).toMatch(/^Giao S& Ndi vu/);
  });

  it('restarts plain Roman numbering for the attached plan after "KẾ HOẠCH", "I11." read as III', () => {
    expect(sections.filter((s) => s.level === 1 && !s.label.startsWith('Điều')).map((s) => s.path)).toEqual(['I', 'II', 'III', 'IV']);
    expect(byPath.get('III')!.heading).toBe('NHIEM VU TRIEN KHAI');
  });

  it('nests numbered items, dotted items and parenthesized items, "4)" missing its opening parenthesis', () => {
    expect(byPath.get('IV.3.1')!.parentPath).toBe('IV.3');
    expect(byPath.get('IV.3.1')!.label).toBe('3.1');
    expect(byPath.get('IV.3.1')!.heading).toBe('S6 Ngi vu');
    expect(byPath.get('IV.2')!.heading).toMatch(/^To Cong tac Cai cach hanh chinh/);
    expect(sections.filter((s) => s.parentPath === 'IV.1').map((s) => s.label)).toEqual(['(1)', '(2)', '(3)', '(4)']);
    expect(sections.filter((s) => s.parentPath === 'III.7').map((s) => s.path)).toEqual(['III.7(1)', 'III.7(2)', 'III.7(3)', 'III.7(4)', 'III.7(5)']);
  });

  it('ends a section where its next sibling or an ancestor sibling starts', () => {
    expect(byPath.get('IV.3.1')!.end).toBe(byPath.get('IV.3.2')!.start);
    expect(byPath.get('IV.3.2')!.end).toBe(byPath.get('IV.4')!.start);
    expect(byPath.get('III')!.end).toBe(byPath.get('IV')!.start);
    // The decision's last article stops at "Nơi nhận".
    expect(text.slice(byPath.get('Điều 4')!.end).trimStart()).toMatch(/^Noi nh/);
  });

  it('numbers siblings from 0 and levels from 1', () => {
    expect(byPath.get('IV.3.2')).toMatchObject({ level: 3, ordinal: 1 });
    expect(byPath.get('IV')).toMatchObject({ level: 1, parentPath: null });
  });

  it('finds the innermost section of an offset', () => {
    const at = text.indexOf('Chi tri tong hop xay dung du thao');
    expect(sectionPathAt(sections, at)).toBe('IV.3.1(2)');
    expect(sectionPathAt(sections, 10)).toBeNull();
  });
});

describe('section tree of a clean resolution (sample 004)', () => {
  const sections = extractSections(corpus('004'));

  it('puts numbered items under their article: Điều 1.3, Điều 2.2', () => {
    expect(sections.map((s) => s.path)).toEqual([
      'Điều 1',
      ...Array.from({ length: 10 }, (_, i) => `Điều 1.${i + 1}`),
      'Điều 2',
      'Điều 2.1',
      'Điều 2.2',
    ]);
  });

  it('takes a long clean line as the heading, shortened', () => {
    const d1 = sections.find((s) => s.path === 'Điều 1')!;
    expect(d1.heading!.length).toBeLessThanOrEqual(200);
    expect(d1.heading).toMatch(/^Hội đồng nhân dân tỉnh thống nhất/);
  });
});

describe('numbering styles', () => {
  it('reads "I-", "II-", dotted "2.2.1." and deeper levels (sample 000)', () => {
    const p = extractSections(corpus('000')).map((s) => s.path);
    expect(p).toContain('II.2.2.1');
    expect(p).toContain('IV.9');
  });

  it('treats a stray "1." that does not continue its siblings as text, not a section (sample 003 footnote)', () => {
    const p = paths(corpusLines('003', 12, 90));
    expect(p).toEqual(['I', 'I.1', 'I.2']);
  });

  it('does not take a wrapped "(6)" in running text for the start of a list', () => {
    const p = paths(corpusLines('001', 37, 76));
    expect(p).toEqual(['I', 'I.1', 'I.2', 'II']);
  });

  it('reads lettered items and chapters', () => {
    const text = 'Chương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi\n1. Nội dung\na) thứ nhất;\nb) thứ hai.\nChương II\nĐiều 2. Trách nhiệm\n';
    expect(paths(text)).toEqual(['Chương I', 'Điều 1', 'Điều 1.1', 'Điều 1.1.a', 'Điều 1.1.b', 'Chương II', 'Điều 2']);
  });

  it('keeps paths unique when an attached document repeats numbering already used', () => {
    const text = 'I. MỤC ĐÍCH\n1. Một\nII. NHIỆM VỤ\nNơi nhận:\n- Lưu.\nKẾ HOẠCH\nI. MỤC ĐÍCH\n1. Một\n';
    const p = paths(text);
    expect(new Set(p).size).toBe(p.length);
    expect(p.slice(0, 3)).toEqual(['I', 'I.1', 'II']);
  });

  it('reads the numbered points of a letter after its addressees ("Kính gửi:" does not end the body)', () => {
    expect(paths('Kính gửi:\n- Sở Nội vụ;\n- Sở Tài chính.\n1. Giao Sở Nội vụ chủ trì.\n2. Giao Sở Tài chính bố trí kinh phí.\nNơi nhận:\n1. Lưu.\n')).toEqual(['1', '2']);
  });

  it('ends the body at "Nơi nhận:" in a layout table\'s first cell too (the footnotes and forms after it are no sections)', () => {
    const text = 'Điều 1. Một.\nĐiều 2. Hai.\n| Nơi nhận: - Như Điều 2; - Lưu: VT. | KT. BỘ TRƯỞNG |\nĐiều 3: Các Bộ trưởng chịu trách nhiệm thi hành.\n';
    expect(paths(text)).toEqual(['Điều 1', 'Điều 2']);
  });

  it('converts Roman numerals and rejects malformed ones', () => {
    expect([romanValue('I'), romanValue('IV'), romanValue('IX'), romanValue('XIV')]).toEqual([1, 4, 9, 14]);
    expect(romanValue('IIII')).toBe(0);
    expect(romanValue('')).toBe(0);
  });

  it('continues a wrapped title on a lower-case line, not on an item "a)"', () => {
    const t = '1. Thủ trưởng các Sở, ban, ngành; Chủ tịch Ủy ban\nnhân dân xã, phường\n\n(1) Căn cứ';
    expect(t.slice(0, headingEnd(t, 3))).toBe('1. Thủ trưởng các Sở, ban, ngành; Chủ tịch Ủy ban\nnhân dân xã, phường');
    const u = '1. Thực hiện cơ chế một cửa\na) Trung tâm';
    expect(u.slice(0, headingEnd(u, 3))).toBe('1. Thực hiện cơ chế một cửa');
  });

  it('takes the next line as the title of a label alone on its line, read from the label as the tree reads it, OCR forms too', () => {
    // A regulation exported with the article's label and its title on two lines; "Piéu" and "I11." as OCR reads "Điều" and "III".
    for (const label of ['Điều 5.', 'Piéu 5.', 'I11.', 'CHƯƠNG II']) {
      const t = `${label}\nTrách nhiệm của Sở Nông nghiệp và Môi trường\n\n1. Chủ trì`;
      expect(t.slice(0, headingEnd(t, 0))).toBe(`${label}\nTrách nhiệm của Sở Nông nghiệp và Môi trường`);
    }
    // A label with its own title keeps it.
    const own = 'Piéu 2. Hiéu luc thi hanh\nQuyết định này có hiệu lực thi hành kể từ ngày ký.';
    expect(own.slice(0, headingEnd(own, 0))).toBe('Piéu 2. Hiéu luc thi hanh');
  });

  it('reads the article word alone on its line and its number opening the next as one article label', () => {
    // A province's decision announcing procedures, exported with the bold label wrapped after "Điều" (Bắc Ninh, 2025).
    const text = [
      '**Điều',
      '1. **Công bố kèm theo Quyết định này danh',
      'mục 02 thủ tục hành chính nội bộ.',
      '**Điều',
      '2. **Sở Dân tộc và Tôn giáo có trách nhiệm',
      'phối hợp Văn phòng UBND tỉnh công khai Quyết định này.',
      '1. Đăng tải trên Cổng Thông tin điện tử tỉnh.',
      '**Điều',
      '3. **Quyết định có hiệu lực kể từ ngày ký.',
    ].join('\n');
    const sections = extractSections(normalizeText(text));
    expect(sections.map((s) => s.path)).toEqual(['Điều 1', 'Điều 2', 'Điều 2.1', 'Điều 3']);
    expect(sections[1]!.heading).toBe('**Sở Dân tộc và Tôn giáo có trách nhiệm phối hợp Văn phòng UBND tỉnh công khai Quyết định này.');
    // A word wrapped after "Điều" ("Điều" / "tra, thống kê") or a form's blank article ("Điều" / "……") is no label.
    expect(paths('**Điều\ntra, thống kê theo ngành xây dựng**\n1. Nội dung')).toEqual(['1']);
    expect(paths('Điều\n……………………\n1. Nội dung')).toEqual(['1']);
  });
});

describe('heading words read from data/sectionHeadings.json', () => {
  it('numbers a part written with each ordinal word of the data ("PHẦN THỨ NHẤT") as that ordinal', () => {
    // A ministry's annex of internal procedures, its parts numbered in words instead of "PHẦN I.", "PHẦN II.".
    const annex = (ordinal: string) =>
      `**PHẦN ${headings.ordinalWord.toUpperCase()} ${ordinal}.\nDANH MỤC THỦ TỤC HÀNH CHÍNH NỘI BỘ**\n\n**1. Danh mục thủ tục hành\nchính nội bộ được sửa đổi, bổ sung thuộc phạm vi chức năng quản lý của Bộ Xây dựng**\n`;
    const ordinals = Object.entries(headings.ordinals);
    expect(ordinals.length).toBeGreaterThan(0);
    for (const [word, n] of ordinals) {
      expect(paths(annex(word.toUpperCase())), word).toEqual([`Phần ${n}`, `Phần ${n}.1`]);
    }
    // A word that is no ordinal leaves the line to the text.
    expect(paths(annex('MỘT'))).toEqual(['1']);
  });

  it('starts a fresh tree at each attached title of the data after the recipients block', () => {
    // A decision's closing ("Nơi nhận") followed by the plan it approves, titled on a line of its own.
    const decisionThenAttached = (title: string) =>
      `Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nội vụ chịu trách nhiệm thi hành Quyết định này.\nNơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n${title}\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n`;
    expect(headings.attachedTitles.length).toBeGreaterThan(0);
    for (const title of headings.attachedTitles) {
      expect(paths(decisionThenAttached(title.toUpperCase())), title).toEqual(['Điều 3', 'I', 'I.1']);
    }
    // Another upper-case line does not: the recipients block goes on.
    expect(paths(decisionThenAttached('CHỦ TỊCH'))).toEqual(['Điều 3']);
  });
});

describe('robustness', () => {
  it('never throws and keeps offsets inside the text, on random and truncated inputs', () => {
    const doc = corpus('002');
    const inputs = [...randomTexts(300), '', '\n\n\n', 'I.', 'Điều', doc.slice(0, 5000), doc.slice(12_000, 12_400), '\uFFFF'.repeat(10)];
    for (const input of inputs) {
      const text = normalizeText(input);
      const sections = extractSections(text);
      for (const s of sections) {
        expect(s.start).toBeGreaterThanOrEqual(0);
        expect(s.end).toBeLessThanOrEqual(text.length);
        expect(s.end).toBeGreaterThanOrEqual(s.start);
      }
      expect(new Set(sections.map((s) => s.path)).size).toBe(sections.length);
    }
  });
});
