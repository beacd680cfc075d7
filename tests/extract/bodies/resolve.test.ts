import { describe, expect, it } from 'vitest';
import { canonicalName, findBodyMentions, parseBodyListAt, resolveBody, sameBody, UNKNOWN_JURISDICTION } from '../../../src/extract/bodies';
import { tokenize } from '../../../src/extract/vocabulary';
import { randomTexts } from '../structure.fixtures';

const QN = 'Quảng Ninh';
const key = (name: string, j: string | null = QN) => resolveBody(name, j).key;

describe('resolving spellings to one body', () => {
  it('reads OCR-damaged, diacritic-less and titled spellings of Sở Nội vụ as one node', () => {
    const spellings = ['Sở Nội vụ', 'So Noi vu', 'S& Ndi vu', 'S6 Ngi vu', 'Giam ddc S& Noi vu', 'Giám đốc Sở Nội vụ tỉnh Quảng Ninh', 'S6 N1 vu - Co quan Thuong truc cong tac cai cach hanh chinh cta Tinh'];
    expect(new Set(spellings.map((s) => key(s)))).toEqual(new Set(['so noi vu@Quảng Ninh']));
    expect(resolveBody('Giam ddc S& Noi vu', QN).name).toBe('Sở Nội vụ');
    expect(resolveBody('Sở Nội vụ - Cơ quan Thường trực công tác cải cách hành chính', QN).name).toBe('Sở Nội vụ');
  });

  // Issue 8, thirty-first pass (body grammar): a provincial land coordination rule names the body by the Land Law's
  // term, then writes it shorter in its points ("Chỉ đạo cơ quan chức năng quản lý đất đai cấp xã phối hợp ...",
  // "Chỉ đạo cơ quan quản lý đất đai cấp xã tiếp tục rà soát ..."); each spelling was a body of its own.
  it('reads the shorter spellings of a function-qualified kind closed by its level as the body the full term names', () => {
    const LC = 'Lai Châu';
    const full = key('Cơ quan có chức năng quản lý đất đai cấp xã', LC);
    expect(key('cơ quan chức năng quản lý đất đai cấp xã', LC)).toBe(full);
    expect(key('cơ quan quản lý đất đai cấp xã', LC)).toBe(full);
    // Another level is another body; without a level the kind is not the qualified body.
    expect(key('cơ quan có chức năng quản lý đất đai cấp tỉnh', LC)).not.toBe(full);
    expect(key('cơ quan quản lý nhà nước', LC)).toBe('co quan quan ly nha nuoc@Lai Châu');
  });

  it('expands abbreviations: UBND, HĐND, MTTQ, TU', () => {
    expect(key('UBND tỉnh')).toBe(key('Ủy ban nhân dân tỉnh Quảng Ninh'));
    expect(key('ƯBND tỉnh')).toBe(key('Uy ban nhén dan tinh'));
    expect(key('TT HĐND tỉnh')).toBe(key('Thường trực Hội đồng nhân dân tỉnh'));
    expect(key('Uy ban MTTQ tinh')).toBe(key('Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Ninh'));
    expect(key('Uy ban Mt tran T6 qudc Viét Nam tinh Quéang Ninh')).toBe(key('Ủy ban MTTQ Việt Nam tỉnh'));
    expect(key('Ban Tuyên giáo TU')).toBe(key('Ban Tuyén gido Tinh uy'));
    expect(resolveBody('Uy ban MTTQ tinh', QN).name).toBe('Ủy ban Mặt trận Tổ quốc tỉnh');
  });

  it('restores diacritics word by word and keeps unknown words as written', () => {
    expect(canonicalName('Trung tdm Truyén thong tinh')).toBe('Trung tâm Truyền thông tỉnh');
    expect(canonicalName('Chu tich Uy ban nhan dan cac xa, phuong, dac khu')).toBe('Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu');
    expect(canonicalName('Sở Zxyw')).toBe('Sở Zxyw');
  });

  it('keeps words the writer already accented as valid syllables: "đăng ký" is not "Đảng", "đất đai" is not "Đài"', () => {
    // Body names as printed in the real documents.
    expect(canonicalName('Văn phòng đăng ký đất đai')).toBe('Văn phòng đăng ký đất đai');
    expect(canonicalName('Đơn vị cung cấp dịch vụ đăng kiểm')).toBe('Đơn vị cung cấp dịch vụ đăng kiểm');
    expect(canonicalName('Ban Quản lý các khu chế xuất và công nghiệp Cần Thơ')).toBe('Ban Quản lý các khu chế xuất và công nghiệp Cần Thơ');
    expect(canonicalName('Ủy ban Mặt trận Tổ quốc Việt Nam thành phố')).toBe('Ủy ban Mặt trận Tổ quốc Việt Nam thành phố');
    expect(canonicalName('Đài Phát thanh và Truyền hình tỉnh')).toBe('Đài Phát thanh và Truyền hình tỉnh');
    // Damaged words are still repaired: no diacritics, or a head read by OCR as another syllable.
    expect(canonicalName('Van phong Dang uy tinh')).toBe('Văn phòng Đảng ủy tỉnh');
    expect(canonicalName('Sớ Nội vu')).toBe('Sở Nội vụ');
  });

  it('keeps the collectives named as groups: "Chủ tịch UBND các xã, phường, đặc khu", "các sở, ban, ngành"', () => {
    const chu = resolveBody('Chủ tịch UBND các xã, phường, đặc khu', QN);
    expect(chu.group).toBe(true);
    expect(chu.key).toBe(key('Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu'));
    expect(resolveBody('Thu trudng cac So, ban, nganh', QN)).toMatchObject({ name: 'các sở, ban, ngành', group: true });
    expect(resolveBody('Sở Nội vụ', QN).group).toBe(false);
    expect(resolveBody('thành phố Hạ Long', QN).group).toBe(false);
  });

  it('tells different bodies apart', () => {
    expect(key('Sở Nội vụ')).not.toBe(key('Sở Tài chính'));
    expect(key('Ủy ban nhân dân tỉnh')).not.toBe(key('Chủ tịch Ủy ban nhân dân tỉnh'));
    expect(key('Ủy ban nhân dân tỉnh')).not.toBe(key('Ủy ban nhân dân các địa phương'));
    expect(key('Ban Thường vụ Tỉnh ủy')).not.toBe(key('Tỉnh ủy'));
    expect(sameBody('Sở Nội vụ', 'Bộ Nội vụ')).toBe(false);
  });

  it('puts central bodies in the national jurisdiction and local ones in the document province', () => {
    expect(resolveBody('Bộ Nội vụ', QN).jurisdiction).toBe('national');
    expect(resolveBody('Thii tuéng Chinh phii', QN)).toMatchObject({ jurisdiction: 'national', name: 'Thủ tướng Chính phủ' });
    expect(resolveBody('Sở Nội vụ', 'Quảng Ngãi').key).toBe('so noi vu@Quảng Ngãi');
    expect(resolveBody('Sở Nội vụ tỉnh Quảng Ngãi', QN).jurisdiction).toBe('Quảng Ngãi');
    expect(resolveBody('các cơ quan trung ương đóng trên địa bàn tỉnh', QN).jurisdiction).toBe(QN);
    expect(resolveBody('Sở Nội vụ', null).jurisdiction).toBe(UNKNOWN_JURISDICTION);
  });

  it('compares names as bodies for evaluation', () => {
    expect(sameBody('Giám đốc Sở Nội vụ', 'Sở Nội vụ')).toBe(true);
    expect(sameBody('Tổ công tác cải cách hành chính tỉnh Quảng Ninh', 'To Cong tac Cai cach hanh chinh thugc Ban Chi dao Phat trién khoa hoc')).toBe(true);
    expect(sameBody('các Tổ đại biểu Hội đồng nhân dân tỉnh', 'các Tổ Hội đồng nhân dân tỉnh')).toBe(true);
    expect(sameBody('Thủ trưởng các cơ quan có liên quan', 'các cơ quan liên quan')).toBe(true);
  });
});

