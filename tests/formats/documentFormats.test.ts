import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config';
import { readSource } from '../../src/formats';

const dir = path.join(__dirname, '..', 'fixtures', 'real-formats');
const bytes = (name: string): Uint8Array => readFileSync(path.join(dir, name));
const rows = (text: string): string[] => text.split('\n').filter((l) => l.startsWith('| ') && l.endsWith(' |'));

describe('readSource: a portal page saved as HTML', () => {
  it('keeps only the document: no navigation, script, notices, metadata block or footer', async () => {
    const s = await readSource(bytes('portal-cong-van-5348-ct-cs.html'), { fileName: 'page.html' });
    expect(s.format).toBe('html');
    for (const chrome of ['Trang chủ', 'dataLayer', 'THƯ VIỆN PHÁP LUẬT', 'Số hiệu:', 'Văn bản này chưa cập nhật', 'LawSoft', 'Tài khoản']) {
      expect(s.text).not.toContain(chrome);
    }
    expect(s.text).toContain('Cục Thuế nhận được công văn số 324/QTR-KTr2 ngày 22/7/2025');
  });

  it('returns the metadata block and the tables as rows', async () => {
    const s = await readSource(bytes('portal-cong-van-5348-ct-cs.html'), { fileName: 'page.html' });
    expect(s.metadata).toEqual({ symbol: '5348/CT-CS', kind: 'Công văn', issuer: 'Cục Thuế', date: '2025-11-20', signer: 'Phạm Thị Minh Hiền' });
    const r = rows(s.text);
    expect(r[0]).toBe('| BỘ TÀI CHÍNH CỤC THUẾ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc |');
    expect(r[1]).toBe('| Số: 5348/CT-CS V/v hướng dẫn góp vốn điều lệ | Hà Nội, ngày 20 tháng 11 năm 2025 |');
    expect(r.at(-1)).toMatch(/^\| Nơi nhận:.* \| TL\. CỤC TRƯỞNG .*Phạm Thị Minh Hiền \|$/);
  });

  it('reads HTML by its tags even when the file is named .txt', async () => {
    const s = await readSource(bytes('portal-cong-van-5348-ct-cs.html'), { fileName: 'page.txt' });
    expect(s.format).toBe('html');
  });
});

describe('readSource: a Word document', () => {
  it('reads a DOCX with its header table as rows and its paragraphs as lines', async () => {
    const s = await readSource(bytes('export-quyet-dinh-97-2025-qd-ubnd.docx'), { fileName: 'qd.docx' });
    expect(s.format).toBe('docx');
    expect(s.encoding).toBeNull();
    const r = rows(s.text);
    expect(r[0]).toBe('| ỦY BAN NHÂN DÂN TỈNH NGHỆ AN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc |');
    expect(r[1]).toBe('| Số: 97/2025/QĐ-UBND | Nghệ An, ngày 25 tháng 11 năm 2025 |');
    const lines = s.text.split('\n');
    expect(lines).toContain('Điều 1. Phạm vi điều chỉnh, đối tượng áp dụng');
    expect(lines).toContain('a) Doanh nghiệp nhỏ và vừa theo quy định tại Điều 5 Nghị định số 80/2021/NĐ-CP quy định chi tiết và hướng dẫn thi hành một số điều của Luật Hỗ trợ doanh nghiệp nhỏ và vừa;');
  });

  it('refuses a damaged DOCX with UNREADABLE_FILE instead of ingesting nothing', async () => {
    const b = bytes('export-quyet-dinh-97-2025-qd-ubnd.docx');
    const cut = b.subarray(0, Math.floor(b.length / 2));
    // The member list at the end is gone, but the first member name still says word/document.xml.
    await expect(readSource(cut, { fileName: 'cut.docx' })).rejects.toMatchObject({ code: 'UNREADABLE_FILE' });
  });
});

describe('readSource: a PDF with a text layer', () => {
  it('keeps the two header columns apart as rows, in reading order', async () => {
    const s = await readSource(bytes('export-quyet-dinh-97-2025-qd-ubnd.pdf'), { fileName: 'qd.pdf' });
    expect(s.format).toBe('pdf');
    expect(s.ocr).toBe(false);
    expect(rows(s.text)).toContain('| Số: 97/2025/QĐ-UBND | Nghệ An, ngày 25 tháng 11 năm 2025 |');
    expect(rows(s.text)[0]).toMatch(/^\| ỦY BAN NHÂN DÂN .* \| CỘNG HÒA XÃ HỘI CHỦ NGHĨA/);
    const t = s.text;
    expect(t.indexOf('QUYẾT ĐỊNH')).toBeGreaterThan(t.indexOf('Số: 97/2025/QĐ-UBND'));
    expect(t.indexOf('Điều 4. Điều khoản thi hành')).toBeGreaterThan(t.indexOf('Điều 1. Phạm vi điều chỉnh'));
    expect(t).toContain('Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;');
  });

  it("leaves the process's Array.prototype.push and JSON.parse native after reading a PDF", () => {
    // pdf.js's legacy build replaces both with slower core-js polyfills as it loads (which also make
    // Function.prototype.toString call them native), so every later push in the process would pay. A fresh
    // Node process keeps the builtins before anything is loaded and compares after a PDF is read.
    const script = [
      "import { readFileSync } from 'node:fs';",
      'const push = Array.prototype.push;',
      'const parse = JSON.parse;',
      "const { readSource } = await import('./src/formats/index.ts');",
      `await readSource(readFileSync(${JSON.stringify(path.join(dir, 'export-quyet-dinh-97-2025-qd-ubnd.pdf'))}), { fileName: 'qd.pdf' });`,
      'console.log(JSON.stringify({ push: Array.prototype.push === push, parse: JSON.parse === parse }));',
    ].join('\n');
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: PROJECT_ROOT, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout.trim().split('\n').pop()!)).toEqual({ push: true, parse: true });
  });

  it('reads a PDF by its bytes whatever the file is called', async () => {
    const s = await readSource(bytes('export-quyet-dinh-97-2025-qd-ubnd.pdf'), { fileName: 'qd.txt' });
    expect(s.format).toBe('pdf');
  });

  it('applies the size limit before reading', async () => {
    await expect(readSource(bytes('export-quyet-dinh-97-2025-qd-ubnd.pdf'), { fileName: 'qd.pdf', maxBytes: 1024 })).rejects.toMatchObject({ code: 'TOO_LARGE' });
  });

  it('refuses a truncated PDF with UNREADABLE_FILE', async () => {
    const b = bytes('export-quyet-dinh-97-2025-qd-ubnd.pdf');
    await expect(readSource(b.subarray(0, 2000), { fileName: 'cut.pdf' })).rejects.toMatchObject({ code: 'UNREADABLE_FILE' });
  });
});

