import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSource } from '../../../src/formats';
import { extractDocument } from '../../../src/extract/extractDocument';
import { refsIn } from './snippetReferences';
import type { DocumentReference } from '../../../src/extract/types';

const relationOf = (refs: DocumentReference[], symbol: string) => refs.find((r) => r.symbol === symbol)?.relation;

describe('which citations a preamble trigger governs', () => {
  it('reads a minister named before the ministry as the issuer, so the title after it is read ("của Bộ trưởng Bộ Tài chính quy định ...")', () => {
    // Cục Hải quan ruling 38544/TB-CHQ: the amending circular is a basis too (gold-real README, fifth round).
    const refs = refsIn(
      'Căn cứ Thông tư số 38/2015/TT-BTC ngày 25 tháng 03 năm 2015 của Bộ trưởng Bộ Tài chính quy định về thủ tục hải quan, kiểm tra giám\nsát hải quan, thuế xuất khẩu, thuế nhập khẩu và quản lý thuế đối với hàng hóa\nxuất khẩu, nhập khẩu, được sửa đổi, bổ sung tại Thông tư số 39/2018/TT-BTC ngày\n20 tháng 4 năm 2018 của Bộ trưởng Bộ Tài chính;',
      null,
    );
    expect(refs.find((r) => r.symbol === '38/2015/TT-BTC')).toMatchObject({ issuer: 'Bộ Tài chính', relation: 'BASIS' });
    expect(relationOf(refs, '39/2018/TT-BTC')).toBe('BASIS');
    const vpcp = refsIn('Căn cứ Thông tư số\n02/2017/TT-VPCP ngày 31/10/2017 của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ hướng dẫn nghiệp vụ kiểm soát thủ tục hành chính;', 'Bắc Ninh');
    expect(vpcp[0]).toMatchObject({ symbol: '02/2017/TT-VPCP', issuer: 'Văn phòng Chính phủ', relation: 'BASIS' });
  });

  it('does not make a basis of a document named inside a cited one\'s title as what it carries out, follows or amends', () => {
    // Kế hoạch 0134/KH-UBND (Đắk Lắk) and a Cục Thuế letter: the outer citation is the basis, the inner one only referenced.
    const plan = refsIn(
      'Căn cứ Quyết định số 1529/QĐ-UBND\nngày 27/10/2021 của UBND tỉnh về phê duyệt kế hoạch hành động thực hiện Quyết\nđịnh số 339/QĐ-TTg ngày 11/3/2021 của Thủ tướng Chính phủ về phê duyệt chiến\nlược phát triển thủy sản Việt Nam đến năm 2030, tầm nhìn đến năm 2045;',
      'Đắk Lắk',
    );
    expect(relationOf(plan, '1529/QĐ-UBND')).toBe('BASIS');
    expect(relationOf(plan, '339/QĐ-TTg')).toBe('REFERENCES');
    const tax = refsIn(
      'Căn cứ Nghị định số 174/2025/NĐ-CP\nngày 30/6/2025 của Chính phủ quy định chính sách miễn, giảm thuế theo Nghị\nquyết số 204/2025/QH15 ngày 17/6/2025 của Quốc hội về giảm thuế giá trị gia\ntăng và các Phụ lục ban hành kèm theo.',
      null,
    );
    expect(relationOf(tax, '174/2025/NĐ-CP')).toBe('BASIS');
    expect(relationOf(tax, '204/2025/QH15')).toBe('REFERENCES');
    const amended = refsIn(
      'Căn cứ Quyết định số\n3659/QĐ-BKHCN ngày 13 tháng 11 năm 2025 của Bộ trưởng Bộ Khoa học và Công nghệ\nvề việc sửa đổi, bổ sung Quyết định số 3212/QĐ-BKHCN ngày 17 tháng 10 năm 2025\ncủa Bộ trưởng Bộ Khoa học và Công nghệ về việc công bố thủ tục hành chính mới\nban hành và bị bãi bỏ lĩnh vực hoạt động khoa học và công nghệ;',
      'Bắc Ninh',
    );
    expect(relationOf(amended, '3659/QĐ-BKHCN')).toBe('BASIS');
    expect(relationOf(amended, '3212/QĐ-BKHCN')).toBe('REFERENCES');
  });

  it('still governs a second document joined to a title by "và"', () => {
    const refs = refsIn(
      'Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư và Nghị định số 187/2025/NĐ-CP ngày 01 tháng 7 năm 2025 của Chính phủ;',
      'Quảng Ninh',
    );
    expect(relationOf(refs, '187/2025/NĐ-CP')).toBe('BASIS');
  });

  it('carries the trigger over list items that give only their number ("Căn cứ các Nghị định của Chính phủ: số ...; số ...")', () => {
    // Quyết định 1489/QĐ-UBND (Bắc Ninh), a TTHC decision.
    const refs = refsIn(
      'Căn cứ các Nghị định của\nChính phủ: số 63/2010/NĐ-CP ngày 08/6/2010 về kiểm soát thủ tục hành chính; số\n48/2013/NĐ-CP ngày 14/5/2013 và số 92/2017/NĐ-CP ngày 07/8/2017 sửa đổi, bổ\nsung một số điều của các Nghị định liên quan đến kiểm soát thủ tục hành chính;\nsố 118/2025/NĐ-CP ngày 09/6/2025 về việc thực hiện thủ tục hành chính theo cơ\nchế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc\ngia;',
      'Bắc Ninh',
    );
    for (const s of ['63/2010/NĐ-CP', '48/2013/NĐ-CP', '92/2017/NĐ-CP', '118/2025/NĐ-CP']) expect(relationOf(refs, s), s).toBe('BASIS');
  });

  it('carries the trigger over "; được sửa đổi, bổ sung bởi Luật số ..."', () => {
    // Quyết định of a Sở Nội vụ: the amending law is a basis (gold-real README, fifth round).
    const refs = refsIn('Căn cứ Luật Viên\nchức số 58/2010/QH12; được sửa đổi, bổ sung bởi Luật số 52/2019/QH14;', 'Hà Nội');
    expect(relationOf(refs, '58/2010/QH12')).toBe('BASIS');
    expect(relationOf(refs, '52/2019/QH14')).toBe('BASIS');
  });

  it('reads a provision reference wrapped before "Điều" as one clause ("Căn cứ khoản 25\\nĐiều 5 Luật ...")', () => {
    // Cục Thuế reply to a citizen's petition: "Căn cứ" lines in a Cục Thuế letter's body are BASIS (sixth round).
    const refs = refsIn(
      'Căn cứ khoản 25\nĐiều 5 Luật Thuế GTGT số 48/2024/QH15 quy định đối tượng không chịu thuế;\nCăn cứ khoản 2\nĐiều 4 Thông tư số 40/2021/TT-BTC ngày\n01/6/2021 hướng dẫn nguyên tắc tính thuế.',
      null,
    );
    expect(relationOf(refs, '48/2024/QH15')).toBe('BASIS');
    expect(relationOf(refs, '40/2021/TT-BTC')).toBe('BASIS');
  });
});

