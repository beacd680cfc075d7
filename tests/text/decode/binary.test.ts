import { describe, expect, it } from 'vitest';
import { decodeDocument } from '../../../src/text/decode';
import { fixture, LIMIT, pseudoRandomBytes, refused, SOURCE } from '../../support/decodeFixtures';

/** Local file headers of a ZIP holding `members` (names only: what the format is told by). */
const zipHeader = (...members: string[]): Buffer =>
  Buffer.concat(members.flatMap((member) => [Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(26), Buffer.from(member, 'latin1'), Buffer.alloc(64)]));
/** Every Office Open XML file holds its content types part beside its own folder. */
const OOXML = '[Content_Types].xml';

describe('refusing what is not text', () => {
  it('refuses a PDF and says to extract its text first', () => {
    const r = refused(decodeDocument(fixture('one-page.pdf'), { fileName: 'in/qd-2898.pdf', maxBytes: LIMIT }));
    expect(r.code).toBe('BINARY');
    expect(r.message).toMatch(/^in\/qd-2898\.pdf is a PDF, not plain text: extract its text first/);
  });

  it('refuses a PNG image and says to OCR it', () => {
    const r = refused(decodeDocument(fixture('one-pixel.png'), { fileName: 'scan.png', maxBytes: LIMIT }));
    expect(r.code).toBe('BINARY');
    expect(r.message).toMatch(/^scan\.png is a PNG image, not plain text: run OCR on it first/);
  });

  it('refuses a Word .docx and a plain ZIP, telling them apart', () => {
    const docx = refused(decodeDocument(zipHeader(OOXML, 'word/document.xml'), { fileName: 'a.docx', maxBytes: LIMIT }));
    expect(docx.message).toMatch(/^a\.docx is a Word document \(\.docx\), not plain text: .*Plain Text/);
    const zip = refused(decodeDocument(zipHeader('docs/a.txt'), { fileName: 'a.zip', maxBytes: LIMIT }));
    expect(zip.message).toMatch(/^a\.zip is a ZIP archive/);
    expect([docx.code, zip.code]).toEqual(['BINARY', 'BINARY']);
  });

  it('refuses RTF as a format to save as plain text', () => {
    const r = refused(decodeDocument(Buffer.from('{\\rtf1\\ansi Ngh\\u7883?' + ' quy\\u7871?t}', 'latin1'), { fileName: 'a.rtf', maxBytes: LIMIT }));
    expect(r.code).toBe('UNSUPPORTED_FORMAT');
    expect(r.message).toMatch(/^a\.rtf is an RTF document/);
  });

  it('refuses random bytes containing NULs as binary', () => {
    const bytes = pseudoRandomBytes(4096, 42);
    expect(bytes.includes(0)).toBe(true);
    const r = refused(decodeDocument(bytes, { fileName: 'blob.bin', maxBytes: LIMIT }));
    expect(r.code).toBe('BINARY');
    expect(r.message).toMatch(/^blob\.bin looks like binary data, not text \(\d+ NUL bytes, the first at byte \d+\)/);
  });

  it('says where the stray byte of a text file is, so a plain-text file with one NUL can be mended', () => {
    const text = Buffer.from(SOURCE, 'utf8');
    const at = text.indexOf(Buffer.from('QUYẾT NGHỊ', 'utf8'));
    const bytes = Buffer.concat([text.subarray(0, at), Buffer.from([0]), text.subarray(at)]);
    const r = refused(decodeDocument(bytes, { fileName: 'nq.txt', maxBytes: LIMIT }));
    expect(r.code).toBe('BINARY');
    expect(r.message).toBe(
      `nq.txt looks like binary data, not text (1 NUL byte, at byte ${at}); ingest plain-text files (.txt, UTF-8), ` +
        'or, if it is one, delete the stray bytes and ingest it again.',
    );
  });

  it('refuses random bytes without NULs as binary too (control characters)', () => {
    const bytes = pseudoRandomBytes(4096, 7).map((b) => (b === 0 ? 1 : b));
    const r = refused(decodeDocument(bytes, { fileName: 'blob.bin', maxBytes: LIMIT }));
    expect(r.code).toBe('BINARY');
    expect(r.message).toMatch(/control bytes/);
  });

  it('names a WebP image by the signature at byte 8, and does not call another RIFF file (a WAV) one', () => {
    const riff = (kind: string): Buffer => Buffer.concat([Buffer.from('RIFF', 'latin1'), Buffer.from([0x24, 0, 0, 0]), Buffer.from(kind, 'latin1'), Buffer.alloc(16, 0x20)]);
    const webp = refused(decodeDocument(riff('WEBPVP8 '), { fileName: 'scan.webp', maxBytes: LIMIT }));
    expect(webp.code).toBe('BINARY');
    expect(webp.message).toMatch(/^scan\.webp is a WebP image, not plain text: run OCR on it first/);
    const wav = refused(decodeDocument(riff('WAVEfmt '), { fileName: 'memo.wav', maxBytes: LIMIT }));
    expect(wav.code).toBe('BINARY');
    expect(wav.message).toMatch(/^memo\.wav looks like binary data, not text \(\d+ NUL bytes, the first at byte 5\)/);
  });

  it('names each Office format inside a ZIP by its member folder', () => {
    const what = (...members: string[]): string => refused(decodeDocument(zipHeader(...members), { fileName: 'f', maxBytes: LIMIT })).message;
    expect(what(OOXML, 'xl/workbook.xml')).toMatch(/^f is an Excel workbook \(\.xlsx\), not plain text: export the text you need as UTF-8 \.txt\.$/);
    expect(what(OOXML, 'ppt/presentation.xml')).toMatch(/^f is a PowerPoint file \(\.pptx\)/);
    expect(what('mimetypeapplication/vnd.oasis.opendocument.text')).toMatch(/^f is an OpenDocument text \(\.odt\), not plain text: open it in Word or LibreOffice/);
  });
});
