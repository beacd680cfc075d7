/**
 * Document symbols ("số và ký hiệu"): parse, repair OCR damage, write in standard form, and derive what a
 * symbol says about its document (kind, local or national, issuer).
 *
 * Two families of form:
 * - State documents: `NUM/[YEAR/]TYPE-AGENCY[-UNIT]` (`2898/QĐ-UBND`, `60/2021/NĐ-CP`, `114/TTr-SNV`),
 *   `NUM/YEAR/QHnn` (laws and resolutions of the National Assembly), and `NUM/AGENCY-UNIT` for official
 *   letters without a type code (`4625/BNV-CCHC`, `1732/UBND-KTTC`).
 * - Party documents: `NUM-TYPE/AGENCY` (`05-NQ/TU`, `1456-CV/TU`, `25-CTr/TU`, `37-QĐ/TW`).
 *
 * OCR repairs: look-alike letters in the type code (`0D`, `Qb`, `QD` -> `QĐ`; `KI` -> `KL`), diacritics
 * restored in known codes (`HDND` -> `HĐND`, `UBQGCDS` -> `UBQGCĐS`), spaces and a line break inside the symbol
 * (`16-\nCT/TU`, `15- NQ/TU`, `2898 /QD-UBND`), the number's leading zeros normalised to two digits.
 */
import { foldForSearch } from './folding';
import { NATIONAL, type DocumentKind, type Jurisdiction } from './types';
import {
  DEPARTMENTS,
  NATIONAL_BODIES,
  departmentIssuer,
  provincialIssuer,
  type IssuerFamily,
  type IssuerRef,
} from './issuers';
import { provinceByName, type Province } from './provinces';
import { ocrDistance } from './matching';
import { documentKind } from './documentKinds';
import codeData from './data/symbolCodes.json';
import { BoundedMemo } from './memo';

/** Type codes: folded upper-case form -> standard form and document kind. */
const TYPE_CODES: Readonly<Record<string, { code: string; kind: DocumentKind }>> = Object.fromEntries(
  Object.entries(codeData.typeCodes).map(([k, v]) => [k, { code: v.code, kind: documentKind(v.kind) }]),
);

/**
 * Agency codes whose standard form is not simply the upper-cased folded code: diacritics (`HĐND`) and mixed
 * case (`TTg`). Department and ministry codes come from issuers.ts.
 */
const AGENCY_FORMS: Record<string, string> = { ...codeData.agencyForms };
for (const b of NATIONAL_BODIES) if (b.code) AGENCY_FORMS[foldCode(b.code)] = b.code;
for (const d of DEPARTMENTS) AGENCY_FORMS[foldCode(d.code)] = d.code;

/**
 * National bodies and departments by folded code, the first listed for a code winning (as a search of the list
 * would): a symbol's issuer is looked up per citation, and folding every listed code each time cost more than
 * the rest of the lookup.
 */
function byFoldedCode<T>(list: readonly T[], code: (x: T) => string | null): ReadonlyMap<string, T> {
  const out = new Map<string, T>();
  for (const x of list) {
    const c = code(x);
    if (!c) continue;
    const k = foldCode(c);
    if (!out.has(k)) out.set(k, x);
  }
  return out;
}
const NATIONAL_BY_CODE = byFoldedCode(NATIONAL_BODIES, (b) => b.code);
const DEPARTMENT_BY_CODE = byFoldedCode(DEPARTMENTS, (d) => d.code);

/** Central agencies that issue with a plain code (not "...TW", not "QHnn"). */
const NATIONAL_CODES = new Set(
  [...NATIONAL_BODIES.map((b) => b.code).filter((c): c is string => !!c), ...codeData.nationalCodes].map(foldCode),
);
/** Province codes of the provincial tax offices' letters ("QNI" -> Quảng Ninh). */
const TAX_CODES: Readonly<Record<string, string>> = codeData.provincialTaxCodes;
/** Provincial agencies. "S..." department codes and "...TU" Party bodies are recognised by shape too. */
const LOCAL_CODES: ReadonlySet<string> = new Set(codeData.localCodes);