describe('a cited paper this document changes', () => {
  it('is AMENDS even where the preamble cites it as a basis (gold-real README, third round)', async () => {
    // Nghị quyết 66/2025/NQ-HĐND (Hà Nội): "Căn cứ Nghị quyết số 06/2020 ..., được sửa đổi, bổ sung bởi Nghị
    // quyết số 16/2023/NQ-HĐND ...", and its title amends the fee rules "tại Nghị quyết số 16/2023/NQ-HĐND".
    const file = path.join(__dirname, '../../fixtures/gold-real/docs/1852f73167ca9236.md');
    const s = await readSource(readFileSync(file), { fileName: '1852f73167ca9236.md' });
    const { references } = extractDocument(s.text, { fileName: '1852f73167ca9236.md', metadata: s.metadata });
    const amended = references.find((r) => r.symbol === '16/2023/NQ-HĐND')!;
    expect(amended.relation).toBe('AMENDS');
    expect(amended.mentions.map((m) => m.relation)).toContain('BASIS');
    expect(references.find((r) => r.symbol === '06/2020/NQ-HĐND')?.relation).toBe('BASIS');
  });
});

describe('a change a simplification plan proposes', () => {
  it('leaves the texts it names REFERENCES ("Kiến nghị thực thi: Sửa đổi ... Nghị định số ...; sửa đổi, bổ sung ... Thông tư số ...")', () => {
    // Quyết định thông qua phương án đơn giản hóa thủ tục hành chính (gold-real README, sixth round).
    const refs = refsIn(
      '**13.2. Kiến nghị thực thi**\n\nSửa đổi khoản 1 Điều 18 Nghị định\nsố 76/2018/NĐ-CP ngày 15/5/2018 của Chính phủ; sửa đổi, bổ sung Phụ lục 1 Thông tư số\n14/2023/TT-BKHCN ngày 30 tháng 6 năm 2023.',
      'Hà Nội',
    );
    expect(relationOf(refs, '76/2018/NĐ-CP')).toBe('REFERENCES');
    expect(relationOf(refs, '14/2023/TT-BKHCN')).toBe('REFERENCES');
    for (const r of refs) expect(r.effects, r.symbol ?? '').toEqual([]);
  });

  it('reads a lettered label inside its paragraph ("d. Kiến nghị thực thi: Sửa đổi ...") alike for relation and effect', () => {
    // Phụ lục of a provincial decision on simplifying procedures: it proposes an amendment, makes none (REFERENCES).
    const refs = refsIn(
      'c. Lợi ích: Rút ngắn thời gian\nkhi giải TTHC cho người lao động.\n\nd. Kiến nghị thực thi: Sửa đổi\nkhoản 13, Điều 1 Nghị định số 61/2020/NĐ-CP ngày 29/05/2020 của Chính Phủ thi\nhành một số điều của Luật Việc làm về bảo hiểm thất nghiệp.',
      'Hà Nội',
    );
    expect(relationOf(refs, '61/2020/NĐ-CP')).toBe('REFERENCES');
    for (const r of refs) expect(r.effects, r.symbol ?? '').toEqual([]);
  });
});
