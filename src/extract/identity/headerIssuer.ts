/**
 * The issuing body, from the header's agency column ("ỦY BAN NHÂN DÂN" / "TỈNH QUẢNG NINH", "BỘ TÀI CHÍNH
 * CỤC THUẾ", "ĐẢNG BỘ TỈNH X / TỈNH ỦY"), the line under the kind line ("NGHỊ QUYẾT / CỦA BAN THƯỜNG VỤ
 * TỈNH ỦY"), or the signature block ("TM. ỦY BAN NHÂN DÂN", "T/M TỈNH ỦY").
 */
import { NATIONAL } from '../types';
import { issuerAtTokens, type IssuerRef } from '../issuers';
import { findProvinces, provinceByName, type Province } from '../provinces';
import { squash } from '../displayText';
import { matchPattern, tokenizeWords, type Token } from '../matching';
import { kindOfCell, upperShare, type HeaderBlock, type HeaderCell } from './headerBlock';
import issuerData from '../data/issuers.json';

const ORGAN_HEADS: readonly string[] = issuerData.organHeads;

/** Tokens of a header cell without the national motto and Party name printed in the other column. */
function agencyTokens(c: HeaderCell): Token[] {
  const toks = tokenizeWords(c.folded);
  for (let i = 0; i < toks.length; i++) {
    if (matchPattern(toks, i, 'cong hoa xa hoi') || matchPattern(toks, i, 'doc lap tu do') || matchPattern(toks, i, 'dang cong san')) {
      return toks.slice(0, i);
    }
  }
  return toks;
}

/** Issuer named at one of a cell's first tokens, or after "của" ("NGHỊ QUYẾT CỦA BAN CHẤP HÀNH ..."). */
function issuerOnTokens(toks: readonly Token[], province: Province | null, allowBare = false): IssuerRef | null {
  let at = 0;
  while (at < toks.length && at < 2 && /^(?:tm|t|m|c[a-z1]{0,3}a)$/.test(toks[at]!.w)) at++;
  return issuerAtTokens(toks, at, province, allowBare)?.issuer ?? null;
}

/**
 * A body named later in the same cell, under the first one: a table cell holds the whole agency column
 * ("ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH SỞ NỘI VỤ"), whose last body issues.
 */
function subordinateInCell(cell: HeaderCell, toks: readonly Token[], first: IssuerRef, province: Province | null): IssuerRef | null {
  for (let at = 2; at < toks.length; at++) {
    const hit = issuerAtTokens(toks, at, province);
    if (!hit) continue;
    if (hit.issuer.family === 'DEPARTMENT' && first.family === 'PEOPLES_COMMITTEE') return hit.issuer;
    // "BỘ TÀI CHÍNH CỤC THUẾ": a department of a ministry issues.
    if (hit.issuer.family === 'NATIONAL_OTHER' && first.family === 'MINISTRY') return hit.issuer;
    // "CỤC THUẾ THUẾ TỈNH VĨNH LONG": the provincial office of a national department issues.
    if (provincialUnitOf(first, hit.issuer)) return hit.issuer;
  }
  // "UBND THÀNH PHỐ HÀ NỘI TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG": a body the lists do not know, under the committee.
  if (first.family === 'PEOPLES_COMMITTEE') {
    for (let at = 2; at < toks.length; at++) {
      if (!ORGAN_HEADS.some((h) => matchPattern(toks, at, h)?.cost === 0)) continue;
      const words = toks.slice(at).filter((t) => /[a-z]/.test(t.w));
      const raw = cell.text.slice(toks[at]!.start, words[words.length - 1]!.end);
      const name = raw.charAt(0) + raw.slice(1).toLocaleLowerCase('vi');
      const unit = first.name.replace(/^UBND\s+/, '');
      return { name: `${name} ${unit}`, family: 'PROVINCE_OTHER', jurisdiction: first.jurisdiction };
    }
  }
  // "... / VĂN PHÒNG": the office of the body above.
  const words = toks.map((t) => t.w).join(' ');
  if (/ van phong$/.test(words) && first.family !== 'NATIONAL_OTHER') {
    return { name: `Văn phòng ${first.name}`, family: first.jurisdiction === NATIONAL ? 'NATIONAL_OTHER' : 'PROVINCE_OTHER', jurisdiction: first.jurisdiction };
  }
  return null;
}

/** Words that make an unlisted body a central one: "BAN CHỈ ĐẠO NHÀ NƯỚC VỀ DU LỊCH", "... QUỐC GIA ...". */
const CENTRAL_WORDS = /\b(?:nha nuoc|quoc gia|trung uong|chinh phu)\b/;

/**
 * A body the lists do not know heading the agency column on its own ("BAN CHỈ ĐẠO NHÀ NƯỚC VỀ DU LỊCH", "BỘ
 * CHỈ HUY QUÂN SỰ TỈNH X"): named as printed when it opens with an organ's head word. Its province is the one
 * it names, else none when it calls itself central, else the text's.
 */
function unlistedBody(cell: HeaderCell, province: Province | null): IssuerRef | null {
  const toks = agencyTokens(cell).filter((t) => /[a-z]/.test(t.w));
  if (toks.length < 3 || !ORGAN_HEADS.some((h) => matchPattern(toks, 0, h)?.cost === 0)) return null;
  const raw = squash(cell.text.slice(toks[0]!.start, toks[toks.length - 1]!.end).replace(/[*_|]/g, ' '));
  const name = raw.charAt(0) + raw.slice(1).toLocaleLowerCase('vi');
  const named = findProvinces(raw);
  const words = toks.map((t) => t.w).join(' ');
  const p = named.length ? named[named.length - 1]!.province : CENTRAL_WORDS.test(words) ? null : province;
  return p ? { name, family: 'PROVINCE_OTHER', jurisdiction: p.jurisdiction } : { name, family: 'NATIONAL_OTHER', jurisdiction: NATIONAL };
}

