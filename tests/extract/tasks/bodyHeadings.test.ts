/**
 * Forms that name the responsible bodies before their duties, as real directives, plans and telegrams write
 * them (gold-real documents read end to end, formats -> extraction): a lettered item that is only a body's
 * name, a group with its members in brackets, "Trách nhiệm của X:", an item naming bodies with a place before
 * its colon, "Các Bộ: Quốc phòng, Công an", a list that runs on past a relative qualifier, and national bodies
 * (Đài Truyền hình Việt Nam, Thông tấn xã, Tập đoàn ...) the vocabulary now knows.
 */
import { describe, expect, it } from 'vitest';
import { parseBodyListAt } from '../../../src/extract/bodies';
import { tokenize } from '../../../src/extract/vocabulary';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../../src/config';
import { extractFile, extractSource, roles } from '../../support/realExtraction';

const DOCS = 'tests/fixtures/gold-real/docs';

function names(text: string): string[] {
  return parseBodyListAt(tokenize(text), 0)?.items.map((p) => p.raw) ?? [];
}

describe('a directive whose lettered items are headed by bodies (Chỉ thị 010/CT-UBND, Đắk Lắk)', () => {
  it('"c) Sở Khoa học và Công nghệ" alone on its line (wrapped) makes the Sở the subject of the bullets below', async () => {
    const r = roles(await extractFile(`${DOCS}/6bac4a0d92da936d.md`));
    expect(r).toEqual(expect.arrayContaining(['I.2.2 LEAD Sở Khoa học và Công nghệ', 'I.2.2 LEAD Sở Văn hóa, Thể thao và Du lịch', 'I.2.2 LEAD Công an tỉnh', 'I.2.2 LEAD Bộ Chỉ huy Quân sự tỉnh']));
  });
});

describe('a plan attached to a decision whose duties are headed by groups (Quyết định 1627/QĐ-UBND, Quảng Ngãi)', () => {
  it('"Các cơ quan tham mưu ... (gồm các Sở: Xây dựng, ..., Công Thương, ...)" gives the group and each Sở the items', async () => {
    const r = roles(await extractFile(`${DOCS}/4e39af96b6891368.md`));
    expect(r).toEqual(expect.arrayContaining(['IV.1.3 COORDINATE Sở Công Thương', 'IV.1.3 COORDINATE Sở Khoa học và Công nghệ', 'IV.1.3 COORDINATE Sở Văn hóa, Thể thao và Du lịch']));
    // An item of one member ("+ Sở Xây dựng: hướng dẫn ...") does not replace the heading's list.
    expect(r.filter((x) => x.startsWith('IV.1.3 COORDINATE Sở')).length).toBeGreaterThanOrEqual(6);
    // The bracket is not part of the group's name.
    expect(r.some((x) => x.startsWith('IV.1.3') && x.includes('('))).toBe(false);
  });

  it('"1.5. Trách nhiệm của đối tượng thực hiện kiểm kê:" heads the duties below it', async () => {
    expect(roles(await extractFile(`${DOCS}/4e39af96b6891368.md`))).toContain('IV.1.5 LEAD Đối tượng thực hiện kiểm kê');
  });
});

