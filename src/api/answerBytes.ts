/**
 * The bytes of a GraphQL answer, the same as `Buffer.from(JSON.stringify(result) + '\n')` (what Apollo's default
 * `stringifyResult` and httpServer's `handle` made), written in pieces. V8 builds JSON.stringify's answer as a tree
 * of parts; encoding it to UTF-8 first copies it into one flat string, in the large-object space once it passes
 * 64K characters (a lineage answer at depth 6 is 210 KB: each request left 400 KB there for a full collection to
 * free), and a single Vietnamese title makes that whole string two-byte, which V8 encodes about 2.8 times slower
 * than a one-byte one. Written in pieces of at most about PIECE_CHARS characters, no flat copy reaches the
 * large-object space, and the pieces holding only ids, relations and numbers (lineage's edges and paths) stay
 * one-byte (bench/HISTORY.md, branch a26).
 */

/** The target length of one piece: well below V8's large-object size for a two-byte string (64K characters). */
const PIECE_CHARS = 16_384;
/** Objects this near the root are written key by key and lists element by element; deeper values whole. */
const SPLIT_DEPTH = 3;
/** A value whose JSON is shorter than this joins the running text instead of becoming a piece of its own. */
const INLINE_CHARS = 256;
/** Elements of a list in the first piece; later pieces take as many as filled PIECE_CHARS before. */
const FIRST_ELEMENTS = 16;
/**
 * The buffer an answer is first written into: under half of Node's Buffer pool (8 KiB), so a small answer's comes
 * from the pool (a 64 KiB one of its own doubled search's 15 µs); a larger one is made as needed, four times larger.
 */
const FIRST_BYTES = 4 * 1024 - 1;
const COMMA = 0x2c;

/**
 * A value written key by key or element by element: a list or a plain object (graphql-js builds its results
 * with a null prototype) without toJSON. Anything else is written whole by JSON.stringify, which writes a boxed
 * string, number or boolean as its value and leaves out a value whose toJSON gives undefined.
 */
function splittable(node: unknown): node is object {
  if (node === null || typeof node !== 'object' || typeof (node as { toJSON?: unknown }).toJSON === 'function') return false;
  if (Array.isArray(node)) return true;
  const prototype = Object.getPrototypeOf(node) as unknown;
  return prototype === Object.prototype || prototype === null;
}

export function answerBytes(value: unknown): Buffer {
  // One buffer, written in place and grown when a string might not fit (UTF-8 needs at most 3 bytes per UTF-16 unit).
  let bytes = Buffer.allocUnsafe(FIRST_BYTES);
  let used = 0;
  const put = (text: string) => {
    if (used + text.length * 3 > bytes.length) {
      const larger = Buffer.allocUnsafe(Math.max(bytes.length * 4, used + text.length * 3));
      bytes.copy(larger, 0, 0, used);
      bytes = larger;
    }
    used += bytes.write(text, used, 'utf8');
  };
  // Punctuation, keys and short values between pieces, written as one when a longer piece comes.
  let text = '';
  const piece = (json: string) => {
    if (text) put(text);
    text = '';
    put(json);
  };
  // A value's JSON, written inline when short, else as a piece of its own.
  const whole = (json: string) => {
    if (json.length < INLINE_CHARS) text += json;
    else piece(json);
  };
  const write = (node: unknown, depth: number): void => {
    if (depth < SPLIT_DEPTH && splittable(node)) {
      if (Array.isArray(node)) {
        if (node.length === 0) {
          text += '[]';
          return;
        }
        // Each slice's JSON (`[a,b]`, holes and undefined as null, as in the whole list) is written over the
        // closing bracket of the one before, which then becomes the comma between them: `[a,b` `,c,d]`.
        for (let start = 0, count = FIRST_ELEMENTS; start < node.length; ) {
          const json = JSON.stringify(node.slice(start, start + count));
          if (start === 0) piece(json);
          else {
            const at = used - 1;
            used = at;
            put(json);
            bytes[at] = COMMA;
          }
          start += count;
          count = Math.max(1, Math.floor((count * PIECE_CHARS) / json.length));
        }
      } else {
        text += '{';
        let first = true;
        for (const key of Object.keys(node)) {
          const field = (node as Record<string, unknown>)[key];
          const split = depth + 1 < SPLIT_DEPTH && splittable(field);
          // What JSON.stringify leaves out of an object: undefined, functions, symbols, a toJSON giving undefined.
          const json = split ? '' : (JSON.stringify(field) as string | undefined);
          if (json === undefined) continue;
          text += `${first ? '' : ','}${JSON.stringify(key)}:`;
          first = false;
          if (split) write(field, depth + 1);
          else whole(json);
        }
        text += '}';
      }
      return;
    }
    whole(JSON.stringify(node));
  };
  write(value, 0);
  put(`${text}\n`);
  return bytes.subarray(0, used);
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