describe('robustness', () => {
  it('keeps its invariants on random, empty and odd strings (nothing catches an exception inside)', () => {
    let mentions = 0;
    let lists = 0;
    for (const s of [...randomTexts(150, 11), '', ' ', '@@@', 'các', 'Sở', 'Ủy ban', '\u0000\u0001', 'x'.repeat(5000)]) {
      const resolved = resolveBody(s, QN);
      expect(resolved.key, s).toContain('@');
      expect(resolved.key.endsWith(`@${resolved.jurisdiction}`), s).toBe(true);
      expect(sameBody(s, 'Sở Nội vụ'), s).toBe(sameBody('Sở Nội vụ', s));
      // Mentions are spans of the text, in order, never overlapping, only named bodies from the vocabulary.
      let end = 0;
      for (const m of findBodyMentions(s)) {
        mentions++;
        expect(m.raw).toBe(s.slice(m.start, m.end));
        expect(m.start).toBeGreaterThanOrEqual(end);
        expect({ bare: m.bare, group: m.group, known: m.known }).toEqual({ bare: false, group: false, known: true });
        end = m.end;
      }
      const tokens = tokenize(s);
      const parsed = parseBodyListAt(tokens, 0);
      if (parsed) {
        lists++;
        expect(parsed.items.length).toBeGreaterThan(0);
        expect(parsed.to).toBeLessThanOrEqual(tokens.length);
        for (const item of parsed.items) expect(item.from < item.to && item.to <= parsed.to, s).toBe(true);
      }
    }
    // The random pieces name bodies ("Sở Nội vụ", "UBND tỉnh", "các sở, ban, ngành"): both readers find some.
    expect(mentions).toBeGreaterThan(20);
    expect(lists).toBeGreaterThan(5);
  });
});
