/**
 * Issuers of cited papers that no symbol table gives: bodies of a province without a code of their own, a
 * department renamed in 2025, companies and associations writing to a tax office, and the writer named as the
 * subject of a letter's narrative. Each sentence is a real document's.
 */
import { describe, expect, it } from 'vitest';
import { refsIn } from './snippetReferences';

const cited = (snippet: string, province: string | null, symbol: string) => refsIn(snippet, province).find((r) => r.symbol === symbol);

describe('the issuer of a cited paper', () => {
  it('is a provincial body named without its province: the committee\'s office, its Party committee, the military command', () => {
    expect(
      cited('trên cơ sở kết quả lấy\nphiếu ý kiến của các thành viên UBND thành phố tại Công văn số 3604/VP-KT ngày\n27/10/2025 của Văn phòng UBND thành phố.', 'Đà Nẵng', '3604/VP-KT'),
    ).toMatchObject({ issuer: 'Văn phòng UBND thành phố Đà Nẵng', jurisdiction: 'Đà Nẵng' });
    expect(
      cited('Căn cứ Kết luận số 100-KL/ĐU ngày 17/11/2025 của\nĐảng ủy UBND tỉnh về kết luận của Ban Thường vụ Đảng ủy UBND tỉnh, nhiệm kỳ\n2025 - 2030;', 'Gia Lai', '100-KL/ĐU'),
    ).toMatchObject({ issuer: 'Đảng ủy UBND tỉnh Gia Lai', jurisdiction: 'Gia Lai' });
    expect(
      cited('Theo đề nghị của Chỉ huy trưởng\nBộ Chỉ huy Quân sự tỉnh tại Tờ trình số 5829/TTr-BCH ngày 14 tháng 11 năm 2025.', 'Sơn La', '5829/TTr-BCH'),
    ).toMatchObject({ issuer: 'Bộ Chỉ huy Quân sự tỉnh Sơn La', relation: 'PROPOSAL' });
  });

  it('is the successor of a provincial Cục Thuế abolished in 2025, named as the subject before the citation or after "của"', () => {
    const refs = refsIn(
      'Ngày 10/10/2024, tại Công văn số 2294/CTVPH-HKDCN của\nCục Thuế tỉnh Vĩnh Phúc (nay là Thuế tỉnh Phú Thọ) trả lời vướng mắc của Công\nty cổ phần siêu thị Sài Gòn có nêu: nội dung.\nNgày 26/02/2025, Cục Thuế tỉnh Vĩnh Phúc (nay là\nThuế tỉnh Phú Thọ) có Thông báo số 565/TB-CTVPH về việc điều chỉnh đơn giá thuê\nđất.',
      null,
    );
    expect(refs.find((r) => r.symbol === '2294/CTVPH-HKDCN')).toMatchObject({ issuer: 'Thuế tỉnh Phú Thọ', jurisdiction: 'Phú Thọ', date: '2024-10-10' });
    expect(refs.find((r) => r.symbol === '565/TB-CTVPH')).toMatchObject({ issuer: 'Thuế tỉnh Phú Thọ', jurisdiction: 'Phú Thọ', date: '2025-02-26' });
  });

  it('is a company or an association named as written, "cổ phần" and a dash between two names kept', () => {
    expect(
      cited('Ngày 18/11/2025, Thuế tỉnh Vĩnh\nLong có nhận được Công văn số 144/2025/CV-BSGBTr ngày 17/11/2025 của CÔNG TY CỔ PHẦN BIA SÀI GÒN – BẾN TRE vướng mắc\nvề việc vay tiền cổ đông.', 'Vĩnh Long', '144/2025/CV-BSGBTR')?.issuer,
    ).toBe('CÔNG TY CỔ PHẦN BIA SÀI GÒN – BẾN TRE');
    expect(
      cited('Văn phòng Chính phủ nhận văn bản đề ngày 29 tháng 10 năm 2025 số\n16/CV-HHTACN của Hội Chăn nuôi Việt Nam - Hiệp hội Thức ăn Chăn nuôi gửi Thủ\ntướng Chính phủ.', null, '16/CV-HHTACN')?.issuer,
    ).toBe('Hội Chăn nuôi Việt Nam - Hiệp hội Thức ăn Chăn nuôi');
  });

  it('is the company written to, even when its paper\'s code looks like a department\'s ("291/STSG-HC")', () => {
    expect(
      cited(
        '| Kính gửi: | - Công ty cổ phần siêu thị Sài Gòn; (Địa chỉ: Trung tâm Thương mại Hà Tiên, phường Vĩnh Phúc, tỉnh Phú Thọ) - Thuế tỉnh Phú Thọ. |\n\nCục Thuế nhận được công văn số 291/STSG-HC ngày\n29/9/2025 của Công ty cổ phần siêu thị Sài Gòn về việc đề nghị điều chỉnh đơn\ngiá thuê đất.',
        null,
        '291/STSG-HC',
      ),
    ).toMatchObject({ issuer: 'Công ty cổ phần siêu thị Sài Gòn', jurisdiction: 'Phú Thọ' });
  });

  it('is the company written to, its name kept over a dash ("... Dầu khí – CTCP")', () => {
    // Cục Hải quan 3799/CHQ-GSQL: the company's own number is kept as written.
    expect(
      cited(
        '**Kính gửi: **Tổng Công ty Phân bón và Hóa chất Dầu khí - CTCP.\n*(Đ/c: 43 Mạc Đĩnh Chi, Phường Sài Gòn, Thành phố Hồ Chí Minh)*\nTrả lời công văn số 25-2303/PBHC-KD\ncủa Tổng Công ty Phân bón và Hóa chất Dầu khí – CTCP về việc số lượng hàng thực tế nhập khẩu sai lệch.',
        null,
        '25-2303/PBHC-KD',
      ),
    ).toMatchObject({ issuer: 'Tổng Công ty Phân bón và Hóa chất Dầu khí – CTCP', jurisdiction: 'Hồ Chí Minh' });
  });

  it('is the National Assembly\'s office for its notice of the standing committee\'s conclusions ("4387/TB-VPQH")', () => {
    // Công văn 11583/VPCP-CN: the notice conveys the UBTVQH's conclusions but is the office's paper.
    expect(
      cited('Về Kết luận của Ủy ban Thường vụ Quốc hội tại Thông\nbáo số 4387/TB-VPQH ngày 14 tháng 11 năm 2025 của Văn phòng Quốc hội về tình\nhình thực hiện Nghị quyết.', null, '4387/TB-VPQH'),
    ).toMatchObject({ issuer: 'Văn phòng Quốc hội', jurisdiction: 'national' });
  });

  it('is the statistics department for its "CTK" letters', () => {
    expect(
      cited('sản phẩm của Công ty TNHH Cornerstone Vina, Cục Thống kê đã có công văn số\n2273/CTK - CSCL ngày 15/10/2025 phúc đáp Cục Thuế.', null, '2273/CTK-CSCL'),
    ).toMatchObject({ issuer: 'Cục Thống kê', jurisdiction: 'national' });
  });
});