function foldCode(s: string): string {
  return foldForSearch(s).replace(/[^a-z0-9ð]/g, '').replace(/ð/g, 'd').toUpperCase();
}

export interface ParsedSymbol {
  /** Standard form: `2898/QĐ-UBND`, `05-NQ/TU`, `60/2021/NĐ-CP`. */
  symbol: string;
  number: string;
  year: string | null;
  /** Standard type code (`QĐ`, `NQ`, `TTr`), null for letters without one (`4625/BNV-CCHC`) and `/QHnn`. */
  typeCode: string | null;
  /** Standard agency part after the type: `UBND`, `TU`, `CP`, `QH15`, `BNV-CCHC`. */
  agency: string;
  /** Party form `NUM-TYPE/AGENCY`. */
  party: boolean;
  /** Kind the type code implies; null when the code does not say (`/QHnn`: a law or a resolution). */
  kind: DocumentKind | null;
  /** `local`: the same symbol names different documents in different provinces. */
  scope: 'national' | 'local' | 'unknown';
}

/** Read a type code, repairing OCR look-alikes (`0D`, `Qb`, `QP` -> `QĐ`; `KI` -> `KL`). */
function typeCode(raw: string): { code: string; kind: DocumentKind } | null {
  const f = foldCode(raw);
  const exact = TYPE_CODES[f];
  if (exact) return exact;
  // Only tokens that carry OCR noise are repaired: digits, or a lower-case letter where capitals belong.
  // No real type code contains O or I, nor P or B after another letter (QCPH, a joint Quy chế phối hợp, and TB,
  // BB match exactly above), so those are OCR noise too ("OD", "KI", "QP", "NB": OCR reads Đ as P or B).
  if (!/[0-9]/.test(raw) && !/^[A-ZĐÐ]+[a-zđ]$/.test(raw) && !/[IO]|.[PB]/.test(f)) return null;
  let best: { code: string; kind: DocumentKind } | null = null;
  for (const [k, v] of Object.entries(TYPE_CODES)) {
    if (k.length !== f.length) continue;
    if (ocrDistance(k.toLowerCase(), f.toLowerCase(), 0) === 0) {
      if (best) return null; // ambiguous repair: refuse
      best = v;
    }
  }
  return best;
}

/** Standard form of an agency code token; parts joined by "&" or "." keep their joiner ("XDCQ&TCBC", "CCTKV.05"). */
function agencyForm(raw: string): string {
  // The parts of a joined code are unit abbreviations written as printed ("SGD&ĐT"), known codes standardised.
  if (/[.&]/.test(raw)) return raw.split(/([.&])/).map((part, i) => (i % 2 ? part : (AGENCY_FORMS[foldCode(part)] ?? part.toUpperCase()))).join('');
  return agencyPartForm(raw);
}

function agencyPartForm(raw: string): string {
  // A lower-case "l" among capitals is an "I" misread or mistyped ("BNl" for BNI): codes have no lower-case l.
  if (raw.includes('l') && /^[A-ZĐÐ0-9]+$/.test(raw.replace(/l/g, ''))) raw = raw.replace(/l/g, 'I');
  const f = foldCode(raw);
  if (AGENCY_FORMS[f]) return AGENCY_FORMS[f];
  const dj = withDjRestored(f);
  if (dj) return dj;
  const qh = /^(UBTVQH|QH)(\d{1,2})$/.exec(f);
  if (qh) return `${qh[1]}${qh[2]}`;
  return withWrittenDj(raw, f);
}

/**
 * A known code written with "Đ" that OCR read as P or B ("HPND", "HBND" for HĐND): the one known code with "Đ"
 * whose letters these are, each P or B after the first letter standing for its "Đ". None when no such code, or
 * more than one, fits.
 */
