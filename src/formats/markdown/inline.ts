/**
 * Markdown inline markup removed from one piece of text, the characters as written kept.
 *
 * Converters escape a literal `*`, `_`, `#`, `|`... with a backslash, so an unescaped `*` or `__` is markup
 * and goes, while an escaped one is text and stays (without its backslash). Emphasis markers are removed
 * one by one rather than as pairs because exports break them (`**\nTEXT**`, `* *`, `**a** **(b)**`).
 */

// Escaped characters are parked in the private-use area while markup is removed, then restored.
const PARK_BASE = 0xe000;
const ESCAPABLE = /\\([!-/:-@[-`{-~])/g;

function park(text: string): string {
  return text.replace(ESCAPABLE, (_m, ch: string) => String.fromCharCode(PARK_BASE + ch.charCodeAt(0)));
}

function unpark(text: string): string {
  return text.replace(/[\ue000-\ue07f]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - PARK_BASE));
}

/** A character every rule below needs (a backslash, a link or image bracket, a tag, emphasis, a parked unit). */
const MAY_HAVE_MARKUP = /[\\[<*_\ue000-\ue07f]/;

/** Inline markup of one line (or a few joined lines) removed. */
export function stripInline(text: string): string {
  // Most lines carry no markup at all: they come back as they are without running every rule.
  if (!MAY_HAVE_MARKUP.test(text)) return text;
  let s = park(text);
  s = s.replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1'); // images: their alt text
  s = s.replace(/\[([^\]]*)\]\((?:[^()\s]|\([^)]*\))*(?:\s+"[^"]*")?\)/g, '$1'); // links: their text
  s = s.replace(/<br\s*\/?>/gi, '\n');
  s = s.replace(/<\/?(?:sup|sub|u|span|b|i|em|strong|s|del|mark)\b[^>]*>/gi, '');
  s = s.replace(/\*+/g, '');
  s = s.replace(/(?<![\p{L}\p{N}_])_{1,2}(?=\S)|(?<=\S)_{1,2}(?![\p{L}\p{N}_])/gu, (m, offset: number, all: string) =>
    // A run of 3+ underscores is a fill-in blank, not emphasis.
    /_{3,}/.test(all.slice(Math.max(0, offset - 2), offset + m.length + 2)) ? m : '',
  );
  s = s.replace(/\\$/gm, ''); // hard line break written as a trailing backslash
  return unpark(s);
}

/** A line that held only markup (`**`, `* *`, `#`): it is dropped, not turned into a blank line. */
export function isMarkupOnly(rawLine: string, stripped: string): boolean {
  return rawLine.trim() !== '' && stripped.trim() === '';
}
