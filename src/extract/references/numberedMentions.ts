/**
 * Numbered citations: each symbol in the text read outwards, the kind word before it ("Nghị quyết số",
 * "Luật Quản lý ... số"), the date after it, the issuer ("của Thủ tướng Chính phủ", or "của Bộ Nội vụ tại
 * Văn bản số ..." before it), the Party term and a title ("về ...", "ban hành ...").
 */
import { NATIONAL, type DocumentKind } from '../types';
import { dateAtStart, yearFromSymbol } from '../dates';
import { issuerAtStart, type IssuerRef } from '../issuers';
import { provinceByName, type Province } from '../provinces';
import { inferIssuer, parseSymbol, symbolIssuerFamily, type ParsedSymbol } from '../symbols';
import { isSoToken, kindEndingAt } from '../documentKinds';
import { tokenizeWords, lookalikeCost } from '../matching';
import { squash } from '../displayText';
import { findSymbols } from '../findSymbols';
import { letterNumberHits } from './letterNumbers';
import cueData from '../data/cues.json';
import type { Mention, ReferenceContext } from './mention';
import { addresseeNamedAt, type Addressee } from './addressees';

const OF_RE = /^[\s,]*(c[a-z1]{0,3}a)\s+/;
/**
 * "của Chi cục Thuế Khu vực V (nay là ": a branch (chi cục) abolished in the 2025 reorganisation, whose name is
 * no body of its own any more; its successor's name follows. A body that still reads as an issuer ("Bộ Nông
 * nghiệp và PTNT (nay là ...)", "UBND tỉnh Tiền Giang (nay là ...)") keeps its own name, as the gold does.
 */
const RENAMED_RE = /^[\s,]*c[a-z1]{0,3}a\s+(?:chi\s+cuc|cuc\s+thue\s+(?:tinh|thanh\s+pho|tp))\s+[^;:()\n]{2,60}?(?:\n[^;:()\n]{0,40}?)?\(\s*nay\s+l[a-z]\s+/;
/**
 * The writer as the subject of a letter's narrative, right before the citation: "Ngày 26/02/2025, Cục Thuế
 * tỉnh Vĩnh Phúc (nay là Thuế tỉnh Phú Thọ) có Thông báo số ...", "..., Cục Thống kê đã có công văn số ...".
 */
const SUBJECT_BEFORE = /(?:^|[,.;:]\s+|\n\s*\n\s*)([^,.;:]{3,120}?)\s+(?:da\s+)?(?:co|ban\s+hanh)\s+$/;
const NOW_NAMED = /\(\s*nay\s+l[a-z]\s+([^)]{3,60})\)/;
/** Words that end a "của ..." name: "của Công ty về việc ...", "của Thuế tỉnh X gửi ...", "... ngày ...". */
const OF_STOP: ReadonlySet<string> = new Set(cueData.ofNameStops);
/** "các Quyết định của UBND tỉnh X, trong đó có Quyết định số ...": the words that open a list's member after its issuer. */
const MEMBER_OPENER = new RegExp(`[\\s,]+(?:${cueData.listMemberOpeners.join('|')})\\s*:?\\s*$`);
/** The word before a form's number ("Mẫu số 01/TK-SDDPNN"), folded. */
const FORM_WORDS: ReadonlySet<string> = new Set(cueData.formNumberWords);
/** "của" as OCR may write it, before an issuer. */
const OF_WORD = /c[a-z1]{0,3}a\s+/g;

/**
 * The issuer of a list the citation is a member of, written before it: "trên cơ sở các Quyết định của Ủy ban nhân
 * dân tỉnh Vĩnh Phúc, trong đó có Quyết định số 05/2025/QĐ-UBND". Only where the issuer fills the words between
 * the last "của" and the opener.
 */
function listIssuerBefore(folded: string, start: number, province: Province | null): IssuerRef | null {
  const before = folded.slice(Math.max(0, start - 160), start);
  const opener = MEMBER_OPENER.exec(before);
  if (!opener) return null;
  const of = [...before.slice(0, opener.index).matchAll(OF_WORD)].pop();
  if (!of) return null;
  const name = before.slice(of.index + of[0].length, opener.index);
  const iss = issuerAtStart(name, province);
  return iss && !name.slice(iss.end).trim() ? iss.issuer : null;
}

