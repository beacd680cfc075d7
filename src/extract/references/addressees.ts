/**
 * The addressees of a national office's letter, with their province: "Kính gửi: Thuế tỉnh Đắk Lắk.",
 * "Kính gửi: Công ty TNHH MTV Seshin VN2. (đ/c: ..., tỉnh Tuyên Quang, Việt Nam)", or, in a notice without
 * "Kính gửi", the taxpayer first in "Nơi nhận" with its address ("- Công ty TNHH Brenntag Việt Nam (120 Hoàng
 * Hoa Thám, ..., TP Hồ Chí Minh);").
 *
 * A Cục Thuế or Cục Hải quan letter answers a taxpayer or a provincial office and cites their own papers (the
 * taxpayer's letter, the provincial office's notice); those papers belong to the addressee's province, which
 * the letter names only there (gold-real README, sixth round).
 */
import { foldKeepLength } from '../folding';
import { issuerAtStart, type IssuerRef } from '../issuers';
import { findProvinces, type Province } from '../provinces';
import { squash } from '../displayText';

export interface Addressee {
  /** Name as written, address left out: "Công ty TNHH MTV Seshin VN2". */
  name: string;
  /** Folded words of the name, without a leading "Quý". */
  words: readonly string[];
  /** A known body ("Thuế tỉnh Đắk Lắk"), when the name reads as one. */
  issuer: IssuerRef | null;
  province: Province | null;
}

export interface LetterAddressees {
  entries: readonly Addressee[];
  /** The one province of the addressees; null when none is named or they differ. */
  province: Province | null;
}