function withDjRestored(folded: string): string | null {
  if (!/.[PB]/.test(folded)) return null;
  let found: string | null = null;
  const walk = (at: number, code: string): boolean => {
    if (at === folded.length) {
      const form = AGENCY_FORMS[code];
      if (form && /Đ/.test(form) && code !== folded) {
        if (found && found !== form) return false;
        found = form;
      }
      return true;
    }
    const c = folded[at]!;
    if (!walk(at + 1, code + c)) return false;
    return at > 0 && (c === 'P' || c === 'B') ? walk(at + 1, code + 'D') : true;
  };
  return walk(0, '') ? found : null;
}

/**
 * An unknown code keeps the "Đ" it is written with ("BCĐNNDL", a Ban Chỉ đạo's code; SCHEMA.md restores
 * diacritics in the code part): only where the written letters, "Đ" read as "D", are the folded code.
 */
function withWrittenDj(raw: string, folded: string): string {
  if (!/[ĐđÐð]/.test(raw)) return folded;
  const written = raw.replace(/[Ðð]/g, 'Đ').toUpperCase().replace(/[^A-Z0-9Đ]/g, '');
  return written.replace(/Đ/g, 'D') === folded ? written : folded;
}

/** Local, national or unknown, from the first agency token. */
function scopeOf(agencyFirst: string): ParsedSymbol['scope'] {
  const f = foldCode(agencyFirst);
  if (/^(UBTVQH|QH)\d*$/.test(f) || f.endsWith('TW') || NATIONAL_CODES.has(f)) return 'national';
  if (LOCAL_CODES.has(f) || f.endsWith('TU') || f.endsWith('HU')) return 'local';
  if (/^S[A-Z]{1,7}$/.test(f) || f.startsWith('BQL')) return 'local';
  return 'unknown';
}

/**
 * The National Assembly's term by year (symbolCodes.json, assemblyTerms), for years inside one term only (a
 * term starts in July of 2002, 2007, 2011, 2016 and 2021, so those years are left unrepaired).
 */
const ASSEMBLY_TERMS: Readonly<Record<string, number>> = Object.fromEntries(
  codeData.assemblyTerms.flatMap(({ from, to, term }) => Array.from({ length: to - from + 1 }, (_, i) => [String(from + i), term])),
);

function head0(num: string, year: string | undefined): string {
  return year ? `${num}/${year}` : num;
}

/** "NĐCP" -> ["NĐ", "CP"]: a type code followed by a known agency code, or null. */
function splitTypeAgency(raw: string): [string, string] | null {
  for (let i = 2; i <= raw.length - 2; i++) {
    const t = raw.slice(0, i);
    const a = raw.slice(i);
    if (TYPE_CODES[foldCode(t)] && isKnownAgency(a)) return [t, a];
  }
  return null;
}

/** An agency code the tables know or whose shape says local or national ("UBND", "TTg", "SNV", "...TU"). */
function isKnownAgency(raw: string): boolean {
  return !!AGENCY_FORMS[foldCode(raw)] || scopeOf(raw) !== 'unknown';
}

/**
 * Whether the last code of a parsed symbol is one the tables list ("BNNMT", "UBND", "SNV"), not merely a shape
 * that could be a code: a code cut by a space or a line break ("TT-BNN MT") reads an unlisted first part.
 */
export function endsInListedCode(p: ParsedSymbol): boolean {
  const parts = p.agency.split('-');
  return !!AGENCY_FORMS[foldCode(parts[parts.length - 1]!)];
}

/** Party committees and their organs: "TW", "TU", "HU", "ĐU", "BTGTW", "VPTU", ... */
function isPartyAgency(raw: string): boolean {
  const f = foldCode(raw);
  return /^(?:TW|TU|HU|QU|DU|DUK)$/.test(f) || /^[A-Z]{2,6}(?:TW|TU)$/.test(f);
}

