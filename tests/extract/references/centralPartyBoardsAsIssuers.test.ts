/**
 * The Party's central boards as issuers of cited papers, the merged board of 2025 included ("Ban Tuyên giáo và Dân
 * vận Trung ương", written over two lines): a tax letter answering one named it and no symbol table gave it. The
 * sentence is a real document's (a Cục Thuế letter of December 2025).
 */
import { describe, expect, it } from 'vitest';
import { refsIn } from './snippetReferences';

describe('a central Party board issuing a cited letter', () => {
  it('is named after "của" even when the name wraps onto the next line', () => {
    const snippet =
      'Cục Thuế\nnhận được công văn số 1879-CV/BTGVTW ngày 13/8/2025 của Ban Tuyên giáo và Dân vận\nTrung ương về việc đề nghị không tính vào thu nhập chịu thuế thu nhập cá nhân.';
    expect(refsIn(snippet, null).find((r) => r.symbol === '1879-CV/BTGVTW')).toMatchObject({
      issuer: 'Ban Tuyên giáo và Dân vận Trung ương',
      jurisdiction: 'national',
    });
  });

  it('keeps the board of the old name its own ("Ban Tuyên giáo Trung ương")', () => {
    const snippet = 'Thực hiện Hướng dẫn số 25-HD/BTGTW ngày 10/5/2024 của Ban Tuyên giáo Trung ương về công tác tuyên truyền.';
    expect(refsIn(snippet, null).find((r) => r.symbol === '25-HD/BTGTW')).toMatchObject({ issuer: 'Ban Tuyên giáo Trung ương' });
  });
});
