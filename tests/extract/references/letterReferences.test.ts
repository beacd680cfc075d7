/**
 * Citations in the genre's letters and preambles whose symbol, issuer or jurisdiction needs more than the
 * standard form: joined unit codes, regional tax branches since renamed, numbered resolution series. The
 * snippets are sentences of real documents of the collection.
 */
import { describe, expect, it } from 'vitest';
import { extractReferences } from '../../../src/extract/references/extractReferences';
import { findSymbols } from '../../../src/extract/findSymbols';
import { provinceByName } from '../../../src/extract/provinces';
import type { DocumentReference } from '../../../src/extract/types';
import { normalizeText } from '../../../src/text/fold';

/** References of a snippet cited from a document of `province` (null: a national office's letter). */
function refsIn(snippet: string, province: string | null): DocumentReference[] {
  return extractReferences(normalizeText(snippet), {
    province: province ? provinceByName(province) : null,
    ownSymbols: [],
    ownTitle: null,
    sections: [],
  });
}

const bySymbol = (refs: DocumentReference[], symbol: string) => refs.find((r) => r.symbol === symbol);

describe('symbols whose unit code joins parts with "&" or "."', () => {
  it('reads a department unit joined by "&" whole: "số 4104/SNV- XDCQ&TCBC", "Tờ trình số 596/TTr-SNN&MT"', () => {
    const refs = refsIn(
      'ý kiến của Sở Nội vụ tại các Văn bản: số 4104/SNV- XDCQ&TCBC ngày 28/8/2025, số\n5786/SNV-XDCQ&TCBC ngày 13/11/2025; Tờ trình số 596/TTr-SNN&MT ngày 31/10/2025',
      'Hà Tĩnh',
    );
    expect(refs.map((r) => r.symbol)).toEqual(['4104/SNV-XDCQ&TCBC', '5786/SNV-XDCQ&TCBC', '596/TTr-SNN&MT']);
    expect(bySymbol(refs, '4104/SNV-XDCQ&TCBC')).toMatchObject({ jurisdiction: 'Hà Tĩnh', date: '2025-08-28' });
  });

  it('reads a regional tax branch code with dots: "4814/CCTKV.05-TTKT3", "838/CCTKV.XII-NVDTPC.HUE"', () => {
    const symbols = findSymbols('công văn số 4814/CCTKV.05-TTKT3 ngày 30/06/2025; công văn số 838/CCTKV.XII-NVDTPC.HUE ngày').map((h) => h.parsed.symbol);
    expect(symbols).toEqual(['4814/CCTKV.05-TTKT3', '838/CCTKV.XII-NVDTPC.HUE']);
  });

  it('does not read a sentence glued to a symbol as part of its code: "Quyết định 12/QĐ-UBND.Sau đó"', () => {
    expect(findSymbols('theo Quyết định 12/QĐ-UBND.Sau đó').map((h) => h.parsed.symbol)).toEqual(['12/QĐ-UBND']);
  });

  it('keeps the sub-number of a resolution series: "Nghị quyết số 66.7/2025/NQ-CP"', () => {
    const refs = refsIn('Căn cứ Nghị quyết số 66.7/2025/NQ-CP ngày 15 tháng 11 năm 2025 của Chính phủ quy định', 'Hà Nội');
    expect(refs[0]).toMatchObject({ symbol: '66.7/2025/NQ-CP', jurisdiction: 'national', issuer: 'Chính phủ', relation: 'BASIS' });
  });
});

describe('a branch cited under its successor: "của Chi cục Thuế Khu vực V (nay là Thuế thành phố Hải Phòng)"', () => {
  it('takes the successor as issuer and its province as jurisdiction, in a national office\'s letter', () => {
    const refs = refsIn(
      'Cục Thuế nhận được công văn số 545/CCTKV.VIII-CNTK ngày 02/6/2025 của Chi cục thuế Khu vực VIII (nay là Thuế tỉnh\nLào Cai) về việc vướng mắc',
      null,
    );
    expect(refs[0]).toMatchObject({ symbol: '545/CCTKV.VIII-CNTK', issuer: 'Thuế tỉnh Lào Cai', jurisdiction: 'Lào Cai', date: '2025-06-02' });
  });

  it('keeps a body that still reads as one under its own name: "của Bộ Nông nghiệp và PTNT (nay là ...)"', () => {
    const refs = refsIn(
      'Căn cứ Quyết định số 4255/QĐ-BNN-KHCN\nngày 04/12/2024 của Bộ Nông nghiệp và PTNT *(nay là Bộ Nông nghiệp và Môi\ntrường) *về việc phê duyệt Chương trình',
      'Đắk Lắk',
    );
    expect(refs[0]).toMatchObject({ issuer: 'Bộ Nông nghiệp và Phát triển nông thôn', jurisdiction: 'national' });
  });
});
