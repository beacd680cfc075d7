/**
 * Kinds of bodies named by what they do ("các tổ chức chi trả dịch vụ", "Đơn vị cung cấp dịch vụ đăng kiểm"),
 * the national decisions' closing formula ("Bộ trưởng, Thủ trưởng cơ quan ngang bộ, ...") and a table column
 * naming the body responsible. Excerpts are real text (Quyết định of the Prime Minister and of ministries, plans
 * of provinces), read end to end.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/extractDocument';
import { findTaskTables } from '../../../src/extract/tasks/tables';
import { readSource } from '../../../src/formats';
import { sectionRoleBodies as roles } from '../../support/assignmentPairs';

describe('the closing article of a national decision', () => {
  // Quyết định of the Prime Minister (November 2025), "Điều 5. Trách nhiệm thi hành".
  const excerpt = [
    'QUYẾT ĐỊNH:',
    '',
    'Điều 5. Trách nhiệm thi hành',
    '',
    '1. Bộ trưởng Bộ Nội vụ chủ trì, phối hợp với Bộ trưởng Bộ Công an chịu trách nhiệm hướng dẫn, kiểm tra việc thi hành Quyết định này.',
    '',
    '2. Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân tỉnh,',
    'thành phố trực thuộc trung ương, cá nhân, tổ chức có liên quan chịu trách nhiệm',
    'thi hành Quyết định này./.',
  ].join('\n');

  it('reads "Bộ trưởng" before the other heads as the ministries, and each kind of body after it apart', () => {
    expect(roles(excerpt)).toEqual(
      expect.arrayContaining([
        'Điều 5.2 LEAD các Bộ',
        'Điều 5.2 LEAD cơ quan ngang bộ',
        'Điều 5.2 LEAD cơ quan thuộc Chính phủ',
        'Điều 5.2 LEAD Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương',
      ]),
    );
  });

  it('keeps a minister named with his ministry as that ministry ("Bộ trưởng Bộ Nội vụ")', () => {
    const r = roles(excerpt);
    expect(r).toContain('Điều 5.1 LEAD Bộ Nội vụ');
    expect(r.filter((x) => x.startsWith('Điều 5.1') && x.endsWith(' các Bộ'))).toEqual([]);
  });
});

describe('a kind of body named by a qualifier', () => {
  it('takes the qualifier up to "có trách nhiệm" as the name ("Đơn vị cung cấp dịch vụ đăng kiểm")', () => {
    // Quyết định of the Ministry of Construction on ship inspection prices, Điều 4.
    const text = [
      'QUYẾT ĐỊNH:',
      '',
      'Điều 4. Tổ chức thực hiện',
      '',
      '2. Đơn vị cung cấp dịch vụ đăng kiểm có trách nhiệm kê khai, niêm yết, công khai thông tin về giá dịch vụ đăng kiểm tàu biển theo quy định.',
    ].join('\n');
    expect(roles(text).filter((r) => r.endsWith(' LEAD Đơn vị cung cấp dịch vụ đăng kiểm'))).toHaveLength(1);
  });

  it('takes a directed kind\'s qualifier up to its duty verb ("chỉ đạo cơ quan dự báo khí tượng thủy văn thực hiện")', () => {
    const text = [
      'QUYẾT ĐỊNH:',
      '',
      'Điều 2. Tổ chức thực hiện',
      '',
      '1. Chỉ đạo cơ quan dự báo khí tượng thủy văn thực hiện dự báo, cung cấp thông tin đầy đủ, sớm nhất về diễn biến mưa lũ.',
    ].join('\n');
    expect(roles(text)).toContain('Điều 2.1 LEAD cơ quan dự báo khí tượng thủy văn');
  });

  it('does not read a verb after the kind as its qualifier ("Các Bộ, cơ quan thống nhất ...")', () => {
    // Thông báo kết luận of the Government Office: the kinds agree; "thống nhất" is their predicate.
    const text = ['QUYẾT ĐỊNH:', '', 'Điều 2. Tổ chức thực hiện', '', '1. Các Bộ, cơ quan thống nhất chỉ có một cơ quan chủ trì.'].join('\n');
    const r = roles(text);
    expect(r.some((x) => /thống nhất/.test(x))).toBe(false);
  });

  it('does not read a scope after a kind as its qualifier ("theo chức năng, nhiệm vụ có trách nhiệm")', () => {
    const text = [
      'QUYẾT ĐỊNH:',
      '',
      'Điều 3. Tổ chức thực hiện',
      '',
      '1. Các cơ quan, đơn vị theo chức năng, nhiệm vụ được giao có trách nhiệm triển khai thực hiện Quyết định này.',
    ].join('\n');
    expect(roles(text)).toContain('Điều 3.1 LEAD các cơ quan, đơn vị');
  });
});

describe('a table whose column names the body responsible', () => {
  it('reads "Đơn vị chịu trách nhiệm ..." as the lead column even without a task column', async () => {
    // Quyết định of the Ministry of Home Affairs: "Lịch phổ biến thông tin thống kê", one unit per statistic.
    const file = path.join(__dirname, '../../../data/real/295bcce4a429a236.md');
    const text = (await readSource(readFileSync(file), { fileName: '295bcce4a429a236.md' })).text;
    const tables = findTaskTables(text);
    expect(tables.length).toBeGreaterThan(0);
    expect(tables[0]!.columns).toContain('LEAD');
    const x = extractDocument(text, { fileName: '295bcce4a429a236.md' });
    expect(x.assignments.filter((a) => a.role === 'LEAD').map((a) => a.body)).toEqual(expect.arrayContaining(['Vụ Chính quyền địa phương', 'Cục Việc làm']));
  });

  it('reads a cell holding one name as that name, past "và" and a lower-case word ("Cục Văn thư và Lưu trữ nhà nước")', async () => {
    const file = path.join(__dirname, '../../../data/real/295bcce4a429a236.md');
    const text = (await readSource(readFileSync(file), { fileName: '295bcce4a429a236.md' })).text;
    const leads = extractDocument(text, { fileName: '295bcce4a429a236.md' })
      .assignments.filter((a) => a.role === 'LEAD')
      .map((a) => a.body);
    expect(leads).toEqual(expect.arrayContaining(['Vụ Công tác thanh niên và Bình đẳng giới', 'Cục Văn thư và Lưu trữ nhà nước', 'Cục Người có công']));
    expect(leads).not.toContain('Cục Văn thư');
  });
});

describe('the competent bodies named "theo thẩm quyền"', () => {
  // Nghị quyết of the Ủy ban Thường vụ Quốc hội on a province's communes (2025), "Điều 2. Hiệu lực thi hành".
  it('"Các cơ quan theo thẩm quyền khẩn trương thực hiện ...": the words belong to the group, as "có thẩm quyền" would', () => {
    const r = roles('NGHỊ QUYẾT:\n\nĐiều 2. Hiệu lực thi hành\n\n2. Các cơ quan theo thẩm quyền khẩn trương thực hiện các công tác chuẩn bị cần thiết, bảo đảm để chính quyền địa phương ở các đơn vị hành chính cấp xã hình thành sau sắp xếp chính thức hoạt động từ ngày 01 tháng 7 năm 2025.');
    expect(r).toEqual(['Điều 2 LEAD các cơ quan theo thẩm quyền']);
  });

  it('"theo thẩm quyền" after a verb is the scope of the duty, no part of a name', () => {
    // Sentences that assign: on an empty list a check of the names would pass whatever the rule did.
    const r = roles('QUYẾT ĐỊNH:\n\nĐiều 3. Tổ chức thực hiện\n\n1. Các cơ quan, đơn vị có trách nhiệm giải quyết theo thẩm quyền các kiến nghị của người dân.');
    expect(r).toEqual(['Điều 3.1 LEAD các cơ quan, đơn vị']);
    expect(roles('QUYẾT ĐỊNH:\n\nĐiều 3. Tổ chức thực hiện\n\n1. Các sở, ngành giải quyết theo thẩm quyền các kiến nghị của người dân.')).toEqual(['Điều 3.1 LEAD các sở, ngành']);
  });
});
