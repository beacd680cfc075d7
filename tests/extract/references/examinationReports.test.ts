/**
 * Examination reports (Báo cáo thẩm tra) cited in a council's or the UBTVQH's preamble: signed by a committee
 * of the council or of the National Assembly, and a basis of the resolution (gold-real README, second round:
 * an examination by another body is BASIS). Snippets are sentences of real resolutions.
 */
import { describe, expect, it } from 'vitest';
import { refsIn } from './snippetReferences';
import { issuerAtStart } from '../../../src/extract/issuers';
import { provinceByName } from '../../../src/extract/provinces';
import { foldForSearch } from '../../../src/extract/folding';

describe('committees of a provincial People\'s Council as issuers', () => {
  it('names the committee with its council: "của Ban Văn hóa - Xã hội Hội đồng nhân dân Thành phố"', () => {
    const refs = refsIn(
      'Xét Tờ trình số 479/TTr-UBND ngày 20 tháng 11 năm 2025 của Ủy ban nhân dân Thành phố; Báo cáo thẩm tra số 104/BC-BVHXH ngày 24 tháng 11 năm 2025 của Ban Văn hóa - Xã hội Hội đồng nhân dân Thành phố; Báo cáo giải trình, tiếp thu số 473/BC-UBND ngày 25 tháng 11 năm 2025 của Ủy ban nhân dân Thành phố;',
      'Hà Nội',
    );
    expect(refs.find((r) => r.symbol === '104/BC-BVHXH')).toMatchObject({
      issuer: 'Ban Văn hóa - Xã hội HĐND thành phố Hà Nội',
      jurisdiction: 'Hà Nội',
      relation: 'BASIS',
    });
  });

  it('reads the committee named alone in the council\'s own resolution, and never as the Party\'s Ban Bí thư: "của Ban Đô thị"', () => {
    const refs = refsIn('Báo cáo thẩm tra số 117/BC-BĐT ngày 24 tháng 11 năm 2025 của Ban Đô thị; Báo cáo tiếp thu', 'Hà Nội');
    expect(refs[0]).toMatchObject({ issuer: 'Ban Đô thị HĐND thành phố Hà Nội', jurisdiction: 'Hà Nội' });
  });

  it('reads "Ban Dân tộc" as the council\'s committee only when the council is named', () => {
    const daklak = provinceByName('Đắk Lắk');
    expect(issuerAtStart(foldForSearch('Ban Dân tộc Hội đồng nhân dân tỉnh'), daklak)?.issuer.name).toBe('Ban Dân tộc HĐND tỉnh Đắk Lắk');
    expect(issuerAtStart(foldForSearch('Ban Dân tộc tỉnh'), daklak)?.issuer.name ?? null).not.toBe('Ban Dân tộc HĐND tỉnh Đắk Lắk');
  });
});

describe('examination reports of a National Assembly committee', () => {
  it('reads "Báo cáo thẩm tra ... của Ủy ban Pháp luật và Tư pháp" after a proposal as a BASIS of that committee', () => {
    const refs = refsIn(
      'Xét đề nghị của Chính phủ tại Tờ trình số 370/TTr-CP và Đề án số 371/ĐA-CP ngày 09 tháng 5 năm 2025, Báo cáo thẩm tra số 415/BC-UBPLTP15 ngày 03 tháng 6 năm 2025 của Ủy ban Pháp luật và Tư pháp,',
      null,
    );
    expect(refs.find((r) => r.symbol === '370/TTr-CP')?.relation).toBe('PROPOSAL');
    expect(refs.find((r) => r.symbol === '415/BC-UBPLTP15')).toMatchObject({
      issuer: 'Ủy ban Pháp luật và Tư pháp của Quốc hội',
      jurisdiction: 'national',
      relation: 'BASIS',
      date: '2025-06-03',
    });
  });
});