describe('a Prime Minister\'s telegram with numbered items per body (Công điện 217/CĐ-TTg)', () => {
  it('"1. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố từ Hà Tĩnh đến Khánh Hòa:" names the bodies of items a-đ', async () => {
    expect(roles(await extractFile(`${DOCS}/a328fbb46798c2b5.md`))).toContain('1 LEAD Ủy ban nhân dân các tỉnh, thành phố');
  });

  it('the same item written as one sentence ("... các tỉnh, thành phố từ Hà Tĩnh đến Khánh Hòa tổ chức ...") names the group without its place', async () => {
    const text = readFileSync(path.join(PROJECT_ROOT, DOCS, 'a328fbb46798c2b5.md'), 'utf8');
    const sentence = text.replace(/từ\nHà Tĩnh đến Khánh Hòa:\n\na\) Tổ chức/u, 'từ\nHà Tĩnh đến Khánh Hòa tổ chức');
    expect(sentence).not.toBe(text);
    // Its duty, "tổ chức theo dõi chặt chẽ ...", is to watch: SUPERVISE.
    const r = roles(await extractSource(sentence, 'a328fbb46798c2b5.md'));
    expect(r).toContain('1 SUPERVISE Ủy ban nhân dân các tỉnh, thành phố');
    const coastal = sentence.replace('thành phố từ\nHà Tĩnh đến Khánh Hòa tổ chức', 'thành phố ven biển từ Hà Tĩnh đến Khánh Hòa tổ chức');
    expect(coastal).not.toBe(sentence);
    expect(roles(await extractSource(coastal, 'a328fbb46798c2b5.md'))).toContain('1 SUPERVISE Ủy ban nhân dân các tỉnh, thành phố');
  });

  it('"5. Các Bộ: Quốc phòng, Công an chủ động ..." is one ministry each', async () => {
    expect(roles(await extractFile(`${DOCS}/a328fbb46798c2b5.md`))).toEqual(expect.arrayContaining(['5 LEAD Bộ Quốc phòng', '5 LEAD Bộ Công an']));
  });

  it('reads the national broadcasters and the news agency, and the Ban Chỉ đạo named in lower case', async () => {
    expect(roles(await extractFile(`${DOCS}/a328fbb46798c2b5.md`))).toEqual(
      expect.arrayContaining(['8 LEAD Đài Truyền hình Việt Nam', '8 LEAD Đài Tiếng nói Việt Nam', '8 LEAD Thông tấn xã Việt Nam', '7 LEAD Văn phòng Ban chỉ đạo phòng thủ dân sự quốc gia']),
    );
  });
});

describe('state groups and ministers', () => {
  it('"Tập đoàn Công nghiệp - Viễn thông Quân đội, Tập đoàn Bưu chính Viễn thông Việt Nam chủ trì" (Công điện 224/CĐ-TTg)', async () => {
    expect(roles(await extractFile(`${DOCS}/1095764e502a89b8.md`))).toEqual(
      expect.arrayContaining(['5 LEAD Tập đoàn Công nghiệp - Viễn thông Quân đội', '5 LEAD Tập đoàn Bưu chính Viễn thông Việt Nam']),
    );
  });

  it('"Bộ trưởng Bộ Nội vụ chủ trì, phối hợp với Bộ trưởng Bộ Công an ..." (Quyết định 2500/QĐ-TTg)', async () => {
    const x = await extractFile(`${DOCS}/9a885bb50365e6f1.md`);
    expect(roles(x)).toEqual(expect.arrayContaining(['Điều 5.1 LEAD Bộ Nội vụ', 'Điều 5.1 COORDINATE Bộ Công an']));
    // The minister acts for the ministry: the assignment's node is Bộ Nội vụ.
    const key = x.assignments.find((a) => a.body === 'Bộ Nội vụ')!.bodyKey;
    expect(x.bodies.find((b) => b.key === key)!.name).toBe('Bộ Nội vụ');
  });
});

describe('a closing article whose list runs on past a qualifier (Quyết định 210/2025/QĐ-UBND, Hải Phòng)', () => {
  it('"... Chủ tịch UBND các xã, đặc khu, phường có tài sản ... tập trung và các cơ quan, tổ chức, cá nhân có liên quan chịu trách nhiệm"', async () => {
    expect(roles(await extractFile('data/real/7bcbaa914bb254d9.md'))).toEqual(
      expect.arrayContaining(['Điều 4.2 LEAD Sở Tài chính', 'Điều 4.2 LEAD Ủy ban nhân dân các xã, đặc khu, phường', 'Điều 4.2 LEAD các cơ quan, tổ chức, cá nhân có liên quan']),
    );
  });
});

