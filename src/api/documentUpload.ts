/**
 * What `ingestDocument` was given -> a file name and bytes for the formats stage: either a text (with the
 * name of the file it came from) or a file in base64. Input errors are BAD_USER_INPUT with what to fix.
 */
import path from 'node:path';
import { DirectiveGraphError, ErrorCode } from '../errors';

export interface UploadArgs {
  fileName?: string | null;
  text?: string | null;
  file?: { name: string; contentBase64: string } | null;
}

const BASE64 = /^[A-Za-z0-9+/_-]*={0,2}$/;

function badInput(message: string): DirectiveGraphError {
  return new DirectiveGraphError(ErrorCode.BAD_USER_INPUT, message);
}

/** `maxBytes` (<= 0: no limit) is checked on the encoded length first, so a huge upload is never decoded. */
export function uploadedDocument(args: UploadArgs, maxBytes: number): { name: string; bytes: Uint8Array } {
  const hasText = args.text !== null && args.text !== undefined;
  if (hasText === Boolean(args.file)) {
    throw badInput('Give either "text" (with "fileName") or "file" ({ name, contentBase64 }), not both and not neither.');
  }
  if (hasText) {
    const name = path.basename((args.fileName ?? '').trim());
    if (!name) throw badInput('"fileName" is empty: give the name of the file the text comes from.');
    return { name, bytes: Buffer.from(args.text!, 'utf8') };
  }
  const file = args.file!;
  const name = path.basename(file.name.trim());
  if (!name) throw badInput('"file.name" is empty: give the name of the uploaded file.');
  const encoded = file.contentBase64.replace(/\s+/g, '');
  if (!BASE64.test(encoded)) throw badInput(`"file.contentBase64" of ${name} is not base64; encode the file's bytes as base64 (RFC 4648).`);
  const size = Math.floor((encoded.length * 3) / 4);
  if (Number.isFinite(maxBytes) && maxBytes > 0 && size > maxBytes + 2) {
    throw badInput(`${name} is about ${size} bytes, over the ${maxBytes}-byte limit; split it, or raise MAX_DOCUMENT_BYTES on the server. (TOO_LARGE)`);
  }
  return { name, bytes: Buffer.from(encoded, encoded.includes('-') || encoded.includes('_') ? 'base64url' : 'base64') };
}