function normNumber(n: string): string {
  // "66.7": a numbered series of one resolution keeps its sub-number.
  const dot = /^(\d+)\.(\d{1,2})$/.exec(n);
  if (dot) return `${normNumber(dot[1]!)}.${dot[2]}`;
  const digits = n.replace(/\D/g, '').replace(/^0+(?=\d)/, '');
  return digits.padStart(2, '0');
}

/** Letters of a code token, at least half of them capitals: rejects "5/tuần" while keeping "TTg", "Qb". */
function looksLikeCode(tok: string): boolean {
  const letters = tok.replace(/[^A-Za-zĐđÐð]/g, '');
  if (!letters) return false;
  const caps = letters.replace(/[^A-ZĐÐ]/g, '').length;
  return caps * 2 >= letters.length && /^[A-ZĐÐ0-9]/.test(tok);
}

const SEP = '\\s{0,3}';
const DASH = '[-–—]';
const TOK = '[A-Za-z0-9ĐđÐð]{1,10}';
/** A code token of the state form may join parts with "&" or "." ("XDCQ&TCBC", "CCTKV.05"). */
const STATE_TOK = `${TOK}(?:[.&][A-Z0-9ĐÐ]{1,8}){0,2}`;
/**
 * Party form; the Central Office's letters may close with a lower-case mark after a slash ("919-CV/VPTW/nb"),
 * kept as printed.
 */
const PARTY_RE = new RegExp(`^(\\d{1,5})${SEP}${DASH}${SEP}(${TOK})${SEP}\\/${SEP}(${TOK})(?:\\/([a-z]{1,3}))?$`);
/**
 * State form: number, year, then codes joined by dashes: a type and its issuer ("QĐ-UBND"), a letter's
 * agency and unit ("BNV-CCHC"), or a joint document's type and its two to four issuers
 * ("TTLT-BGDĐT-BNV-BTC").
 */
/** An issuer's code after a dash may be long: the Front's presidium in a joint resolution ("ĐCTUBTWMTTQVN"). */
const ISSUER_TOK = `[A-Za-z0-9ĐđÐð]{1,14}(?:[.&][A-Z0-9ĐÐ]{1,8}){0,2}`;
const STATE_RE = new RegExp(`^(\\d{1,5}|\\d{1,3}\\.\\d{1,2}(?=${SEP}\\/${SEP}\\d{4}))${SEP}\\/${SEP}(?:(\\d{4})${SEP}\\/${SEP})?(${STATE_TOK}(?:${SEP}${DASH}${SEP}${ISSUER_TOK}){0,4})$`);
const CODE_DASH = new RegExp(`${SEP}${DASH}${SEP}`);

/**
 * Parse a symbol as written (OCR noise and spaces allowed) into its standard form; null when the string is
 * not a document symbol.
 */
export function parseSymbol(raw: string): ParsedSymbol | null {
  if (typeof raw !== 'string' || raw.length > 80) return null;
  // A document repeats the same symbols (and keys re-parse them): each distinct string is parsed once.
  return PARSED.get(raw, readSymbol);
}

/** Parsed symbols by the string as written; the results are shared, so never mutated. */
const PARSED = new BoundedMemo<string, ParsedSymbol | null>(20_000);

const JOINT_TYPE_SLASH = /^(\d{1,5}\s*\/\s*\d{4}\s*\/\s*(?:TTLT|NQLT|TTTLT))\s*\//;

