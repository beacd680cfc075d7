/**
 * The bytes of a GraphQL answer, the same as `Buffer.from(JSON.stringify(result) + '\n')` (what Apollo's default
 * `stringifyResult` and httpServer's `handle` made), written in pieces. V8 builds JSON.stringify's answer as a tree
 * of parts; encoding it to UTF-8 first copies it into one flat string, in the large-object space once it passes
 * 64K characters (a lineage answer at depth 6 is 210 KB: each request left 400 KB there for a full collection to
 * free), and a single Vietnamese title makes that whole string two-byte, which V8 encodes about 2.8 times slower
 * than a one-byte one. Written in pieces of at most about PIECE_CHARS characters, no flat copy reaches the
 * large-object space, and the pieces holding only ids, relations and numbers (lineage's edges and paths) stay
 * one-byte (bench/README.md, branch a26).
 */

/** The target length of one piece: well below V8's large-object size for a two-byte string (64K characters). */
const PIECE_CHARS = 16_384;
/** Objects this near the root are written key by key and lists element by element; deeper values whole. */
const SPLIT_DEPTH = 3;
/** A value whose JSON is shorter than this joins the running text instead of becoming a piece of its own. */
const INLINE_CHARS = 256;
/** Elements of a list in the first piece; later pieces take as many as filled PIECE_CHARS before. */
const FIRST_ELEMENTS = 16;

/** What JSON.stringify leaves out of an object (and writes as null in a list). */
const omitted = (value: unknown): boolean => value === undefined || typeof value === 'function' || typeof value === 'symbol';

export function answerBytes(value: unknown): Buffer {
  const pieces: Buffer[] = [];
  let length = 0;
  // Punctuation, keys and short values between pieces, encoded as one piece when a longer one comes.
  let text = '';
  const flushText = () => {
    if (!text) return;
    const bytes = Buffer.from(text, 'utf8');
    pieces.push(bytes);
    length += bytes.length;
    text = '';
  };
  const piece = (bytes: Buffer) => {
    flushText();
    pieces.push(bytes);
    length += bytes.length;
  };
  const write = (node: unknown, depth: number): void => {
    if (depth < SPLIT_DEPTH && node !== null && typeof node === 'object' && typeof (node as { toJSON?: unknown }).toJSON !== 'function') {
      if (Array.isArray(node)) {
        text += '[';
        // A slice's JSON is `[a,b,...]`: its bytes without the brackets are those elements as the whole list
        // writes them (holes and undefined as null alike).
        for (let start = 0, count = FIRST_ELEMENTS; start < node.length; ) {
          const json = JSON.stringify(node.slice(start, start + count));
          if (start > 0) text += ',';
          const bytes = Buffer.from(json, 'utf8');
          piece(bytes.subarray(1, bytes.length - 1));
          start += count;
          count = Math.max(1, Math.floor((count * PIECE_CHARS) / json.length));
        }
        text += ']';
      } else {
        text += '{';
        let first = true;
        for (const key of Object.keys(node)) {
          const field = (node as Record<string, unknown>)[key];
          if (omitted(field)) continue;
          text += `${first ? '' : ','}${JSON.stringify(key)}:`;
          first = false;
          write(field, depth + 1);
        }
        text += '}';
      }
      return;
    }
    const json = JSON.stringify(node);
    if (json.length < INLINE_CHARS) text += json;
    else piece(Buffer.from(json, 'utf8'));
  };
  write(value, 0);
  text += '\n';
  flushText();
  return Buffer.concat(pieces, length);
}

/**
 * Apollo hands the HTTP layer its answer as a string (`stringifyResult` must return one), where `answerBytes`
 * makes bytes. So the server's `stringifyResult` is `stringify`: it encodes the answer, keeps the bytes and
 * returns a ticket in the string's place, which `take` (httpServer's `handle`, the only reader of Apollo's HTTP
 * answers) trades for the bytes. A string that is no ticket is encoded as it is.
 */
export class AnswerBytes {
  private readonly held = new Map<string, Buffer>();
  private issued = 0;

  readonly stringify = (result: unknown): string => {
    const ticket = `\u0000answer ${++this.issued}`;
    this.held.set(ticket, answerBytes(result));
    return ticket;
  };

  take(answer: string): Buffer {
    const bytes = this.held.get(answer);
    if (bytes === undefined) return Buffer.from(answer, 'utf8');
    this.held.delete(answer);
    return bytes;
  }

  /** Answers encoded and not taken yet. */
  get pending(): number {
    return this.held.size;
  }
}
