import { readFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { identifyFormat, READABLE_EXTENSIONS } from '../../../src/text/decode/fileFormats';
import { fixture } from '../../support/decodeFixtures';

const realFormat = (name: string): Buffer => readFileSync(path.join(__dirname, '..', '..', 'fixtures', 'real-formats', name));

describe('one table of file formats for the reader and the decoder', () => {
  it('gives each format the reader readSource uses and the refusal the decoder gives, from one entry', () => {
    const pdf = identifyFormat(fixture('one-page.pdf'));
    expect(pdf).toMatchObject({ what: 'a PDF', reads: 'pdf', damaged: null, asText: { code: 'BINARY', what: 'a PDF' } });
    expect(pdf?.asText.advice).toMatch(/^extract its text first/);
    expect(identifyFormat(realFormat('export-quyet-dinh-97-2025-qd-ubnd.docx'))).toMatchObject({ what: 'a Word document (.docx)', reads: 'docx', damaged: null });
    expect(identifyFormat(realFormat('scan-quyet-dinh-97-2025-qd-ubnd.gif'))).toMatchObject({ what: 'a GIF image', reads: 'image' });
    expect(identifyFormat(realFormat('scan-quyet-dinh-97-2025-qd-ubnd.webp'))).toMatchObject({ what: 'a WebP image', reads: 'image' });
    expect(identifyFormat(fixture('nghi-quyet-004.utf8.txt'))).toBeNull();
  });

  it('calls a DOCX without its document part damaged, saying what is missing and how to repair it', () => {
    const damaged = identifyFormat(realFormat('damaged-quyet-dinh-97-2025-qd-ubnd.docx'));
    expect(damaged?.reads).toBe('docx');
    expect(damaged?.damaged).toMatch(/^it has a word\/ folder but no word\/document\.xml, the part that holds its text; open it in Word or LibreOffice/);
  });

  it('lets a folder walk pick every format it reads, and only those', () => {
    for (const ext of ['.pdf', '.docx', '.png', '.jpg', '.jpeg', '.gif', '.tif', '.tiff', '.webp']) expect(READABLE_EXTENSIONS).toContain(ext);
    for (const ext of ['.doc', '.xlsx', '.pptx', '.odt', '.zip', '.rtf']) expect(READABLE_EXTENSIONS).not.toContain(ext);
  });
});

describe('a ZIP named by its members', () => {
  it('takes a plain ZIP holding a folder named word/ for an archive to unpack, not a damaged Word document', async () => {
    const zip = new JSZip();
    zip.file('word/ghi-chu.txt', 'Ghi chú cuộc họp ngày 20 tháng 11 năm 2025');
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    const found = identifyFormat(bytes);
    expect(found).toMatchObject({ what: 'a ZIP archive', reads: null, damaged: null });
    expect(found?.asText.advice).toMatch(/^unpack it/);
  });
});