function readSymbol(raw: string): ParsedSymbol | null {
  // "88/2016/TTLT/BTC-BTNMT": a joint document's type and issuers joined by a slash read as by a dash.
  const s = raw.normalize('NFC').replace(/[~^*]/g, ' ').trim().replace(JOINT_TYPE_SLASH, '$1-');
  let m = PARTY_RE.exec(s);
  if (m) {
    const [, num, typeRaw, agencyRaw, mark] = m as unknown as [string, string, string, string, string | undefined];
    const type = typeCode(typeRaw);
    if (!type || !looksLikeCode(agencyRaw) || !looksLikeCode(typeRaw)) return null;
    const agency = agencyForm(agencyRaw);
    const number = normNumber(num);
    return {
      symbol: `${number}-${type.code}/${agency}${mark ? `/${mark}` : ''}`,
      number,
      year: null,
      typeCode: type.code,
      agency,
      party: true,
      kind: type.kind,
      scope: scopeOf(agency),
    };
  }
  m = STATE_RE.exec(s);
  if (!m) return null;
  const [, num, year, codes] = m as unknown as [string, string, string | undefined, string];
  const tokens = codes.split(CODE_DASH);
  const [c1, c2] = tokens as [string, string | undefined];
  if (!tokens.every(looksLikeCode)) return null;
  const number = normNumber(num);
  let type = typeCode(c1);
  // "79/2025/NĐCP": the dash between type and agency lost; split where a known type meets a known agency.
  if (!type && !c2 && !isKnownAgency(c1)) {
    const split = splitTypeAgency(c1);
    if (split) return parseSymbol(`${head0(num, year)}/${split[0]}-${split[1]}`);
  }
  const head = year ? `${number}/${year}` : number;
  // A Party document written in the state form ("18/NQ-TW", "05/NQ-TU") is still the Party document.
  if (type && tokens.length === 2 && !year && isPartyAgency(tokens[1]!)) {
    const agency = agencyForm(tokens[1]!);
    return { symbol: `${number}-${type.code}/${agency}`, number, year: null, typeCode: type.code, agency, party: true, kind: type.kind, scope: scopeOf(agency) };
  }
  // "CT" is also the code of Cục Thuế: "5348/CT-CS" is a letter of its unit CS, "15/CT-UBND" a directive.
  if (type?.code === 'CT' && tokens.length >= 2 && !isKnownAgency(tokens[1]!)) type = null;
  if (type && tokens.length >= 2) {
    const agency = tokens.slice(1).map(agencyForm).join('-');
    return {
      symbol: `${head}/${type.code}-${agency}`,
      number,
      year: year ?? null,
      typeCode: type.code,
      agency,
      party: false,
      kind: type.kind,
      scope: scopeOf(tokens[1]!),
    };
  }
  if (type) return null; // a type code with no agency ("15/QĐ") is not a full symbol
  let agency = tokens.map(agencyForm).join('-');
  // "72/2025/QH": the term left off a National Assembly number is the one that sat that whole year.
  if ((agency === 'QH' || agency === 'UBTVQH') && year && ASSEMBLY_TERMS[year]) agency = `${agency}${ASSEMBLY_TERMS[year]}`;
  const isAssembly = /^(UBTVQH|QH)\d{1,2}$/.test(agency);
  const scope = scopeOf(tokens[0]!);
  // Without a type code: a law or resolution of the National Assembly, or an official letter of an agency
  // that is recognisably one (an unknown lone code is more likely noise than a letter).
  if (!isAssembly && scope === 'unknown' && tokens.length < 2) return null;
  return {
    symbol: `${head}/${agency}`,
    number,
    year: year ?? null,
    typeCode: null,
    agency,
    party: false,
    kind: isAssembly ? null : 'CONG_VAN',
    scope,
  };
}

/**
 * The own symbol as its header prints the number: "0125/KH-UBND" keeps its leading zero, which some
 * registers print, while the standard form (and so the graph key and every citation match) drops it.
 * Only leading zeros are taken from the print; any other difference (OCR, a rejoined number) keeps the
 * standard form.
 */
export function withPrintedNumber(parsed: ParsedSymbol, printed: string): ParsedSymbol {
  const digits = /^\s*(\d+)/.exec(printed)?.[1];
  if (!digits || digits === parsed.number || !/^0/.test(digits)) return parsed;
  if (digits.replace(/^0+(?=\d)/, '') !== parsed.number.replace(/^0+(?=\d)/, '')) return parsed;
  const rest = parsed.symbol.slice(parsed.number.length);
  return { ...parsed, number: digits, symbol: `${digits}${rest}` };
}