describe('the legal grounds of a procedure in a TTHC table', () => {
  it('reads "Căn cứ pháp lý của TTHC:" as the procedure\'s grounds, not this decision\'s basis (REFERENCES)', () => {
    const refs = refsIn(
      '11. Căn cứ pháp lý của TTHC:\n\n- Luật Phổ biến, giáo dục pháp\nluật số 14/2012/QH13 của Quốc hội ngày 20/6/2012\n\n- Nghị định số 28/2013/NĐ-CP\nngày 04/4/2013 của Chính phủ quy định chi tiết một số điều và biện pháp thi\nhành Luật Phổ biến, giáo dục pháp luật.\n',
      'Quảng Trị',
    );
    expect(refs.map((r) => [r.symbol, r.relation])).toEqual([
      ['14/2012/QH13', 'REFERENCES'],
      ['28/2013/NĐ-CP', 'REFERENCES'],
    ]);
  });
});

describe('the province\'s public service centre as issuer', () => {
  it('reads "của Giám đốc Trung tâm Phục vụ hành chính công Thành phố" and the code QĐ-TTPVHCC as the centre of the province', () => {
    const refs = refsIn(
      'thay thế Quyết định số 1234/QĐ-TTPVHCC ngày 29/8/2025 của Giám đốc Trung tâm Phục vụ hành chính công Thành phố; Quyết định số 1077/QĐ-TTPVHCC ngày 17/7/2025',
      'Hà Nội',
    );
    expect(refs.map((r) => r.issuer)).toEqual([
      'Trung tâm Phục vụ hành chính công thành phố Hà Nội',
      'Trung tâm Phục vụ hành chính công thành phố Hà Nội',
    ]);
  });

  it('never takes a commune\'s centre for the province\'s: "của Trung tâm Phục vụ hành chính công xã Tân An"', () => {
    const ref = refsIn('Thông báo số 12/TB-TTPVHCC ngày 02/10/2025 của Trung tâm Phục vụ hành chính công xã Tân An', null)[0];
    // The citation is read; only its issuer is left unknown.
    expect(ref?.symbol).toBe('12/TB-TTPVHCC');
    expect(ref?.issuer ?? null).toBeNull();
  });
});

describe('another body\'s opinion on the proposal', () => {
  it('gives BASIS to "ý kiến thẩm định của Sở Tư pháp tại Báo cáo số ..." beside a Tờ trình, which stays PROPOSAL', () => {
    const refs = refsIn(
      '*Theo đề nghị của Sở Nông nghiệp và Môi trường tại Tờ trình số 596/TTr-SNN&MT ngày 31/10/2025; ý kiến thẩm định của Sở Tư pháp tại Báo cáo số 358/BC-STP ngày 24/10/2025.*',
      'Quảng Ninh',
    );
    expect(refs.map((r) => [r.symbol, r.relation])).toEqual([
      ['596/TTr-SNN&MT', 'PROPOSAL'],
      ['358/BC-STP', 'BASIS'],
    ]);
  });

  it('gives BASIS to every letter of a list of opinions: "(sau khi có ý kiến của Sở Nội vụ tại các Văn bản: số ..., số ...)"', () => {
    const refs = refsIn(
      '*Theo đề nghị của Giám đốc Sở\nTư pháp tại Văn bản số 3169/TTr -STP ngày 31/10/2025 (sau khi có ý kiến của Sở\nNội vụ tại các Văn bản: số 4104/SNV- XDCQ&TCBC ngày 28/8/2025, số\n5786/SNV-XDCQ&TCBC ngày 13/11/2025 và ý kiến góp ý của các cơ quan, đơn vị\nliên quan);',
      'Hà Tĩnh',
    );
    expect(refs.filter((r) => r.symbol?.startsWith('4104') || r.symbol?.startsWith('5786')).map((r) => r.relation)).toEqual(['BASIS', 'BASIS']);
  });

  it('leaves "ý kiến chỉ đạo của ... tại Công văn số ..." in the body to the other rules', () => {
    const refs = refsIn('khẩn trương rà soát lại việc thực hiện ý kiến chỉ đạo của Thủ tướng Chính phủ tại Công văn số 7683/VPCP-QHĐP ngày 12/8/2025', null);
    // Found first: on no reference at all, a check that its relation is not BASIS would pass.
    expect(refs.map((r) => r.symbol)).toEqual(['7683/VPCP-QHĐP']);
    expect(refs[0]?.relation).not.toBe('BASIS');
  });
});