/** The folded words of a name after "của", up to punctuation or a word that cannot be part of it, and where they end. */
function ofWords(after: string): { words: string[]; end: number } {
  const words: string[] = [];
  let end = 0;
  for (const m of after.matchAll(/[a-z0-9]+|[^a-z0-9\s]/g)) {
    const w = m[0];
    if (!/^[a-z0-9]+$/.test(w) || OF_STOP.has(w) || words.length >= 14) break;
    words.push(w);
    end = m.index + w.length;
  }
  return { words, end };
}

/** Words opening a company's or an association's name, folded ("Hội" only before a name, not "Hội đồng", "Hội nghị"). */
const ORGANISATION_HEAD = /^(?:quy\s+)?(?=(?:tong\s+)?cong\s+ty\b|tap\s+doan\b|ngan\s+hang\s+(?!nha\s+nuoc)|hiep\s+hoi\b|hoi\s+(?!dong\b|nghi\b|dap\b|vien\b))/;

/**
 * A company's or an association's name at `from` (folded text, the NFC text at the same offsets), as written:
 * its words up to punctuation or a word that cannot be part of it (`ofNameStops`), a dash joining two names
 * ("Hội Chăn nuôi Việt Nam - Hiệp hội Thức ăn Chăn nuôi", "BIA SÀI GÒN – BẾN TRE") kept.
 */
function organisationAt(text: string, folded: string, from: number): string | null {
  const head = ORGANISATION_HEAD.exec(folded.slice(from, from + 40));
  if (!head) return null;
  const start = from + head[0].length;
  let end = start;
  let words = 0;
  let dash = false;
  const toks = [...folded.slice(start, start + 200).matchAll(/[a-z0-9]+|[^a-z0-9\s]/g)];
  for (let i = 0; i < toks.length; i++) {
    const m = toks[i]!;
    const w = m[0];
    if (/^[-–]$/.test(w) && words >= 3 && !dash) {
      dash = true;
      continue;
    }
    // "cổ phần" folds to "co phan", whose "co" ("có") would end a name.
    const shareCompany = w === 'co' && toks[i + 1]?.[0] === 'phan';
    if (!/^[a-z0-9]+$/.test(w) || (OF_STOP.has(w) && !shareCompany) || words >= 16) break;
    dash = false;
    words++;
    end = start + m.index + w.length;
  }
  return words >= 3 ? squash(text.slice(start, end)) : null;
}

/** A capital "Luật" opening a law's name: before a capitalised word, or before any word where the number says law. */
const LAW_WORD_NAMED = /(?<![\p{L}\d])L[uư][\p{L}@]{1,2}t\s+(?=\p{Lu})/gu;
const LAW_WORD_ANY = /(?<![\p{L}\d])L[uư][\p{L}@]{1,2}t\s+(?=\p{L})/gu;

/** One table cell border between a citation and what follows it, bold marks and spaces around. */
const CELL_BORDER = /^[ \t*_]*\n?[ \t]*\|[ \t*_]*\n?[ \t*_]*(?=\S)(?!\|)/;

/** What the National Assembly issues under a number ("Bộ luật" reads as a law). */
const ASSEMBLY_KINDS: ReadonlySet<DocumentKind> = new Set(['LUAT', 'NGHI_QUYET', 'OTHER']);

