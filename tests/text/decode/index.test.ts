import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeDocument } from '../../../src/text/decode';
import { FIXTURES, fixture, LIMIT, pseudoRandomBytes, refused } from '../../support/decodeFixtures';

describe('refusals', () => {
  it('refuses an empty file', () => {
    const r = refused(decodeDocument(new Uint8Array(0), { fileName: 'data/empty.txt', maxBytes: LIMIT }));
    expect(r).toMatchObject({ code: 'EMPTY' });
    expect(r.message).toBe('data/empty.txt is empty (0 bytes); there is nothing to ingest.');
  });

  it.each([
    ['spaces, tabs and line ends', Buffer.from('  \t\r\n\n   \n', 'latin1')],
    ['a UTF-8 BOM and spaces', Buffer.from('\uFEFF   \n', 'utf8')],
    ['UTF-16 spaces', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(' \n \n', 'utf16le')])],
    ['no-break and ideographic spaces', Buffer.from('\u00A0\u3000\n', 'utf8')],
  ])('refuses a file of only whitespace (%s)', (_, bytes) => {
    const r = refused(decodeDocument(bytes, { fileName: 'blank.txt', maxBytes: LIMIT }));
    expect(r.code).toBe('EMPTY');
    expect(r.message).toMatch(/^blank\.txt contains only whitespace/);
  });

  it('refuses a file over the limit, naming its size, the limit and the setting to raise', () => {
    const bytes = Buffer.alloc(3 * 1024 * 1024 + 5, 0x61);
    const r = refused(decodeDocument(bytes, { fileName: 'big.txt', maxBytes: LIMIT }));
    expect(r.code).toBe('TOO_LARGE');
    expect(r.message).toContain('big.txt is 3 MB (3,145,733 bytes)');
    expect(r.message).toContain('over the 2 MB (2,097,152 bytes) limit');
    expect(r.message).toContain('MAX_DOCUMENT_BYTES=4194304');
  });

  it('accepts a file of exactly the limit, and treats a limit of 0 as none', () => {
    const bytes = Buffer.alloc(1000, 0x61);
    expect(decodeDocument(bytes, { maxBytes: 1000 }).ok).toBe(true);
    expect(decodeDocument(bytes, { maxBytes: 999 }).ok).toBe(false);
    expect(decodeDocument(bytes, { maxBytes: 0 }).ok).toBe(true);
  });

  it('refuses UTF-32 with a clear message', () => {
    const bytes = Buffer.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]);
    expect(refused(decodeDocument(bytes, { fileName: 'u32.txt', maxBytes: LIMIT })).message).toMatch(/^u32\.txt is UTF-32/);
  });

  it('never throws, whatever the bytes (random, truncated fixtures, single bytes)', () => {
    const inputs: Uint8Array[] = [];
    for (let seed = 1; seed <= 200; seed++) inputs.push(pseudoRandomBytes(seed * 7, seed));
    for (const name of readdirSync(FIXTURES).filter((n) => !n.endsWith('.ts') && !n.endsWith('.md'))) {
      const bytes = fixture(name);
      for (const cut of [1, 2, 3, 5, 17, 101, bytes.length - 1]) inputs.push(bytes.subarray(0, cut));
    }
    for (let b = 0; b < 256; b++) inputs.push(Uint8Array.of(b), Uint8Array.of(0x61, b, 0x61));
    for (const bytes of inputs) {
      const r = decodeDocument(bytes, { fileName: 'fuzz', maxBytes: LIMIT });
      if (r.ok) expect(typeof r.text).toBe('string');
      else expect(r.message).toMatch(/^fuzz /);
    }
  });
});
