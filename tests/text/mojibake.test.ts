/**
 * Legacy-encoded text that a client read as Latin-1 / Windows-1252 before sending it as a string: repaired
 * by the same detection as files, refused when no encoding fits clearly, and real text left alone.
 */
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { bytesReadAsLatin1, checkMojibake } from '../../src/text/mojibake';
import { encodeLegacy } from '../fixtures/encodings/legacy-encoders';

const dir = path.join(path.dirname(new URL(import.meta.url).pathname), '../fixtures/encodings');
const unicode = fs.readFileSync(path.join(dir, 'nghi-quyet-004.utf8.txt'), 'utf8').normalize('NFC');

describe('text read with the wrong encoding', () => {
  for (const encoding of ['windows-1258', 'tcvn3', 'vni'] as const) {
    for (const reading of ['latin1', 'windows1252']) {
      it(`repairs ${encoding} read as ${reading}, with a warning naming the encoding`, () => {
        const garbled = iconv.decode(fs.readFileSync(path.join(dir, `nghi-quyet-004.${encoding}.txt`)), reading);
        const check = checkMojibake(garbled, 'nq.txt');
        expect(check.kind).toBe('repaired');
        if (check.kind !== 'repaired') return;
        expect(check.encoding).toBe(encoding);
        expect(check.text).toContain('Về nhiệm vụ phát triển kinh tế - xã hội');
        expect(check.warnings[0]).toMatch(/read as Latin-1\/Windows-1252.*repaired/);
      });
    }
  }

  it('repairs UTF-8 read as Latin-1', () => {
    const garbled = Buffer.from(unicode, 'utf8').toString('latin1');
    const check = checkMojibake(garbled, 'nq.txt');
    expect(check).toMatchObject({ kind: 'repaired', encoding: 'utf-8', text: unicode });
  });

  it('refuses text where a legacy encoding is likely but none fits clearly (two encodings pasted together)', () => {
    const lines = unicode.split('\n');
    const half = Math.floor(lines.length / 2);
    const bytes = Buffer.concat([
      Buffer.from(encodeLegacy(`${lines.slice(0, half).join('\n')}\n`, 'tcvn3')),
      Buffer.from(encodeLegacy(lines.slice(half).join('\n'), 'vni')),
    ]);
    const check = checkMojibake(bytes.toString('latin1'), 'mixed.txt');
    expect(check.kind).toBe('refused');
    if (check.kind === 'refused') {
      expect(check.code).toBe('UNSUPPORTED_ENCODING');
      expect(check.message).toMatch(/mixed\.txt .*cannot be repaired.*UTF-8/);
    }
  });

  it('leaves real Vietnamese, plain ASCII, typographic quotes and Western accents alone', () => {
    expect(checkMojibake(unicode, 'a.txt')).toEqual({ kind: 'unchanged' });
    expect(checkMojibake('Nghi quyet so 12/NQ-CP ve phat trien kinh te', 'b.txt')).toEqual({ kind: 'unchanged' });
    expect(checkMojibake('Nghi quyet “so 12” – ban hanh…', 'c.txt')).toEqual({ kind: 'unchanged' });
    expect(checkMojibake('Café crème à la française, très élégant et déjà célèbre.', 'd.txt')).toEqual({ kind: 'unchanged' });
  });

  it('maps back to bytes only text made of Latin-1 and Windows-1252 characters', () => {
    expect(bytesReadAsLatin1('a\u00e9\u201c')).toEqual(new Uint8Array([0x61, 0xe9, 0x93]));
    expect(bytesReadAsLatin1('phát triển')).toBeNull();
  });
});
