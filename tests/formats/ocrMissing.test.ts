import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSource } from '../../src/formats';

// Its own file: the OCR module remembers whether Tesseract is installed, per module instance.
const dir = path.join(__dirname, '..', 'fixtures', 'real-formats');
let savedPath: string | undefined;
let emptyBin: string;

beforeAll(() => {
  savedPath = process.env.PATH;
  emptyBin = mkdtempSync(path.join(tmpdir(), 'no-tesseract-'));
  process.env.PATH = emptyBin;
});

afterAll(() => {
  process.env.PATH = savedPath;
  rmSync(emptyBin, { recursive: true, force: true });
});

describe('readSource without Tesseract', () => {
  it('refuses a scan with OCR_UNAVAILABLE and the packages to install, never an empty document', async () => {
    const err = await readSource(readFileSync(path.join(dir, 'scan-quyet-dinh-97-2025-qd-ubnd.png')), { fileName: 'scan.png' }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'OCR_UNAVAILABLE' });
    expect((err as Error).message).toContain('scan.png');
    expect((err as Error).message).toContain('apt-get install tesseract-ocr tesseract-ocr-vie');
  });

  it('reads the typed pages of a PDF and names the scanned pages it had to leave out', async () => {
    const s = await readSource(readFileSync(path.join(dir, 'mixed-quyet-dinh-97-2025-qd-ubnd.pdf')), { fileName: 'mixed.pdf' });
    expect(s.ocr).toBe(false);
    expect(s.text).toContain('Điều 4. Điều khoản thi hành');
    const warning = s.warnings.find((w) => w.code === 'PAGES_NOT_READ');
    expect(warning?.message).toMatch(/apt-get install tesseract-ocr tesseract-ocr-vie.*page \d+ \(scanned\) were left out/);
  });

  it('refuses a PDF that is all scan', async () => {
    const err = await readSource(readFileSync(path.join(dir, 'scan-quyet-dinh-97-2025-qd-ubnd.pdf')), { fileName: 'scan.pdf' }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'OCR_UNAVAILABLE' });
  });

  it('still reads a PDF that has a text layer', async () => {
    const s = await readSource(readFileSync(path.join(dir, 'export-quyet-dinh-97-2025-qd-ubnd.pdf')), { fileName: 'qd.pdf' });
    expect(s.ocr).toBe(false);
    expect(s.text).toContain('Số: 97/2025/QĐ-UBND');
  });
});
