/**
 * Title and signer of a document: the "Về ..." line(s) under the kind line (or the first line of a headless
 * text that starts with "về"), and the personal name that ends the signature block.
 */
import { foldKeepLength } from '../folding';
import { triggerAt } from '../references/clauses';
import { tokenizeWords, lookalikeCost } from '../matching';
import { squash } from '../displayText';
import { HEADING_LINE, upperShare, type HeaderBlock } from './headerBlock';
import issuerData from '../data/issuers.json';
import { isSurname } from '../surnames';

export interface Line {
  start: number;
  end: number;
  text: string;
  folded: string;
}

/** Lines of a text with their folded form (blank lines kept: a title ends at one). */
export function linesOf(text: string, folded: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    out.push({ start, end, text: text.slice(start, end), folded: folded.slice(start, end) });
    if (nl < 0) break;
    start = nl + 1;
  }
  return out;
}

/** Signer: a personal name ending one of the last lines (surname first, 2 to 4 capitalised words). */
export function findSigner(lines: readonly Line[]): string | null {
  const tail = lines.slice(-25);
  for (let i = tail.length - 1; i >= 0; i--) {
    const l = tail[i]!;
    const m = /((?:\p{Lu}[\p{Ll}]*\s+){1,3}\p{Lu}[\p{Ll}]*)\s*[.,]?\s*$/u.exec(l.text);
    if (!m) continue;
    const words = m[1]!.trim().split(/\s+/);
    // Keep the longest suffix that starts with a surname.
    for (let k = 0; k + 1 < words.length; k++) {
      const first = foldKeepLength(words[k]!).trim();
      if (isSurname(first) && words.slice(k).every((w) => w.length > 1 || /\p{Lu}/u.test(w))) {
        const name = words.slice(k).join(' ');
        if (upperShare(name) < 0.6) return name;
      }
    }
  }
  return null;
}

/** How the line naming the enacting body opens ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ..."), folded. */
const ENACTING_BODY = new RegExp(`^(?:${issuerData.enactingBodies.join('|')})\\b`);

/**
 * A title printed in capitals right under the kind line ("LUẬT / DỮ LIỆU", "QUYẾT ĐỊNH / PHÂN CẤP THẨM QUYỀN
 * ..."), its lines joined; not the issuer's "CỦA ..." line nor the enacting body's line before "Căn cứ".
 */
function upperCaseTitle(lines: readonly Line[], i: number, zoneEnd: number): string | null {
  while (i < lines.length && !lines[i]!.text.trim()) i++;
  const parts: string[] = [];
  for (; i < lines.length && lines[i]!.start < zoneEnd && parts.length < 5; i++) {
    const l = lines[i]!;
    const t = l.text.trim();
    if (!t || /^[_\-=.*]{3,}/.test(t) || /^\|/.test(t) || upperShare(t) < 0.8) break;
    const toks = tokenizeWords(l.folded);
    if (!parts.length && toks.length && /^c[a-z1]{0,3}a$/.test(toks[0]!.w)) return null;
    if (triggerAt(toks, 0) || HEADING_LINE.test(l.folded)) break;
    // The line before "Căn cứ" names the enacting body ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NGHỆ AN"), not the title.
    if (ENACTING_BODY.test(l.folded.trimStart())) break;
    parts.push(t);
  }
  if (!parts.length) return null;
  const title = squash(parts.join(' '));
  return title.length >= 4 ? title : null;
}

/** Title: the "Về ..." line(s) after the kind line, or the first line of a headless text that starts with "về". */
export function findTitle(lines: readonly Line[], from: number, zoneEnd: number, kindFound: boolean): string | null {
  let i = lines.findIndex((l) => l.start >= from);
  if (i < 0) return null;
  if (kindFound) {
    const upper = upperCaseTitle(lines, i, zoneEnd);
    if (upper) return upper;
  }
  for (; i < lines.length && lines[i]!.start < zoneEnd; i++) {
    const l = lines[i]!;
    const toks = tokenizeWords(l.folded);
    if (!toks.length) continue;
    const first = toks[0]!;
    const isVe = (first.w.length <= 2 && lookalikeCost('ve', first.w) !== null && first.w !== 'vi') || /^\s*v\/v\b/.test(l.folded);
    if (!isVe) {
      if (!kindFound || upperShare(l.text) > 0.6 || /^[\s_\-=.*]*$/.test(l.text)) continue;
      if (triggerAt(toks, 0) || HEADING_LINE.test(l.folded)) return null;
    }
    const parts = [l.text];
    let blank = false;
    for (let j = i + 1; j < lines.length && parts.length < 6; j++) {
      const n = lines[j]!;
      if (!n.text.trim()) {
        blank = true;
        continue;
      }
      const t = n.text.trim();
      if (/^[_\-=.*]{3,}/.test(t) || upperShare(t) > 0.6 || HEADING_LINE.test(n.folded)) break;
      const nt = tokenizeWords(n.folded);
      if (triggerAt(nt, 0)) break;
      // A capitalised line starts something new ("Thực hiện ...", "Hà Nội, ngày ..."), unless the title broke
      // before a proper name ("... tỉnh / Quảng Ninh năm 2025").
      const prevEnd = foldKeepLength(parts[parts.length - 1]!).trim();
      const beforeName = /(?:tinh|thanh pho|huyen|xa|cua|va|ve|tai|voi|doi voi|,|-|–)$/.test(prevEnd);
      if (/^\p{Lu}/u.test(t) && (blank || !beforeName)) break;
      parts.push(n.text);
      blank = false;
    }
    const title = squash(parts.join(' '));
    return title.length >= 4 ? title : null;
  }
  return null;
}


/**
 * An official letter's subject, printed under its number in the header: "Số: 3799/CHQ-GSQL / V/v khai bổ
 * sung", in the number's cell or on its own line.
 */
export function letterSubject(block: HeaderBlock): string | null {
  for (const c of block.cells) {
    if (c.start >= block.end) break;
    const m = /(?:^|\s)v\s*\/\s*v\s*[:.]?\s+/.exec(c.folded);
    if (!m) continue;
    // As the letter prints it, "V/v" included (the form titles of letters take elsewhere).
    const subject = squash(c.text.slice(m.index)).replace(/[\s,;:.]+$/, '');
    return subject.length >= 8 ? subject : null;
  }
  return null;
}