/** Standard form of a symbol written any way (`2898/qd-ubnd`, `2898 / QD-UBND`), or null. */
export function canonicalSymbol(raw: string): string | null {
  return parseSymbol(raw)?.symbol ?? null;
}

/**
 * Comparison key: case, spaces, diacritics and leading zeros do not matter (`QD`/`QĐ`, `5-NQ/TU`/`05-NQ/TU`).
 * Two symbols name the same document (within one jurisdiction) exactly when their keys are equal.
 */
export function symbolMatchKey(raw: string): string {
  const std = canonicalSymbol(raw) ?? raw;
  return foldForSearch(std)
    .replace(/\s+/g, '')
    .replace(/ð/g, 'd')
    .toUpperCase()
    .replace(/^0+(?=\d)/, '');
}

/** Kind a symbol's type code implies, or null. */
export function kindFromSymbol(symbol: string): DocumentKind | null {
  return parseSymbol(symbol)?.kind ?? null;
}

/** Whether a symbol names a provincial document (its key then needs the province). */
export function isLocalSymbol(symbol: string): boolean {
  return parseSymbol(symbol)?.scope === 'local';
}

/** Family of bodies that can issue under a symbol, for checking a written issuer against it. */
export function symbolIssuerFamily(p: ParsedSymbol): IssuerFamily | null {
  const first = foldCode(p.agency.split('-')[0]!);
  if (first === 'CP') return 'GOVERNMENT';
  if (first === 'TTG') return 'PRIME_MINISTER';
  if (/^(UBTVQH|QH)\d*$/.test(first)) return 'NATIONAL_ASSEMBLY';
  if (first.endsWith('TW')) return 'PARTY_CENTRAL';
  if (first === 'HDND') return 'PEOPLES_COUNCIL';
  if (first === 'UBND' || first === 'CTUBND') return 'PEOPLES_COMMITTEE';
  if (first.endsWith('TU')) return 'PARTY_PROVINCE';
  if (/^S[A-Z]{1,7}$/.test(first)) return 'DEPARTMENT';
  const body = NATIONAL_BY_CODE.get(first);
  return body?.family ?? null;
}

/**
 * The issuer a symbol implies when the text does not name one: `NQ-CP` -> Chính phủ, `QĐ-TTg` -> Thủ tướng
 * Chính phủ, `NQ/TW` -> Ban Chấp hành Trung ương Đảng, `-NQ/TU` -> Tỉnh ủy of the province, `QĐ-UBND` -> UBND
 * tỉnh, `TTr-SNV` -> Sở Nội vụ tỉnh. Null when the symbol does not say (a `KL/TW` may be the Politburo or the
 * Secretariat) or a local symbol has no province.
 */
export function inferIssuer(p: ParsedSymbol, province: Province | null): IssuerRef | null {
  const first = foldCode(p.agency.split('-')[0]!);
  if (/^QH\d*$/.test(first)) return { name: 'Quốc hội', family: 'NATIONAL_ASSEMBLY', jurisdiction: NATIONAL };
  if (/^UBTVQH\d*$/.test(first)) return { name: 'Ủy ban Thường vụ Quốc hội', family: 'NATIONAL_ASSEMBLY', jurisdiction: NATIONAL };
  if (first === 'TW') {
    return p.typeCode === 'NQ'
      ? { name: 'Ban Chấp hành Trung ương Đảng', family: 'PARTY_CENTRAL', jurisdiction: NATIONAL }
      : null;
  }
  const body = NATIONAL_BY_CODE.get(first);
  if (body) return { name: body.name, family: body.family, jurisdiction: NATIONAL };
  // "1108/QNI-QLDN2": a provincial tax office's letter names its province by code, whatever the citing text's.
  const taxProvince = !p.typeCode && !p.party ? provinceByName(TAX_CODES[first]) : null;
  if (taxProvince) return provincialIssuer('THUE', taxProvince);
  if (!province) return null;
  if (first === 'TU') return provincialIssuer('TU', province);
  if (first === 'HDND') return provincialIssuer('HDND', province);
  if (first === 'UBND') return provincialIssuer('UBND', province);
  if (first === 'CTUBND') return provincialIssuer('CT_UBND', province);
  if (first === 'TTPVHCC') return provincialIssuer('TTPVHCC', province);
  const dept = DEPARTMENT_BY_CODE.get(first);
  if (dept) return departmentIssuer(dept.name, province);
  return null;
}