/** "Thuế tỉnh X" under "Cục Thuế": a provincial office (its name carries the department's) of a national department. */
function provincialUnitOf(parent: IssuerRef, unit: IssuerRef): boolean {
  if (parent.family !== 'NATIONAL_OTHER' || unit.family !== 'PROVINCE_OTHER' || unit.jurisdiction === NATIONAL) return false;
  const head = parent.name.replace(/^Cục\s+/u, '');
  return head !== parent.name && unit.name.startsWith(`${head} `);
}

/**
 * Issuer from the header's agency column: the first capitalised cells, the motto column removed, read one by
 * one and joined ("ỦY BAN NHÂN DÂN" / "TỈNH QUẢNG NINH"). A department under the provincial committee
 * ("UBND TỈNH QUẢNG NINH" / "SỞ NỘI VỤ") is the issuer, not the committee.
 */
function agencyColumnIssuer(zone: readonly HeaderCell[], province: Province | null): IssuerRef | null {
  const caps = zone.filter((c) => upperShare(c.text) >= 0.7 && !kindOfCell(c)).slice(0, 8);
  let found: IssuerRef | null = null;
  for (let i = 0; i < caps.length; i++) {
    const toks = agencyTokens(caps[i]!);
    const own = issuerOnTokens(toks, province);
    const joined =
      i + 1 < caps.length
        ? issuerOnTokens(tokenizeWords([caps[i]!, caps[i + 1]!].map((c) => agencyTokens(c).map((t) => t.w).join(' ')).join(' ')), province)
        : null;
    const here = joined && (!own || joined.name.length > own.name.length) ? joined : own;
    if (!here) continue;
    if (!found) {
      found = subordinateInCell(caps[i]!, toks, here, province) ?? here;
      // "CỤC THUẾ" / "THUẾ TỈNH VĨNH LONG": the next line may name the national department's provincial office.
      const next = found.family === 'NATIONAL_OTHER' && i + 1 < caps.length ? issuerOnTokens(agencyTokens(caps[i + 1]!), province) : null;
      if (next && provincialUnitOf(found, next)) found = next;
      if (found.family !== 'PEOPLES_COMMITTEE') break;
      continue;
    }
    if (here.family === 'DEPARTMENT') found = here;
    break;
  }
  if (!found && caps.length) found = unlistedBody(caps[0]!, province);
  // "UBND TỈNH ĐỒNG NAI" / "VĂN PHÒNG": the office of the body above issues.
  if (found) {
    const at = caps.findIndex((c) => tokenizeWords(c.folded).map((t) => t.w).join(' ') === 'van phong');
    if (at > 0) return { name: `Văn phòng ${found.name}`, family: found.jurisdiction === NATIONAL ? 'NATIONAL_OTHER' : 'PROVINCE_OTHER', jurisdiction: found.jurisdiction };
  }
  return found;
}

/** "NGHỊ QUYẾT / CỦA BAN THƯỜNG VỤ THÀNH ỦY": the body named under the kind line is the precise issuer. */
function underKindLine(block: HeaderBlock, current: IssuerRef | null, textProvince: Province | null): IssuerRef | null {
  if (!block.kindLine) return null;
  const at = block.cells.indexOf(block.kindLine.cell);
  const next = block.cells[at + 1];
  if (!next || next.start >= block.end) return null;
  const toks = tokenizeWords(next.folded);
  if (!toks.length || !/^c[a-z1]{0,3}a$/.test(toks[0]!.w)) return null;
  const province = current && current.jurisdiction !== NATIONAL ? (provinceByName(current.jurisdiction) ?? textProvince) : textProvince;
  const own = issuerOnTokens(toks, province);
  return own && (!current || own.family === current.family || current.family === 'PARTY_PROVINCE') ? own : null;
}

/** "TM. ỦY BAN NHÂN DÂN": the signing body in the last lines, named without its level. */
function signatureIssuer(block: HeaderBlock, textProvince: Province | null): IssuerRef | null {
  for (const c of block.cells.slice(-30)) {
    const m = /(?:^|\s)t\s*\/?\s*m\s*[.:]?\s+/.exec(c.folded);
    if (!m) continue;
    const toks = tokenizeWords(c.folded, m.index + m[0].length);
    const hit = toks.length ? issuerAtTokens(toks, 0, textProvince, true) : null;
    if (hit) return hit.issuer;
  }
  return null;
}

export interface IssuerReading {
  issuer: IssuerRef;
  from: 'header' | 'signature';
}

/** The issuer printed in the document, or null (the symbol or the portal may still tell). */
export function readIssuer(block: HeaderBlock, textProvince: Province | null): IssuerReading | null {
  // The agency column comes before the kind line (capitalised lines after it are the title); a text that lost
  // it may still name the enacting body under the title ("HỘI ĐỒNG NHÂN DÂN TỈNH X" above "Căn cứ").
  const columnEnd = block.kindLine ? Math.min(block.end, block.kindLine.cell.start) : block.end;
  const header =
    agencyColumnIssuer(block.cells.filter((c) => c.start < columnEnd), textProvince) ??
    agencyColumnIssuer(block.cells.filter((c) => c.start < block.end), textProvince);
  const issuer = underKindLine(block, header, textProvince) ?? header;
  if (issuer) return { issuer, from: 'header' };
  const signed = signatureIssuer(block, textProvince);
  return signed ? { issuer: signed, from: 'signature' } : null;
}
