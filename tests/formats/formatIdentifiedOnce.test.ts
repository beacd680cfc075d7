/**
 * A file's format is identified from its bytes once: `readSource` picks a reader by the answer and hands the same
 * answer to the text decoder, which refuses by it (same codes and messages as when it identifies the bytes itself).
 */
import { describe, expect, it } from 'vitest';
import { readSource, SourceReadError } from '../../src/formats';
import { decodeDocument } from '../../src/text/decode';
import { identifyFormat } from '../../src/text/decode/fileFormats';
import { LIMIT, refused } from '../support/decodeFixtures';

const RTF = Buffer.from('{\\rtf1\\ansi Ngh\\u7883?' + ' quy\\u7871?t}', 'latin1');
const TEXT = Buffer.from('QUYẾT ĐỊNH\nVề việc ban hành Quy chế làm việc\n', 'utf8');

describe('the format of a file', () => {
  it('is what the decoder refuses by when it is handed one', () => {
    // Handed the RTF's identification, the decoder does not look at the bytes again.
    const handed = refused(decodeDocument(TEXT, { fileName: 'a.rtf', maxBytes: LIMIT, format: identifyFormat(RTF) }));
    const own = refused(decodeDocument(RTF, { fileName: 'a.rtf', maxBytes: LIMIT }));
    expect(handed).toEqual(own);
    expect(own.code).toBe('UNSUPPORTED_FORMAT');
    // Handed "no known format", it decodes the text.
    expect(decodeDocument(TEXT, { fileName: 'a.txt', maxBytes: LIMIT, format: null }).ok).toBe(true);
  });

  it('gives readSource the decoder\'s own refusal, code and message', async () => {
    const own = refused(decodeDocument(RTF, { fileName: 'a.rtf', maxBytes: LIMIT }));
    const error = await readSource(RTF, { fileName: 'a.rtf', maxBytes: LIMIT }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceReadError);
    expect({ code: (error as SourceReadError).code, message: (error as SourceReadError).message }).toEqual({ code: own.code, message: own.message });
  });
});