const TERM_RE = /^[\s,]*\(?kh[a-z]{1,2}a\s+[xvil]{1,6}\)?/;
const TITLE_START_RE = /^[\s,:]*(?=(?:ve|v\/v|ban hanh|phe duyet|quy dinh|huong dan|thuc hien|[“"]))/;

export function familiesCompatible(p: ParsedSymbol | null, stated: IssuerRef, inferred: IssuerRef | null): boolean {
  if (!p) return true;
  const f = symbolIssuerFamily(p);
  if (!f) return true;
  if (f !== stated.family) return false;
  if (f === 'MINISTRY' || f === 'NATIONAL_OTHER' || f === 'DEPARTMENT') return !inferred || inferred.name === stated.name;
  return true;
}

/** Kind from the kind word and the symbol's type code: the code wins, except where it cannot tell. */
function resolveKind(word: DocumentKind | null, p: ParsedSymbol | null): DocumentKind | null {
  const code = p?.kind ?? null;
  if (word === 'QUY_DINH' && p?.typeCode === 'QĐ') return 'QUY_DINH';
  // Only the Government issues decrees: "Thông tư số 03/2025/NĐ-VPCP" misprints the type, the word tells the kind.
  if (word && p?.typeCode === 'NĐ' && !/^CP\b/.test(p.agency)) return word;
  if (code) return code;
  if (word) return word;
  return null;
}

function readTitle(text: string, folded: string, from: number, limit: number): { title: string; end: number } | null {
  const m = TITLE_START_RE.exec(folded.slice(from, from + 12));
  if (!m) return null;
  const start = from + m[0].length;
  const window = folded.slice(start, Math.min(limit, start + 320));
  const quoted = /^[“"]/.test(window);
  let stop = window.length;
  const enders = quoted ? /[”"](?=[^”"]*)/ : /;|\.(?=\s|$)|\n\s*\n\s*(?=[A-Z])/;
  const e = enders.exec(quoted ? window.slice(1) : window);
  if (e) stop = e.index + (quoted ? 2 : 0);
  const raw = squash(text.slice(start, start + stop)).replace(/[\s,;:.]+$/, '');
  if (raw.length < 3) return null;
  return { title: raw, end: start + stop };
}

/** Numbered citations, each read with its kind, date, issuer and title. */
export function numberedMentions(text: string, folded: string, ctx: ReferenceContext): Mention[] {
  const out: Mention[] = [];
  const hits = findSymbols(text);
  const ownAgencies = new Set(ctx.ownIssuer ? ctx.ownSymbols.map((s) => parseSymbol(s)?.agency).filter((a): a is string => !!a) : []);
  for (const hit of [...hits, ...letterNumberHits(text, folded, hits)].sort((a, b) => a.start - b.start)) {
    const p = hit.parsed;
    // Kind word (and "số") just before the symbol.
    const toks = tokenizeWords(folded, Math.max(0, hit.start - 100), hit.start);
    let last = toks.length - 1;
    let hasSo = false;
    if (last >= 0 && isSoToken(toks[last]!.w)) {
      hasSo = true;
      last--;
    }
    // "tại Mẫu số 01/TK-SDDPNN - Tờ khai thuế ...", "(Mẫu số 02/BCTC)": a form's number, no document.
    if (last >= 0 && FORM_WORDS.has(toks[last]!.w)) continue;
    let km = last >= 0 ? kindEndingAt(toks, last) : null;
    // "... quy phạm pháp luật số 64/2025/QH15": a lower-case "luật" ends a law's name ("pháp luật"), it is not
    // the kind word; the capitalised "Luật" that opens the name is looked for below.
    if (km && km.kind === 'LUAT' && /^l/.test(text[toks[km.first]!.start]!)) km = null;
    // A National Assembly number is a law's or a resolution's: another kind word before it is a law's name read
    // as one ("Luật Đầu tư theo phương thức đối tác công tư số 64/2020/QH14": "công tư" is no "Thông tư").
    if (km && /^QH\d+$/.test(p.agency) && !ASSEMBLY_KINDS.has(km.kind)) km = null;
    let start = km ? toks[km.first]!.start : hasSo ? toks[last + 1]!.start : hit.start;
    // "Luật Quản lý, sử dụng tài sản công số 15/2017/QH14": a law's name sits between the word and "số".
    let lawName: string | null = null;
    // A National Assembly number ("85/2015/QH13") is a law's or a resolution's: after a capital "Luật" the name
    // may go on in lower case ("Luật bầu cử đại biểu ... số 85/2015/QH13", "Luật quản lý, sử dụng tài sản công
    // 15/2017/QH14") and run long (an amending law lists the laws it amends).
    const assembly = /^QH\d+$/.test(p.agency);
    if (!km && (hasSo || assembly)) {
      const from = Math.max(0, start - (assembly ? 400 : 200));
      const window = text.slice(from, start);
      let law: RegExpExecArray | null = null;
      for (const m of window.matchAll(assembly ? LAW_WORD_ANY : LAW_WORD_NAMED)) law = m as RegExpExecArray;
      if (law && lookalikeCost('luat', folded.slice(from + law.index, from + law.index + 4)) !== null && !/[;]|\.\s/.test(window.slice(law.index))) {
        // "Luật sửa đổi, bổ sung một số điều của Luật X số 87/2025/QH15": the number is the amending law's.
        // "... của Luật Cán bộ, công chức và Luật viên chức số 52/2019/QH14": the laws it amends may be several.
        const amending =
          /(?<![\p{L}\d])L[uư][\p{L}@]{1,2}t\s+s[ửu]a\s+đ[ổo]i[^;]*?c[ủu]a\s*$/u.exec(window.slice(0, law.index)) ??
          (assembly ? /(?<![\p{L}\d])L[uư][\p{L}@]{1,2}t\s+s[ửu]a\s+đ[ổo]i[^;]*?c[ủu]a\s+(?:(?!\d\/)[^;])*$/u.exec(window.slice(0, law.index)) : null);
        const at = amending && !/[;]|\.\s/.test(window.slice(amending.index)) ? amending.index : law.index;
        lawName = squash(window.slice(at)).replace(/[\s,]+$/, '');
        start = from + at;
      }
    }

    // Date, issuer and Party term after it.
    let pos = hit.end;
    const afterTinh = /^\s*(?:tinh|thanh pho)(?=\s+ng)/.exec(folded.slice(pos, pos + 20));
    if (afterTinh) pos += afterTinh[0].length;
    let ws = /^[\s,(]*/.exec(folded.slice(pos, pos + 10))![0].length;
    let written = dateAtStart(folded.slice(pos + ws, pos + ws + 40));
    // A table's next cell holding the date alone ("Quyết định số 1234/QĐ-UBND | ngày 12/3/2025 | Trích yếu"):
    // a cell border, then the date opening the cell (a row's end is two borders, so a next row is never read).
    const border = written ? null : CELL_BORDER.exec(folded.slice(pos, pos + 16));
    if (border) {
      written = dateAtStart(folded.slice(pos + border[0].length, pos + border[0].length + 40));
      if (written) ws = border[0].length;
    }
    const date = written ? { ...written, iso: yearFromSymbol(written.iso, folded.slice(pos + ws, pos + ws + written.length), p.year) } : null;
    if (date) pos += ws + date.length;
    let stated: IssuerRef | null = null;
    const of = OF_RE.exec(folded.slice(pos, pos + 12));
    // A provincial Cục Thuế abolished in 2025 is cited under its successor ("của Cục Thuế tỉnh Vĩnh Phúc (nay là
    // Thuế tỉnh Phú Thọ)"), read below; "Cục Thuế" alone would be the national department.
    if (of && !RENAMED_RE.test(folded.slice(pos, pos + 160))) {
      const iss = issuerAtStart(folded.slice(pos + of[0].length, pos + of[0].length + 110), ctx.province);
      if (iss) {
        stated = iss.issuer;
        pos += of[0].length + iss.end;
      }
    }
    if (!stated) {
      // "của Chi cục Thuế Khu vực V (nay là Thuế thành phố Hải Phòng)": an abolished branch is cited under its
      // successor, which carries the province (gold-real README, fourth and sixth rounds).
      const renamed = RENAMED_RE.exec(folded.slice(pos, pos + 160));
      if (renamed) {
        const iss = issuerAtStart(folded.slice(pos + renamed[0].length, pos + renamed[0].length + 110), ctx.province);
        if (iss) {
          stated = iss.issuer;
          const close = /^[^)]{0,20}\)/.exec(folded.slice(pos + renamed[0].length + iss.end));
          pos += renamed[0].length + iss.end + (close ? close[0].length : 0);
        }
      }
    }
    // A national letter citing its addressee's paper: "công văn số 3896/TPHCM-VP ngày ... của Thuế thành phố
    // Hồ Chí" (cut), "công văn số 11001/XNK-SSVN2 ... của Công ty TNHH MTV Seshin VN2".
    let addressee: Addressee | null = null;
    if (!stated && ctx.addressees && p.scope !== 'national') {
      const ofHere = OF_RE.exec(folded.slice(pos, pos + 12));
      if (ofHere) {
        const from = pos + ofHere[0].length;
        const of = ofWords(folded.slice(from, from + 120));
        addressee = addresseeNamedAt(ctx.addressees, of.words);
        if (addressee && !addressee.province && ctx.addressees.province) addressee = { ...addressee, province: ctx.addressees.province };
        if (addressee?.province) {
          // A company is named as the citation writes it when it writes more than "Công ty".
          const written = of.words.length > 2 ? (organisationAt(text, folded, from) ?? squash(text.slice(from, from + of.end))) : addressee.name;
          stated = addressee.issuer ?? { name: written, family: 'PROVINCE_OTHER', jurisdiction: addressee.province.jurisdiction };
        }
      }
    }
    if (!stated) {
      // "hướng dẫn của Bộ Nội vụ tại Văn bản số ...", "Theo đề nghị của Sở Nội vụ tại Tờ trình số ...".
      const pre = /c[a-z1]{0,3}a\s+([^;.]{2,80}?)\s+t[a-z]{0,2}i\s*$/.exec(folded.slice(Math.max(0, start - 100), start));
      if (pre) stated = issuerAtStart(pre[1]!, ctx.province)?.issuer ?? null;
    }
    if (!stated) stated = listIssuerBefore(folded, start, ctx.province);
    if (!stated) {
      const subject = SUBJECT_BEFORE.exec(folded.slice(Math.max(0, start - 160), start));
      if (subject) {
        const renamed = NOW_NAMED.exec(subject[1]!);
        stated = issuerAtStart((renamed ? renamed[1]! : subject[1]!).trim(), ctx.province)?.issuer ?? null;
      }
    }
    // "Nghị quyết số 46/NQ-CP của Chính phủ ngày 08 tháng 3 năm 2025": the date may follow the issuer.
    let dateAfterIssuer: { iso: string; length: number } | null = null;
    if (!date && stated) {
      const wsAfter = /^[\s,]*/.exec(folded.slice(pos, pos + 10))![0].length;
      dateAfterIssuer = dateAtStart(folded.slice(pos + wsAfter, pos + wsAfter + 40));
      if (dateAfterIssuer) pos += wsAfter + dateAfterIssuer.length;
    }
    // "Ngày 01/7/2025, Cục Thuế đã có công điện số 102/CĐ-CT về ...", "văn bản đề ngày 29 tháng 10 năm 2025 số
    // 16/CV-HHTACN": a letter's narrative may give the date before the citation.
    const dateBefore = !date && !dateAfterIssuer ? dateBeforeCitation(folded, start) : null;
    const term = TERM_RE.exec(folded.slice(pos, pos + 20));
    if (term) pos += term[0].length;
    const tailEnd = pos;

    // A provincial paper cited in a national letter without its province ("Quyết định số 12/QĐ-UBND") is the
    // addressees' province's.
    const letterProvince = !ctx.province && p.scope === 'local' ? (ctx.addressees?.province ?? null) : null;
    const province = addressee?.province ?? (stated && stated.jurisdiction !== NATIONAL ? provinceOf(stated, ctx.province) : (ctx.province ?? letterProvince));
    const inferred = inferIssuer(p, province);
    // A company written to is named by the text; its own codes may look like a department's ("291/STSG-HC").
    const companyWrittenTo = !!stated && !!addressee && !addressee.issuer;
    let issuer = stated && (companyWrittenTo || familiesCompatible(p, stated, inferred)) ? stated : inferred;
    // "thay thế Quyết định số 167/QĐ-BCĐNNDL" in 170/QĐ-BCĐNNDL: a paper of the citing body's own series, which
    // no table knows (a steering committee), is that body's.
    const own = !issuer && p.scope === 'unknown' && ownAgencies.has(p.agency) ? ctx.ownIssuer : null;
    if (own) issuer = { name: own.name, family: own.jurisdiction === NATIONAL ? 'NATIONAL_OTHER' : 'PROVINCE_OTHER', jurisdiction: own.jurisdiction };
    const jurisdiction =
      p.scope === 'national'
        ? NATIONAL
        : p.scope === 'local'
          ? (province?.jurisdiction ?? 'unknown')
          : (stated?.jurisdiction ?? own?.jurisdiction ?? (inferred && inferred.jurisdiction !== NATIONAL ? inferred.jurisdiction : null) ?? province?.jurisdiction ?? NATIONAL);
    // "của Công ty cổ phần siêu thị Sài Gòn", "của Hội Chăn nuôi Việt Nam - Hiệp hội Thức ăn Chăn nuôi": a
    // company's or an association's paper, named as written (no table lists them).
    if (!issuer) {
      const ofOrg = OF_RE.exec(folded.slice(pos, pos + 12));
      const org = ofOrg ? organisationAt(text, folded, pos + ofOrg[0].length) : null;
      if (org) issuer = { name: org, family: 'PROVINCE_OTHER', jurisdiction };
    }
    const kind = resolveKind(km?.kind ?? (lawName ? 'LUAT' : null), p);
    const title = lawName ? { title: lawName, end: tailEnd } : readTitle(text, folded, tailEnd, folded.length);
    out.push({
      start,
      tailEnd,
      end: title?.end ?? tailEnd,
      parsed: p,
      kind: kind ?? 'OTHER',
      kindFromWord: !!km || !!lawName,
      date: (date ?? dateAfterIssuer)?.iso ?? dateBefore,
      issuer,
      issuerStated: !!stated && issuer === stated,
      title: title?.title ?? null,
      jurisdiction,
      namedTitle: null,
      relation: 'REFERENCES',
      embedded: false,
      embeddingCue: null,
      confidence: Math.min(0.99, 0.7 + (km ? 0.12 : 0) + (hasSo ? 0.05 : 0) + (date || dateAfterIssuer ? 0.08 : 0) + (stated ? 0.04 : 0)),
    });
  }
  shareDates(folded, out);
  return out;
}

/**
 * The date written before a citation in the same sentence: opening it ("Ngày 21/8/2025, Cục Thuế có công văn
 * số ...", at most a short clause between) or right before its "số" ("văn bản đề ngày 29/10/2025 số ...").
 */
function dateBeforeCitation(folded: string, start: number): string | null {
  const from = Math.max(0, start - 140);
  const window = folded.slice(from, start);
  // The sentence: after the last period (a quotation's closing mark after it: ".”*"), semicolon, table bar or
  // blank line.
  let s = 0;
  for (const m of window.matchAll(/\.["”*_]*\s|;|\||\n\s*\n/g)) s = m.index + m[0].length;
  const sentence = window.slice(s);
  // Right before "số", after a word (not after another citation's symbol, whose date it is).
  const before = /(?<![\w\d]\/[\w\d-]{1,20}\s{0,3})ngay\s+\d[^;,]{4,30}$/.exec(sentence);
  if (before) {
    const d = dateAtStart(before[0]);
    if (d && /^\s*(?:so\s*:?)?\s*$/.test(before[0].slice(d.length))) return d.iso;
  }
  const opening = /^\s*[*_]*\s*(?=ngay\s+\d)/.exec(sentence);
  if (opening) {
    const d = dateAtStart(sentence.slice(opening[0].length));
    const rest = d ? sentence.slice(opening[0].length + d.length) : '';
    // The clause after the date names who wrote, not another document or date.
    if (d && /^\s*,/.test(rest) && !/\d\s*\/|ngay\s+\d/.test(rest) && rest.length <= 100) return d.iso;
  }
  return null;
}

/**
 * "Tờ trình số 370/TTr-CP và Đề án số 371/ĐA-CP ngày 09 tháng 5 năm 2025", "số 008/CĐ-UBND và số 009/CĐ-UBND
 * ngày 19/11/2025": a date written once after two citations joined by "và" covers both (gold-real README, third
 * round).
 */
function shareDates(folded: string, mentions: Mention[]): void {
  const joined = (a: Mention, b: Mention, re: RegExp) => re.test(folded.slice(a.tailEnd, b.start));
  for (let i = mentions.length - 2; i >= 0; i--) {
    const m = mentions[i]!;
    const next = mentions[i + 1]!;
    if (m.date || !next.date || m.title || !joined(m, next, /^[\s,*]*va\s*$/)) continue;
    // Only a pair: in "A, B, C và D ngày ..." the date is D's alone (the gold of a longer list keeps it so).
    const prev = mentions[i - 1];
    if (prev && !prev.date && joined(prev, m, /^[\s,;*]*(?:va\s*)?$/)) continue;
    m.date = next.date;
  }
}

/** The province a provincial issuer belongs to ("UBND tỉnh Quảng Ngãi" cited from a Quảng Ninh text). */
function provinceOf(issuer: IssuerRef, fallback: Province | null): Province | null {
  if (fallback && fallback.jurisdiction === issuer.jurisdiction) return fallback;
  return provinceByName(issuer.jurisdiction) ?? fallback;
}