describe('a word written with other marks is another word', () => {
  it('"Viễn thông" is no "Viện", "Quân đội" no "đối", "Công nghiệp" no "cùng"', () => {
    expect(names('Tập đoàn Công nghiệp - Viễn thông Quân đội chủ trì')).toEqual(['Tập đoàn Công nghiệp - Viễn thông Quân đội']);
    expect(names('Tập đoàn Bưu chính Viễn thông Việt Nam chủ trì')).toEqual(['Tập đoàn Bưu chính Viễn thông Việt Nam']);
  });

  it('"phòng thủ" is no "phường", and a name still ends at a real preposition', () => {
    expect(names('Ban Chỉ đạo phòng thủ dân sự tỉnh chủ trì')).toEqual(['Ban Chỉ đạo phòng thủ dân sự tỉnh']);
    expect(names('Sở Nội vụ trong năm 2025 chủ trì')).toEqual(['Sở Nội vụ']);
  });

  it('a lower-case verb after a ministry ends its name ("Bộ trưởng Bộ Công Thương có thẩm quyền")', () => {
    expect(names('Bộ trưởng Bộ Công Thương có thẩm quyền quyết định')).toEqual(['Bộ trưởng Bộ Công Thương']);
  });
});

describe('a body named by a heading leads its section', () => {
  // Kế hoạch 165/KH-UBND (Cần Thơ): "4. Sở Văn hóa, Thể thao và Du lịch; Báo và Phát thanh, Truyền hình Cần Thơ",
  // Kế hoạch 157/KH-UBND (Cần Thơ): "4. Sở Khoa học và Công nghệ" then "Theo chức năng, nhiệm vụ của đơn vị phối hợp,
  // hỗ trợ, chia sẻ kinh nghiệm ..." (a "phối hợp" naming nobody beside duties of its own), and "2. Sở Nội vụ" then
  // "Phối hợp Sở Y tế thẩm định, lập thủ tục ..." (the item's whole duty is to coordinate with a partner it names:
  // COORDINATE only, the held-out README's decision and the lead's Q2 of 2026-12-07).
  it('"4. Sở Khoa học và Công nghệ" whose item coordinates with nobody named still makes the Sở LEAD of the section', async () => {
    expect(roles(await extractFile(`${DOCS}/3a2db039af8c2d05.md`))).toEqual(expect.arrayContaining(['V.4 LEAD Sở Khoa học và Công nghệ', 'V.4 COORDINATE Sở Khoa học và Công nghệ']));
  });

  it('"2. Sở Nội vụ" whose whole item is "Phối hợp Sở Y tế ..." only coordinates', async () => {
    const r = roles(await extractFile(`${DOCS}/3a2db039af8c2d05.md`));
    expect(r).toEqual(expect.arrayContaining(['V.2 COORDINATE Sở Nội vụ', 'V.2 COORDINATE Sở Y tế']));
    expect(r).not.toContain('V.2 LEAD Sở Nội vụ');
  });

  it('reads the merged provincial newspaper and broadcaster named with its province ("Báo và Phát thanh, Truyền hình Cần Thơ")', async () => {
    expect(roles(await extractFile(`${DOCS}/a83fffe08d7aeed7.md`))).toEqual(expect.arrayContaining(['II.4 LEAD Báo và Phát thanh, Truyền hình Cần Thơ', 'II.4 COORDINATE Sở Văn hóa, Thể thao và Du lịch']));
  });

  // The heading alone does not make a requested body lead; its own duties do (sixth pass: "Chú trọng công tác
  // tuyên truyền ..." after "Phối hợp với ...", as the gold annotates it; clauseStructure.test.ts).
  it('a body the issuer only requests ("7. Đề nghị Ủy ban Mặt trận Tổ quốc ...") coordinates and supervises as its items say', async () => {
    const r = roles(await extractFile(`${DOCS}/a83fffe08d7aeed7.md`));
    expect(r).toEqual(expect.arrayContaining(['II.7 COORDINATE Ủy ban Mặt trận Tổ quốc Việt Nam thành phố', 'II.7 SUPERVISE Ủy ban Mặt trận Tổ quốc Việt Nam thành phố']));
  });
});