/** Type codes only central bodies issue (symbolCodes.json, centralTypeCodes), folded. */
const CENTRAL_TYPE_CODES: ReadonlySet<string> = new Set(codeData.centralTypeCodes.map(foldCode));
/** The kinds those codes name (Nghị định, Thông tư), for a document whose kind line is read and its symbol not. */
const CENTRAL_KINDS: ReadonlySet<DocumentKind> = new Set(codeData.centralTypeCodes.map((c) => TYPE_CODES[foldCode(c)]!.kind));

/**
 * Whether a document so coded, or of that kind, is a central one: a central agency's code, or a kind only central
 * bodies issue ("NĐ", "TT") whatever its agency code reads ("23/2025/TT-BTF", a ministry's code misread), unless
 * that code is a province's ("05-TT/TU", a Tỉnh ủy's Thông tri). Its place line ("Hà Nội, ngày ...") and the places
 * it names then make it no province's text.
 */
export function isCentralDocument(p: ParsedSymbol | null, kind: DocumentKind | null): boolean {
  if (p?.scope === 'national') return true;
  if (p?.scope === 'local') return false;
  if (p?.typeCode) return CENTRAL_TYPE_CODES.has(foldCode(p.typeCode));
  return !!kind && CENTRAL_KINDS.has(kind);
}

/** Jurisdiction of a symbol's document: national, or the province (null when local and none is known). */
export function symbolJurisdiction(p: ParsedSymbol, province: Province | null): Jurisdiction | null {
  if (p.scope === 'national') return NATIONAL;
  return province?.jurisdiction ?? null;
}

export interface KeyParts {
  symbol: string | null;
  jurisdiction: Jurisdiction | null;
  kind: DocumentKind | null;
  issuer: string | null;
  date: string | null;
  title: string | null;
}

/** Folded title for keys: no leading "về (việc)", punctuation and quotes removed, bounded length. */
export function foldTitle(title: string): string {
  return foldForSearch(title)
    .replace(/[^a-z0-9ð ]+/g, ' ')
    .replace(/ð/g, 'd')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(v\/v|ve viec|ve)\s+/, '')
    .slice(0, 160)
    .trim();
}

/**
 * Graph key of a document: a national symbol is its own key (`76/NQ-CP`); a local one carries the province
 * (`05-NQ/TU@Quảng Ninh`); a document without a symbol is keyed by kind and folded title
 * (`LUAT:luat to chuc chinh quyen dia phuong nam 2015`, `@Province` when local), or by kind, issuer and date
 * when it has no title either. Deterministic: the same parts always give the same key.
 */
export function documentKey(parts: KeyParts): string {
  const local = parts.jurisdiction && parts.jurisdiction !== NATIONAL ? parts.jurisdiction : null;
  if (parts.symbol) {
    const parsed = parseSymbol(parts.symbol);
    const std = parsed?.symbol ?? parts.symbol.trim();
    const isLocal = parsed && parsed.scope !== 'unknown' ? parsed.scope === 'local' : parts.jurisdiction !== NATIONAL;
    return isLocal ? `${std}@${local ?? 'unknown'}` : std;
  }
  const kind = parts.kind ?? 'OTHER';
  const suffix = local ? `@${local}` : '';
  const title = parts.title ? foldTitle(parts.title) : '';
  if (title) return `${kind}:${title}${suffix}`;
  const issuer = parts.issuer ? foldTitle(parts.issuer) : 'unknown issuer';
  return `${kind}:${issuer}:${parts.date ?? 'undated'}${suffix}`;
}
