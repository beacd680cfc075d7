/**
 * The document itself: kind, symbol, date, place, issuer, jurisdiction, title and signer, read from its
 * header ("UBND TỈNH QUẢNG NINH ... Số: 2898/QĐ-UBND  Quảng Ninh, ngày 23 tháng 7 năm 2025 / QUYẾT ĐỊNH / Về
 * ..."), its enacting line ("ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH" above the Căn cứ block), its signature block
 * ("TM. ỦY BAN NHÂN DÂN", "T/M TỈNH ỦY") and, when the header is missing, from the body: the kind from
 * "Nghị quyết này ..." self-references, the province from the places it names most, the date from a
 * closing "thông qua ngày ..." (HĐND resolutions). Unknown fields stay null.
 */
import { foldKeepLength } from '../folding';
import { NATIONAL, type DocumentIdentity, type DocumentKind } from '../types';
import { dateAtStart, findDates } from '../dates';
import { issuerAtTokens, type IssuerRef } from '../issuers';
import { dominantProvince, provinceAtTokens, provinceByName, type Province } from '../provinces';
import { documentKey, inferIssuer, type ParsedSymbol } from '../symbols';
import { KIND_WORDS, isSoToken, kindAt } from '../documentKinds';
import { triggerAt } from '../references/clauses';
import { findSymbols, maskUrls } from '../findSymbols';
import { matchPhrase, squash, tokenize, wordCost } from '../ocr';

export interface IdentityResult {
  identity: DocumentIdentity;
  /** Province of the document (also for a national document that names one in its header), or null. */
  province: Province | null;
  /** Span of the own symbol in the header, to skip it as a citation. */
  symbolSpan: { start: number; end: number } | null;
  /** Whether the header (agency line, symbol, date) was found at all. */
  hasHeader: boolean;
}

interface Line {
  start: number;
  end: number;
  text: string;
  folded: string;
}

