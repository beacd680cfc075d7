/**
 * Vietnamese text folding: the form every matcher compares against.
 *
 * We keep the original string for display and match on a folded copy: NFD, combining marks removed,
 * `đ`/`Đ` -> `d`, lower case. Folding is length-preserving per code point of the NFC input
 * (each NFC letter folds to exactly one ASCII letter), so an offset in the folded text is an
 * offset in the NFC text. `foldKeepLength` relies on that; tests hold it.
 */
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** The fold by definition: NFD, combining marks removed, `đ` -> `d`, lower case. */
function foldByNormalization(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

/**
 * One table for every per-unit fold of the project (this module's `fold`, and `foldKeepLength` as the
 * extractors' src/extract/folding.ts reads it), filled per UTF-16 unit on first use: the low 16 bits are what
 * `foldKeepLength` makes of the unit alone (its fold, cut or padded to one unit), and SIMPLE_UNIT is set for
 * units whose fold is the same alone as inside any string: Latin letters (Vietnamese ones included), digits,
 * punctuation and spaces, each folding to exactly one unit. Their decompositions use only the marks the fold
 * removes, and their lower case does not depend on neighbours (unlike Greek sigma), so a string made of them
 * folds unit by unit. -1: not computed yet.
 */
const UNIT_FOLDS = new Int32Array(0x10000).fill(-1);
const SIMPLE_UNIT = 0x10000;
/**
 * The General Punctuation block (U+2000-U+206F: typographic quotes, dashes, bullets, ellipsis, spaces) folds
 * unit by unit too: no marks, no case, each a starter of its own. Real documents print "–" and "“ ”" in
 * their first lines, which sent whole texts through NFD.
 */
const SIMPLE_END = 0x2070;

function unitFold(c: number): number {
  let u = UNIT_FOLDS[c]!;
  if (u < 0) {
    const f = foldByNormalization(String.fromCharCode(c));
    // `foldKeepLength` of one unit: its fold, cut to one unit or padded with a space.
    u = f.length === 0 ? 0x20 : f.charCodeAt(0);
    if (f.length === 1 && (c < 0x0300 || (c >= 0x1e00 && c <= 0x1eff) || (c >= 0x2000 && c < SIMPLE_END))) u |= SIMPLE_UNIT;
    UNIT_FOLDS[c] = u;
  }
  return u;
}

/** What `foldKeepLength` makes of one UTF-16 unit alone (a lone surrogate included). */
export function keepLengthUnit(c: number): number {
  return unitFold(c) & 0xffff;
}

const BUFFER = new Uint16Array(4096);

/** A buffer of at least `n` units for building a fold (shared: the caller turns it into a string before any other fold). */
export function foldBuffer(n: number): Uint16Array {
  return n <= BUFFER.length ? BUFFER : new Uint16Array(n);
}

/** The string of `units[0, n)`, unit for unit (lone surrogates included). */
export function unitsToString(units: Uint16Array, n: number): string {
  // Short strings: one call. Long ones (a whole document): decoded natively as UTF-16 into one flat string,
  // where chunks joined by `+=` would make a rope that every later read has to flatten first.
  if (LITTLE_ENDIAN && n > SHORT_UNITS) return Buffer.from(units.buffer, units.byteOffset, n * 2).toString('utf16le');
  let s = '';
  for (let i = 0; i < n; i += 8192) s += String.fromCharCode.apply(null, units.subarray(i, Math.min(n, i + 8192)) as unknown as number[]);
  return s;
}

const SHORT_UNITS = 64;
/** Typed arrays use the platform's byte order; `utf16le` reads their bytes as little-endian units. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * Fold for matching: no diacritics, `đ` -> `d`, lower case, whitespace untouched. Text of simple units (nearly
 * all Vietnamese text) folds from the table, the same result without NFD and its regexes; any other text
 * goes through the definition.
 */
export function fold(text: string): string {
  const n = text.length;
  const out = foldBuffer(n);
  let ascii = true;
  let changed = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const u = c < SIMPLE_END ? unitFold(c) : 0;
    if ((u & SIMPLE_UNIT) === 0) return foldByNormalization(text);
    const f = u & 0xffff;
    if (c >= 0x80) ascii = false;
    if (f !== c) changed = true;
    out[i] = f;
  }
  // Already folded (a folded word, a code): nothing to build. ASCII folds to its lower case.
  if (!changed) return text;
  if (ascii) return text.toLowerCase();
  return unitsToString(out, n);
}

/**
 * Fold an NFC string so that the result has exactly the same length (UTF-16 units) as the input.
 * Characters whose fold would change length are folded one by one and padded/cut to one unit.
 */
export function foldKeepLength(nfcText: string): string {
  let out = '';
  for (const ch of nfcText) {
    const f = fold(ch);
    if (f.length === ch.length) out += f;
    else if (f.length > ch.length) out += f.slice(0, ch.length);
    else out += f.padEnd(ch.length, ' ');
  }
  return out;
}

/** Fold and collapse whitespace: the form stored as `*Folded` properties and used for search. */
export function foldForSearch(text: string): string {
  return fold(text).replace(/\s+/g, ' ').trim();
}

/** NFC with unified line endings: every extractor's input form; offsets refer to this string. */
export function normalizeText(raw: string): string {
  return raw.normalize('NFC').replace(/\r\n?/g, '\n');
}
