/**
 * A fund is named by its purpose in lower-case words, verbs included, up to the place it serves: "Quỹ đầu tư phát
 * triển Thành phố" (an HĐND resolution of Hà Nội on entrusting budget capital, 2025), "Quỹ nhà ở quốc gia", "Quỹ nhà
 * ở địa phương" (the Government's decree on the national housing fund, 2025), "Quỹ Đền ơn đáp nghĩa tỉnh" (a Hà Tĩnh
 * decision). Before, the body parser stopped at the verb of its purpose ("Quỹ đầu tư") or read no body, and the duty
 * the text gives the fund was lost.
 */
import { describe, expect, it } from 'vitest';
import { parseBodyListAt } from '../../src/extract/bodies';
import { assignmentPairs as pairs } from '../support/assignmentPairs';
import { tokenize } from '../../src/extract/vocabulary';

const names = (text: string) => parseBodyListAt(tokenize(text), 0)?.items.map((i) => i.raw) ?? [];

describe('funds named by their purpose and place', () => {
  it('reads the purpose, verbs included, up to the place the fund serves', () => {
    expect(names('Quỹ đầu tư phát triển Thành phố có trách nhiệm:')).toEqual(['Quỹ đầu tư phát triển Thành phố']);
    expect(names('Quỹ Đầu tư phát triển Thành phố để thực hiện đầu tư')).toEqual(['Quỹ Đầu tư phát triển Thành phố']);
    expect(names('Quỹ nhà ở quốc gia (sau đây gọi là Quỹ) và biện pháp thi hành')).toEqual(['Quỹ nhà ở quốc gia']);
    expect(names('Quỹ nhà ở địa phương được thành lập mới là đơn vị sự nghiệp công lập')).toEqual(['Quỹ nhà ở địa phương']);
  });

  it('reads no fund without a place closing its purpose, nor a word that only looks like the head', () => {
    expect(names('Quỹ được hình thành từ các nguồn tài chính sau đây')).toEqual([]);
    expect(names('Quy chuẩn kỹ thuật quốc gia về an toàn điện')).toEqual([]);
  });

  it('gives the fund the duties its clause announces', () => {
    const text = [
      'NGHỊ QUYẾT',
      '',
      '**Điều 5. Thực hiện ủy thác vốn',
      'ngân sách cho Quỹ Đầu tư phát triển Thành phố để thực hiện đầu tư xây dựng hạ tầng**',
      '',
      '1. Ủy ban nhân dân Thành phố ban hành Quyết định ủy',
      'thác nguồn vốn ngân sách cho Quỹ đầu tư phát triển Thành phố để thực hiện nhiệm',
      'vụ ủy thác.',
      '',
      '2. Nội dung Quyết định ủy thác nguồn vốn ngân sách',
      'cho Quỹ đầu tư phát triển Thành phố bao gồm những nội dung cơ bản sau:',
      '',
      'a) Thông tin về dự án được ủy thác;',
      '',
      '3. Quỹ đầu tư phát triển Thành phố có trách nhiệm:',
      'Hạch toán, theo dõi riêng nguồn vốn ủy thác này, tách bạch với vốn điều lệ và',
      'các nguồn vốn khác của Quỹ; thực hiện giám sát tài chính đối với việc sử dụng vốn',
      'của chủ đầu tư, bảo đảm vốn được sử dụng đúng mục đích, tuân thủ quy định của',
      'pháp luật khi thực hiện nhiệm vụ được ủy thác của Thành phố. Định kỳ hàng năm',
      '(trước ngày 30 tháng 10) và khi kết thúc dự án, Quỹ đầu tư phát triển Thành phố',
      'có trách nhiệm báo cáo Ủy ban nhân dân và Hội đồng nhân dân Thành phố (qua Sở',
      'Tài chính) kết quả sử dụng vốn và tình hình thực hiện dự án để phục vụ công tác',
      'giám sát, kiểm tra, quyết toán ngân sách theo quy định.',
    ].join('\n');
    expect(pairs(text)).toEqual(expect.arrayContaining(['LEAD Quỹ đầu tư phát triển Thành phố', 'SUPERVISE Quỹ đầu tư phát triển Thành phố']));
  });
});
