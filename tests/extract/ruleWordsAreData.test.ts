/**
 * Word lists belong in data files, not in rule code (the team's brief): the ministry word that makes a text a
 * ministry's (normativeRules.ts), the lower-case heads that name a partner after "phối hợp" (roles.ts), and the
 * words that go on with a law's name (namedLawLinks.ts) are read from clauseWords.json and cues.json; the rules'
 * comments describe constructions, not gold files. Each data list is exercised here word by word, so a word
 * added to or dropped from the data changes what the rules do.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/extractDocument';
import cueData from '../../src/extract/data/cues.json';
import words from '../../src/extract/tasks/clauseWords.json';
import { refsIn } from './references/snippetReferences';

const source = (file: string) => readFileSync(path.join(__dirname, '../../src/extract', file), 'utf8');
/** The comments of a source file, line and block. */
const comments = (code: string) => (code.match(/\/\*[\s\S]*?\*\/|\/\/.*$/gm) ?? []).join('\n');

describe('rule words read from the data files', () => {
  it('keeps no word literal the reviewer listed in the rule code', () => {
    expect(source('tasks/normativeRules.ts')).not.toMatch(/'bo '/);
    expect(source('tasks/roles.ts')).not.toMatch(/'van'|'phong'/);
    expect(source('references/namedLawLinks.ts')).not.toMatch(/\(\?:ve\|nam\|/);
    expect(source('references/extractReferences.ts')).not.toMatch(/new Set\(\['co', 'va'/);
    expect(source('tasks/cellRoleMarks.ts')).not.toMatch(/'chu'|'tri'|'phoi'|'hop'/);
    // "với", "cùng" and the adverbs of "phối hợp chặt chẽ với" are clauseWords.json's partnerLink, jointWord and coordinationAdverbs.
    for (const file of ['tasks/cellRoleMarks.ts', 'tasks/clauses.ts', 'tasks/roles.ts']) expect(source(file)).not.toMatch(/'voi'|'cung'|'cùng'|chat\|thuong|\|vao\|vi\|/);
    // The level words after "cấp" are bodyVocabulary.json's adminLevels, read through bodies/levels.ts.
    for (const file of ['bodies/genericLists.ts', 'bodies/headNames.ts', 'bodies/qualifiers.ts', 'bodies/listExpansion.ts']) expect(source(file)).not.toMatch(/tinh\|huyen\|xa/);
    // Nor a second table of them ("cap xa" as data of the function qualifier).
    expect(source('bodies/qualifiers.ts')).not.toMatch(/functionLevels/);
  });

  it('keeps the heading words, ordinals, OCR letter tables and the lists moved with them out of the rule code', () => {
    // sectionHeadings.json, ocrLetters.json, clauseWords.json, cues.json and issuers.json hold them now.
    expect(source('sections.ts')).not.toMatch(/nhat: 1|\/\^chuong|\/\^phan|\/\^muc|ke hoach\|quy dinh/);
    expect(source('matching/wordCost.ts')).not.toMatch(/'d>p'|\['a', 'e'/);
    expect(source('matching/lookalike.ts')).not.toMatch(/'o06q'/);
    expect(source('tasks/phrases.ts')).not.toMatch(/tinh hinh\|ket qua|to chuc thuc hien\|trach nhiem/);
    expect(source('tasks/announcements.ts')).not.toMatch(/can\|phai|nhiem vu\|giai phap/);
    expect(source('tasks/blocks.ts')).not.toMatch(/yeu cau\|giao/);
    expect(source('tasks/headings.ts')).not.toMatch(/can bo\|cong chuc/);
    expect(source('tasks/clauses.ts')).not.toMatch(/'trong', 'tren'|'tren', 'thuoc'/);
    expect(source('references/namedReferences.ts')).not.toMatch(/gan voi\|trong do/);
    expect(source('identity/titleAndSigner.ts')).not.toMatch(/chu tich\|uy ban nhan dan/);
  });

  it("names a decree's constructions, not gold files, in the comments of its rules", () => {
    // "gold <id>", "<id>'s discipline rules": ids of annotated files say nothing to a reader of the rule.
    expect(comments(source('tasks/normativeRules.ts'))).not.toMatch(/\bgold [0-9a-f]{4,}|\b[0-9a-f]{4,16}'s\b/);
  });

  it("makes a minister written alone the issuing ministry where the issuer opens with the data's ministry word", () => {
    const circular = (issuerLine: string) =>
      extractDocument(`${issuerLine}\n\nSố: 23/2025/TT-BTP\n\n**THÔNG TƯ**\n\n**Điều 15. Trách nhiệm của Bộ trưởng**\n\n1. Quyết định kiểm tra, giám sát việc thực hiện các nội dung được phân cấp.\n`, {
        fileName: 'excerpt.md',
      }).assignments.map((a) => `${a.role} ${a.body}`);
    expect(words.ministers.ministryIssuer).toBe('bộ');
    expect(circular('BỘ TƯ PHÁP')).toContain('LEAD Bộ Tư pháp');
  });

  it('reads each lower-case head of the data as a partner right after "phối hợp"', () => {
    expect(words.lowerCasePartners.length).toBeGreaterThan(0);
    for (const head of words.lowerCasePartners) {
      // A provincial plan's item: "phối hợp văn phòng UBND tỉnh (Trung tâm ...)".
      const text = `KẾ HOẠCH\n\nIV. TỔ CHỨC THỰC HIỆN\n\n1. Sở Nội vụ\n\n- Chủ trì, phối hợp ${head} UBND tỉnh (Trung tâm Phục vụ hành chính công tỉnh) triển khai thực hiện Kế hoạch.\n`;
      const got = extractDocument(text, { fileName: 'excerpt.txt' }).assignments.map((a) => `${a.role} ${a.body}`);
      expect(got.some((g) => g.startsWith('COORDINATE') && g.toLowerCase().includes(head))).toBe(true);
    }
  });

  it('reads the partners after each adverb of the data between "phối hợp" and "với"', () => {
    expect(words.coordinationAdverbs.length).toBeGreaterThan(0);
    for (const adverb of words.coordinationAdverbs) {
      // A provincial decision's point under a body's heading: "e) Phối hợp chặt chẽ với các Sở, ban, ngành, Văn phòng UBND tỉnh ...".
      const text = `QUYẾT ĐỊNH\n\n**Điều 2. Trách nhiệm của Ủy ban nhân dân các xã, phường**\n\na) Tổ chức tiếp nhận hồ sơ và trả kết quả giải quyết thủ tục hành chính;\n\nb) Phối hợp ${adverb} với Sở Tài chính, Văn phòng UBND tỉnh trong quá trình thực hiện, phản ánh kịp thời những khó khăn, vướng mắc để được hướng dẫn, tháo gỡ.\n`;
      const got = extractDocument(text, { fileName: 'excerpt.md' }).assignments.map((a) => `${a.role} ${a.body}`);
      expect(got, adverb).toEqual(expect.arrayContaining(['COORDINATE Sở Tài chính', 'COORDINATE Văn phòng Ủy ban nhân dân tỉnh']));
    }
  });

  it("links a law named again to its numbered citation through each word the data lets follow a law's name", () => {
    const laws = (second: string) =>
      refsIn(['Căn cứ Luật Đầu tư số 61/2020/QH14;', `Căn cứ Luật Đầu tư ${second};`].join('\n'), 'Hà Nội')
        .filter((r) => r.kind === 'LUAT')
        .map((r) => r.symbol);
    for (const w of [...cueData.lawNameFollowers, ...cueData.sameLawFollowers]) expect(laws(w), w).toEqual(['61/2020/QH14']);
    // A word the data does not list goes on with another law's name ("Luật Đầu tư công").
    expect(laws('công')).toEqual(['61/2020/QH14', null]);
  });

  it('names constructions, not gold files, in the comments of the tests', () => {
    // A test's comment says which construction its sentence shows ("a city's directive on groundwater writes ..."):
    // an annotated file's id, whole or cut to a few characters, says nothing to a reader of the test.
    const root = path.join(__dirname, '..');
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
    const ids = new Set(files(path.join(root, 'fixtures')).flatMap((f) => /^(?:\d{3}_)?([0-9a-f]{16})\b/.exec(path.basename(f))?.slice(1) ?? []));
    expect(ids.size).toBeGreaterThan(100);
    const named = files(root)
      .filter((f) => f.endsWith('.ts'))
      .flatMap((f) =>
        (comments(readFileSync(f, 'utf8')).match(/\b[0-9a-f]{4,16}\b/g) ?? [])
          .filter((w) => /\d/.test(w) && /[a-f]/.test(w) && [...ids].some((id) => id.startsWith(w)))
          .map((w) => `${path.relative(root, f)}: ${w}`),
      );
    expect(named).toEqual([]);
  });
});