function linesOf(text: string, folded: string): Line[] {
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

function upperShare(s: string): number {
  const letters = s.replace(/[^\p{L}]/gu, '');
  if (!letters) return 0;
  return letters.replace(/[^\p{Lu}]/gu, '').length / letters.length;
}

const HEADING_LINE = /^\s*(?:[ivxl]{1,5}[.\-]\s|\d{1,2}\.\s|dieu\s+1\b|chuong\s+i\b|phan\s+i\b)/;

/** Offset where the header zone ends: the first Căn cứ / heading / Điều 1, at most 2500 characters in. */
function headerEnd(lines: readonly Line[]): number {
  for (const l of lines) {
    if (l.start > 2500) return l.start;
    const toks = tokenize(l.folded);
    const lead = toks.findIndex((t) => /[a-z]/.test(t.w));
    if (lead >= 0 && lead <= 1 && triggerAt(toks, lead)) return l.start;
    if (HEADING_LINE.test(l.folded) && l.start > 0) return l.start;
  }
  return lines.length ? lines[lines.length - 1]!.end : 0;
}

/** A line that is only a kind word ("NGHỊ QUYẾT", "QUYET PINH", "KẾ HOẠCH"). */
function kindLine(l: Line): DocumentKind | null {
  const toks = tokenize(l.folded).filter((t) => /[a-z]/.test(t.w));
  if (!toks.length || toks.length > 3 || upperShare(l.text) < 0.6) return null;
  const k = kindAt(toks, 0);
  return k && k.tokens === toks.length ? k.kind : null;
}

/** Kind most often named as "<kind> này" ("Nghị quyết này được phổ biến ..."), for a text without header. */
function kindFromSelfReferences(folded: string): DocumentKind | null {
  const toks = tokenize(folded);
  const counts = new Map<DocumentKind, number>();
  for (let i = 0; i + 1 < toks.length; i++) {
    if (toks[i + 1]!.w !== 'nay' && toks[i + 2]?.w !== 'nay') continue;
    const k = kindAt(toks, i);
    if (!k || k.cost > 0 || toks[i + k.tokens]?.w !== 'nay') continue;
    if (k.kind === 'OTHER' || k.kind === 'CONG_VAN') continue;
    counts.set(k.kind, (counts.get(k.kind) ?? 0) + 1);
  }
  let best: DocumentKind | null = null;
  let n = 1;
  for (const [k, c] of counts) {
    if (c > n) {
      best = k;
      n = c;
    }
  }
  return best;
}

/** Tokens of a header line without the national motto and Party name printed in the other column. */
function agencyTokens(l: Line) {
  const toks = tokenize(l.folded);
  for (let i = 0; i < toks.length; i++) {
    if (matchPhrase(toks, i, 'cong hoa xa hoi') || matchPhrase(toks, i, 'doc lap tu do') || matchPhrase(toks, i, 'dang cong san')) {
      return toks.slice(0, i);
    }
  }
  return toks;
}

/** Issuer named on a line at one of its first tokens, or after "của" ("NGHỊ QUYẾT CỦA BAN CHẤP HÀNH ..."). */
function issuerOnTokens(toks: ReturnType<typeof tokenize>, province: Province | null, allowBare = false): IssuerRef | null {
  let at = 0;
  while (at < toks.length && at < 2 && /^(?:tm|t|m|c[a-z1]{0,3}a)$/.test(toks[at]!.w)) at++;
  return issuerAtTokens(toks, at, province, allowBare)?.issuer ?? null;
}

/**
 * Issuer from the header's agency column: the first capitalised lines, the motto column removed, read one by
 * one and joined ("ỦY BAN NHÂN DÂN" / "TỈNH QUẢNG NINH"). A department under the provincial committee
 * ("UBND TỈNH QUẢNG NINH" / "SỞ NỘI VỤ") is the issuer, not the committee.
 */
function headerIssuer(zone: readonly Line[], province: Province | null): IssuerRef | null {
  const caps = zone.filter((l) => l.text.trim() && upperShare(l.text) >= 0.7 && !kindLine(l)).slice(0, 8);
  let found: IssuerRef | null = null;
  for (let i = 0; i < caps.length; i++) {
    const own = issuerOnTokens(agencyTokens(caps[i]!), province);
    const joined = i + 1 < caps.length ? issuerOnTokens(tokenize([caps[i]!, caps[i + 1]!].map((l) => agencyTokens(l).map((t) => t.w).join(' ')).join(' ')), province) : null;
    const here = joined && (!own || joined.name.length > own.name.length) ? joined : own;
    if (!here) continue;
    if (!found) {
      found = here;
      if (here.family !== 'PEOPLES_COMMITTEE') break;
      continue;
    }
    if (here.family === 'DEPARTMENT') found = here;
    break;
  }
  // "UBND TỈNH ĐỒNG NAI" / "VĂN PHÒNG": the office of the body above issues.
  if (found) {
    const at = caps.findIndex((l) => tokenize(l.folded).map((t) => t.w).join(' ') === 'van phong');
    if (at > 0) return { name: `Văn phòng ${found.name}`, family: 'PROVINCE_OTHER', jurisdiction: found.jurisdiction };
  }
  return found;
}

const SURNAMES = new Set(
  'nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dinh dao cao luong trinh mai ta lam ha to doan truong chu kieu vuong thai luu quach tang chau trieu than nong lo hua la phung ton van giang tong khuc kim hong quan'.split(' '),
);

/** Signer: a personal name ending one of the last lines (surname first, 2 to 4 capitalised words). */
function findSigner(lines: readonly Line[]): string | null {
  const tail = lines.slice(-25);
  for (let i = tail.length - 1; i >= 0; i--) {
    const l = tail[i]!;
    const m = /((?:\p{Lu}[\p{Ll}]*\s+){1,3}\p{Lu}[\p{Ll}]*)\s*[.,]?\s*$/u.exec(l.text);
    if (!m) continue;
    const words = m[1]!.trim().split(/\s+/);
    // Keep the longest suffix that starts with a surname.
    for (let k = 0; k + 1 < words.length; k++) {
      const first = foldKeepLength(words[k]!).trim();
      if (SURNAMES.has(first) && words.slice(k).every((w) => w.length > 1 || /\p{Lu}/u.test(w))) {
        const name = words.slice(k).join(' ');
        if (upperShare(name) < 0.6) return name;
      }
    }
  }
  return null;
}

/** Title: the "Về ..." line(s) after the kind line, or the first line of a headless text that starts with "về". */
function findTitle(lines: readonly Line[], from: number, zoneEnd: number, kindFound: boolean): string | null {
  let i = lines.findIndex((l) => l.start >= from);
  if (i < 0) return null;
  for (; i < lines.length && lines[i]!.start < zoneEnd; i++) {
    const l = lines[i]!;
    const toks = tokenize(l.folded);
    if (!toks.length) continue;
    const first = toks[0]!;
    const isVe = (first.w.length <= 2 && wordCost('ve', first.w) !== null && first.w !== 'vi') || /^\s*v\/v\b/.test(l.folded);
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
      const nt = tokenize(n.folded);
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
 * Date and place from the header line "Quảng Ninh, ngày 23 tháng 7 năm 2025": among the first lines, the
 * date either starts its line ("ngày ...") or follows a short place name and a comma (the motto or the
 * symbol may share the line in OCR).
 */
function headerDate(text: string, folded: string, topEnd: number, symbolEnd: number | null) {
  for (const d of findDates(text.slice(0, topEnd))) {
    const lineStart = text.lastIndexOf('\n', d.start - 1) + 1;
    const from = symbolEnd !== null && symbolEnd > lineStart && symbolEnd <= d.start ? symbolEnd : lineStart;
    const before = text.slice(from, d.start);
    // OCR may put the motto column on the same line: keep what follows it.
    const motto = /ph[a-z]{1,3}c\s+(?=\S)/.exec(folded.slice(from, d.start));
    const placePart = motto ? before.slice(motto.index + motto[0].length) : before;
    const dayWord = /^\s*ng/.test(folded.slice(d.start, d.start + 4)) || /ng\S{1,2}y\s*$/.test(folded.slice(from, d.start));
    if (!(/,\s*$/.test(placePart) && dayWord) && placePart.trim()) continue;
    const placeRaw = squash(placePart.replace(/,\s*$/, '').replace(/^[^\p{L}]+/u, ''));
    // A place is a few words; OCR may put digits inside them ("Ha N6i") but never a number of its own.
    if (/(?:^|\s)\d+(?:\s|$)|\//.test(placeRaw) || placeRaw.split(' ').length > 5) continue;
    let place: string | null = placeRaw.length >= 2 && placeRaw.length <= 40 ? placeRaw : null;
    if (place) {
      const toks = tokenize(foldKeepLength(place));
      // Header place names are short and may be badly damaged ("Quadng Ngdai"): allow two edits.
      const p = provinceAtTokens(toks, 0, 2) ?? (toks.length ? provinceAtTokens(toks, Math.max(0, toks.length - 2), 2) : null);
      if (p) place = p.province.name;
    }
    return { date: d.iso, place, lineStart };
  }
  return null;
}

/** "... thông qua ngày 12 tháng 7 năm 2023": the passing date of a council resolution. */
function passingDate(folded: string): string | null {
  const re = /thong qua\s+(?=ng)/g;
  let found: string | null = null;
  for (const m of folded.matchAll(re)) {
    const d = dateAtStart(folded.slice(m.index + m[0].length, m.index + m[0].length + 40));
    if (d) found = d.iso;
  }
  return found;
}

/** Read the document's own identity. Never throws; unknown fields are null. */
export function extractIdentity(text: string): IdentityResult {
  const masked = maskUrls(text);
  const folded = foldKeepLength(masked);
  const lines = linesOf(masked, folded);
  const zoneEnd = headerEnd(lines);
  const zone = lines.filter((l) => l.start < zoneEnd);
  const textProvince = dominantProvince(masked);

  // Kind line first: the header's "Số: ..." line comes before it.
  let kindLineAt = -1;
  let kind: DocumentKind | null = null;
  for (const l of zone) {
    const k = kindLine(l);
    if (k) {
      kind = k;
      kindLineAt = l.start;
      break;
    }
  }

  // Own symbol: "Số: 2898/QĐ-UBND" at a line start near the top, before the kind line, and not the
  // continuation of a citation broken across lines ("Nghị quyết\nsố 08/NQ-HĐND ...").
  let parsed: ParsedSymbol | null = null;
  let symbolSpan: { start: number; end: number } | null = null;
  const topLines = lines.filter((l) => l.text.trim()).slice(0, 10);
  const topEnd = Math.min(zoneEnd, kindLineAt >= 0 ? kindLineAt + 1 : Infinity, topLines.length ? topLines[topLines.length - 1]!.end : 0);
  for (const hit of findSymbols(masked.slice(0, topEnd))) {
    const lineStart = masked.lastIndexOf('\n', hit.start - 1) + 1;
    // The header's "Số:" opens its line (OCR may put a short motto or place fragment before it).
    if (hit.start - lineStart > 60) continue;
    const prevLine = [...lines].reverse().find((l) => l.end < lineStart && l.text.trim());
    const prevToks = prevLine ? tokenize(prevLine.folded) : [];
    if (prevToks.length && (kindAt(prevToks, Math.max(0, prevToks.length - 2)) || isSoToken(prevToks[prevToks.length - 1]!.w))) continue;
    const before = tokenize(folded, lineStart, hit.start).filter((t) => /[a-z0-9]/.test(t.w));
    const soFirst = before.length === 1 && isSoToken(before[0]!.w);
    if (soFirst || before.length === 0 || (before.length <= 3 && before.some((t) => isSoToken(t.w)) && upperShare(masked.slice(lineStart, hit.start)) > 0.5)) {
      parsed = hit.parsed;
      symbolSpan = { start: hit.start, end: hit.end };
      break;
    }
  }

  // Kind: the header's kind line, else the symbol's type code, else "<kind> này" in the body.
  if (parsed?.kind && parsed.kind !== kind) kind = kind === 'QUY_DINH' && parsed.typeCode === 'QĐ' ? kind : parsed.kind;
  if (!kind && parsed && !parsed.typeCode) kind = parsed.scope === 'national' && /^QH/.test(parsed.agency) ? null : 'CONG_VAN';
  if (!kind) kind = kindFromSelfReferences(folded);

  // Issuer: an agency line in the header zone (mostly capitals, or the kind line's "CỦA ..." line), the
  // signature block ("TM. ỦY BAN NHÂN DÂN", "T/M TỈNH ỦY"), then the symbol.
  let issuer: IssuerRef | null = headerIssuer(zone, textProvince);
  // "NGHỊ QUYẾT / CỦA BAN THƯỜNG VỤ THÀNH ỦY": the body named under the kind line is the precise issuer.
  if (kindLineAt >= 0) {
    const next = zone.find((l) => l.start > kindLineAt && l.text.trim());
    const toks = next ? tokenize(next.folded) : [];
    if (toks.length && /^c[a-z1]{0,3}a$/.test(toks[0]!.w)) {
      const own = issuerOnTokens(toks, issuer && issuer.jurisdiction !== NATIONAL ? (provinceByName(issuer.jurisdiction) ?? textProvince) : textProvince);
      if (own && (!issuer || own.family === issuer.family || issuer.family === 'PARTY_PROVINCE')) issuer = own;
    }
  }
  const fromHeader = !!issuer;
  if (!issuer) {
    const tail = lines.slice(-30);
    for (const l of tail) {
      const m = /(?:^|\s)t\s*\/?\s*m\s*[.:]?\s+/.exec(l.folded);
      if (!m) continue;
      const toks = tokenize(l.folded, m.index + m[0].length);
      // "TM. ỦY BAN NHÂN DÂN": the signing body, named without its level.
      const hit = toks.length ? issuerAtTokens(toks, 0, textProvince, true) : null;
      if (hit) {
        issuer = hit.issuer;
        break;
      }
    }
  }
  const issuerProvince = issuer && issuer.jurisdiction !== NATIONAL ? (provinceByName(issuer.jurisdiction) ?? textProvince) : null;
  if (!issuer && parsed) issuer = inferIssuer(parsed, textProvince);

  // Date and place.
  const hd = headerDate(masked, folded, Math.max(topEnd, symbolSpan?.end ?? 0, Math.min(zoneEnd, (topLines[5]?.end ?? 0))), symbolSpan?.end ?? null);
  let date = hd?.date ?? null;
  let dateNote: string | null = null;
  if (!date) {
    date = passingDate(folded);
    if (date) dateNote = 'Date from the closing "thông qua ngày ..." (no dated header).';
  }
  const place = hd?.place ?? null;

  // The header's place ("Quảng Ninh, ngày ...") names the province when the issuer line does not.
  const placeProvince = provinceByName(place);
  const province = issuerProvince ?? (issuer?.jurisdiction === NATIONAL ? null : (placeProvince ?? textProvince));
  let jurisdiction: string | null = null;
  if (issuer) jurisdiction = issuer.jurisdiction;
  else if (parsed?.scope === 'national') jurisdiction = NATIONAL;
  else if (parsed && province) jurisdiction = province.name;

  const kindLineEnd = kindLineAt >= 0 ? masked.indexOf('\n', kindLineAt) : -1;
  const title = findTitle(lines, kindLineEnd >= 0 ? kindLineEnd + 1 : 0, Math.max(zoneEnd, 600), kindLineAt >= 0);
  const signer = findSigner(lines);

  const notes: string[] = [];
  const hasHeader = !!(parsed || hd);
  if (!parsed) notes.push('No number and symbol in the text.');
  if (!hasHeader) notes.push('No header (symbol, place and date line) found.');
  if (dateNote) notes.push(dateNote);
  if (kind && kindLineAt < 0 && !parsed?.kind) notes.push(`Kind inferred from "${KIND_WORDS.find((k) => k.kind === kind)?.display ?? kind} này" in the body.`);
  if (issuer && !fromHeader) notes.push('Issuer from the signature block or the symbol.');

  const identity: DocumentIdentity = {
    kind,
    symbol: parsed?.symbol ?? null,
    date,
    place,
    issuer: issuer?.name ?? null,
    jurisdiction,
    title,
    signer,
    key: '',
    notes: notes.length ? notes.join(' ') : null,
  };
  identity.key = documentKey({ ...identity });
  return { identity, province, symbolSpan, hasHeader };
}

