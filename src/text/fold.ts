/**
 * Vietnamese text folding: the form every matcher compares against.
 *
 * We keep the original string for display and match on a folded copy: NFD, combining marks removed,
 * `đ`/`Đ` -> `d`, lower case. Folding is length-preserving per code point of the NFC input
 * (each NFC letter folds to exactly one ASCII letter), so an offset in the folded text is an
 * offset in the NFC text. `foldKeepLength` relies on that; tests hold it.
 */
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Fold for matching: no diacritics, `đ` -> `d`, lower case, whitespace untouched. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
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