/** "Kính gửi:" anywhere (a layout table puts it mid-line), folded. */
const KINH_GUI = /kinh\s+gui[\s*]*:[\s*]*/;
/** "Nơi nhận:" opening the recipients list, folded. */
const NOI_NHAN = /noi\s+nhan[\s*_]*:/;
/** An address in parentheses after a name: "(đ/c: ...)", "(Địa chỉ ...)", "(120 Hoàng Hoa Thám, ...)". */
const PAREN = /^[\s*_.;,|-]*\(([^\n]{4,240})/;
const ADDRESS_LINE = /^[\s*_|]*(?:dia\s+chi|d\/c)\s*:?([^\n]{4,200})/;

function foldedWords(s: string): string[] {
  return foldKeepLength(s)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

/** The last province named in an address (addresses end with it: "..., phường 7, TP Hồ Chí Minh"). */
function provinceOfAddress(address: string): Province | null {
  const found = findProvinces(address);
  return found.length ? found[found.length - 1]!.province : null;
}

function entry(text: string, nameStart: number, nameEnd: number): Addressee | null {
  const name = squash(text.slice(nameStart, nameEnd))
    .replace(/^[\s\-+•–*_|]+/, '')
    .replace(/[\s.;,*_|]+$/, '');
  const words = foldedWords(name);
  if (words[0] === 'quy') words.shift();
  if (words.length < 2) return null;
  // A known body read exactly from its first word ("Thuế tỉnh ..."): the OCR-tolerant reading would take a
  // person's name ("Bà Đặng ...") for a ministry.
  const read = issuerAtStart(words.join(' '), null)?.issuer ?? null;
  const issuer = read && foldedWords(read.name)[0] === words[0] ? read : null;
  const after = text.slice(nameEnd, nameEnd + 260);
  const folded = foldKeepLength(after).toLowerCase();
  const paren = PAREN.exec(after);
  const line = ADDRESS_LINE.exec(folded.replace(/^[\s.;,|-]*\n/, ''));
  // A provincial body's name ends with its province, as an address does.
  let province: Province | null = issuer && issuer.jurisdiction !== 'national' ? provinceOfAddress(issuer.name) : null;
  if (!province && paren) province = provinceOfAddress(paren[1]!);
  if (!province && line) {
    const off = folded.indexOf(line[1]!);
    province = provinceOfAddress(after.slice(off, off + line[1]!.length));
  }
  return { name, words, issuer, province };
}

/**
 * Names in an addressees block: "Kính gửi: Công ty TNHH\nBao bì ... Riches.\n(đ/c: ..., Tỉnh Đồng Nai)", or a
 * list "| Kính gửi: | - Thuế thành phố Hải Phòng - Công ty BOT ... . (Địa chỉ: ...) |". A name runs to a
 * period, a semicolon, a parenthesis or a blank line; list items start with a dash.
 */
function kinhGuiEntries(text: string, folded: string): Addressee[] {
  const m = KINH_GUI.exec(folded.slice(0, Math.min(folded.length, 20_000)));
  if (!m) return [];
  const start = m.index + m[0].length;
  const blank = text.slice(start, start + 700).search(/\n[ \t|]*\n/);
  const block = text.slice(start, start + (blank >= 0 ? blank : 700));
  const listed = /^[\s|*]*[-+•–]\s/.test(block);
  // Item starts: each dash that opens the block or follows a space, a line break or a table bar.
  const starts = listed ? [...block.matchAll(/(?:^|[\s|;])[-+•–]\s+/g)].map((x) => x.index + x[0].length) : [/^[\s|*]*/.exec(block)![0].length];
  const out: Addressee[] = [];
  for (let i = 0; i < starts.length; i++) {
    const from = starts[i]!;
    const to = i + 1 < starts.length ? starts[i + 1]! : block.length;
    const seg = block.slice(from, to);
    const stop = (listed ? /[.;](?=\s|$)|[(|]|\s[-+•–]\s/ : /[.;](?=\s|$)|[(|]/).exec(seg);
    const e = entry(text, start + from, start + from + Math.min(stop ? stop.index : seg.length, 160));
    if (e) out.push(e);
  }
  return out;
}

/** The first recipient of "Nơi nhận" given with an address: a notice's taxpayer. */
function recipientWithAddress(text: string, folded: string): Addressee | null {
  const m = NOI_NHAN.exec(folded);
  if (!m) return null;
  const start = m.index + m[0].length;
  const block = text.slice(start, start + 800);
  for (const b of block.matchAll(/(?:^|[\s|;])[-+•–][ \t]+([^\n(;]{4,120}?)\s*\(/g)) {
    const from = start + b.index + b[0].indexOf(b[1]!);
    const e = entry(text, from, from + b[1]!.length);
    if (e?.province) return e;
  }
  return null;
}

/** A letter's addressees and their province; null when the text names none. */
export function letterAddressees(text: string, folded: string): LetterAddressees | null {
  let entries = kinhGuiEntries(text, folded);
  if (!entries.some((e) => e.province)) {
    const r = recipientWithAddress(text, folded);
    if (r) entries = [...entries, r];
  }
  if (!entries.length) return null;
  const provinces = new Set(entries.map((e) => e.province).filter((p): p is Province => !!p));
  return { entries, province: provinces.size === 1 ? [...provinces][0]! : null };
}

/**
 * The addressee a "của ..." phrase names ("của Công ty", "của Quý Công ty TNHH ...", "của Thuế thành phố Hồ
 * Chí" cut by the page): the phrase's words start the addressee's name, or the addressee's first words start
 * the phrase.
 */
export function addresseeNamedAt(letter: LetterAddressees, ofWords: readonly string[]): Addressee | null {
  const words = ofWords[0] === 'quy' ? ofWords.slice(1) : ofWords;
  if (words.length < 2) return null;
  const sharedWith = (e: Addressee) => {
    const n = Math.min(words.length, e.words.length);
    let shared = 0;
    while (shared < n && words[shared] === e.words[shared]) shared++;
    return shared;
  };
  // "Công ty" alone names the company written to; longer phrases share the name's first four words.
  for (const e of letter.entries) {
    const shared = sharedWith(e);
    if (shared === words.length || shared >= Math.min(4, e.words.length)) return e;
  }
  // The only addressee of its sort ("Công ty BOT TNHH ..." cited as "Công ty TNHH ..."): the same first two words.
  const sameSort = letter.entries.filter((e) => sharedWith(e) >= 2);
  return sameSort.length === 1 ? sameSort[0]! : null;
}