describe('readSource: a damaged Word document', () => {
  it('refuses a .docx without word/document.xml as a damaged DOCX, not as text to save as Plain Text', async () => {
    // The real export with its document part removed (Python's zipfile, see the fixtures' README).
    const read = readSource(bytes('damaged-quyet-dinh-97-2025-qd-ubnd.docx'), { fileName: 'qd.docx' });
    await expect(read).rejects.toMatchObject({ code: 'UNREADABLE_FILE' });
    const message = await read.catch((e: Error) => e.message);
    expect(message).toMatch(/^qd\.docx is a Word document \(\.docx\) that is damaged: it has a word\/ folder but no word\/document\.xml/);
    expect(message).toMatch(/save it again as \.docx/);
    expect(message).not.toMatch(/Plain Text/);
  });
});

function hasVietnameseOcr(): boolean {
  try {
    return execFileSync('tesseract', ['--list-langs'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).includes('vie');
  } catch {
    return false;
  }
}

// scripts/setup.mjs installs tesseract-ocr and tesseract-ocr-vie where it can; tests/formats/ocrMissing.test.ts
// covers the refusal without them.
describe.skipIf(!hasVietnameseOcr())('readSource: scans through OCR', () => {
  it('OCRs an image and lays out the header columns as rows', async () => {
    const s = await readSource(bytes('scan-quyet-dinh-97-2025-qd-ubnd.png'), { fileName: 'scan.png' });
    expect(s.format).toBe('image');
    expect(s.ocr).toBe(true);
    expect(s.warnings.map((w) => w.code)).toContain('OCR_TEXT');
    expect(s.text).toContain('97/2025/QĐ-UBND');
    expect(rows(s.text).some((r) => r.includes('97/2025/QĐ-UBND') && r.includes('tháng 11 năm 2025'))).toBe(true);
  });

  it('OCRs GIF and WebP images too, as Tesseract opens them, instead of telling the user to run OCR', async () => {
    for (const [file, what] of [
      ['scan-quyet-dinh-97-2025-qd-ubnd.gif', 'a GIF image'],
      ['scan-quyet-dinh-97-2025-qd-ubnd.webp', 'a WebP image'],
    ] as const) {
      const s = await readSource(bytes(file), { fileName: file });
      expect(s.format).toBe('image');
      expect(s.ocr).toBe(true);
      expect(s.warnings.find((w) => w.code === 'OCR_TEXT')?.message).toBe(`${file} is ${what}; its text comes from OCR and may contain recognition errors.`);
      expect(rows(s.text).some((r) => r.includes('97/2025/QĐ-UBND') && r.includes('tháng 11 năm 2025'))).toBe(true);
    }
  });

  it('OCRs the scanned pages of a PDF among typed ones, in page order', async () => {
    const s = await readSource(bytes('mixed-quyet-dinh-97-2025-qd-ubnd.pdf'), { fileName: 'mixed.pdf' });
    expect(s.ocr).toBe(true);
    const warning = s.warnings.find((w) => w.code === 'OCR_TEXT');
    expect(warning?.message).toMatch(/scanned pages \(page \d+\)/);
    const typedEnd = s.text.indexOf('Điều 4. Điều khoản thi hành');
    const scannedSymbol = s.text.lastIndexOf('97/2025/QĐ-UBND');
    expect(typedEnd).toBeGreaterThan(0);
    expect(scannedSymbol).toBeGreaterThan(typedEnd);
  });

  it('sends a PDF without a text layer to OCR', async () => {
    const s = await readSource(bytes('scan-quyet-dinh-97-2025-qd-ubnd.pdf'), { fileName: 'scan.pdf' });
    expect(s.format).toBe('pdf');
    expect(s.ocr).toBe(true);
    expect(s.text).toContain('97/2025/QĐ-UBND');
    expect(s.text).toContain('QUYẾT ĐỊNH');
  });
});
