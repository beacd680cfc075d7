/**
 * Issuing bodies: canonical names (per tests/fixtures/gold/SCHEMA.md) and the OCR-tolerant reading of an
 * issuer phrase such as "của Thủ tướng Chính phủ", "ciia Ban Chcfp hanh Dang bo tinh", "cua Ho1 d6ng nhan dan
 * tinh". Provincial bodies are named with their province ("UBND tỉnh Quảng Ninh"); the province comes from the
 * phrase when it names one, otherwise from the citing document.
 */
import { NATIONAL, type Jurisdiction } from './types';
import { provinceAtTokens, type Province } from './provinces';
import { bestPattern, matchPattern, tokenizeWords, type Token } from './matching';
import issuerData from './data/issuers.json';

/**
 * Families group the bodies that can issue documents of one symbol agency code, so a trailing "của ..." in a
 * list is only applied to items it can belong to (`05-NQ/TU` cannot be "của HĐND tỉnh").
 */
export type IssuerFamily =
  | 'PARTY_CENTRAL'
  | 'PARTY_PROVINCE'
  | 'GOVERNMENT'
  | 'PRIME_MINISTER'
  | 'NATIONAL_ASSEMBLY'
  | 'MINISTRY'
  | 'NATIONAL_OTHER'
  | 'PEOPLES_COUNCIL'
  | 'PEOPLES_COMMITTEE'
  | 'DEPARTMENT'
  | 'PROVINCE_OTHER';

const ISSUER_FAMILIES: readonly IssuerFamily[] = [
  'PARTY_CENTRAL',
  'PARTY_PROVINCE',
  'GOVERNMENT',
  'PRIME_MINISTER',
  'NATIONAL_ASSEMBLY',
  'MINISTRY',
  'NATIONAL_OTHER',
  'PEOPLES_COUNCIL',
  'PEOPLES_COMMITTEE',
  'DEPARTMENT',
  'PROVINCE_OTHER',
];

/** A family named in the data file; a typo there is a bug to fix, not a body to drop silently. */
function issuerFamily(s: string): IssuerFamily {
  const f = ISSUER_FAMILIES.find((x) => x === s);
  if (!f) throw new Error(`data/issuers.json: unknown issuer family "${s}"`);
  return f;
}

export interface IssuerRef {
  /** Canonical display name. */
  name: string;
  family: IssuerFamily;
  jurisdiction: Jurisdiction;
}

type ProvincialTemplate = (p: Province) => string;

function unitName(p: Province): string {
  return `${p.unit} ${p.name}`;
}
/** "Tỉnh ủy Quảng Ninh", "Thành ủy Hà Nội". */
export function partyCommitteeName(p: Province): string {
  return `${p.unit === 'tỉnh' ? 'Tỉnh ủy' : 'Thành ủy'} ${p.name}`;
}

const PROVINCIAL: Record<string, { family: IssuerFamily; name: ProvincialTemplate }> = {
  TU: { family: 'PARTY_PROVINCE', name: partyCommitteeName },
  BTV_TU: { family: 'PARTY_PROVINCE', name: (p) => `Ban Thường vụ ${partyCommitteeName(p)}` },
  TT_TU: { family: 'PARTY_PROVINCE', name: (p) => `Thường trực ${partyCommitteeName(p)}` },
  DAI_HOI: { family: 'PARTY_PROVINCE', name: (p) => `Đại hội Đảng bộ ${unitName(p)}` },
  HDND: { family: 'PEOPLES_COUNCIL', name: (p) => `HĐND ${unitName(p)}` },
  TT_HDND: { family: 'PEOPLES_COUNCIL', name: (p) => `Thường trực HĐND ${unitName(p)}` },
  UBND: { family: 'PEOPLES_COMMITTEE', name: (p) => `UBND ${unitName(p)}` },
  // The chairman decides in the committee's name ("QĐ-CTUBND", "của Chủ tịch UBND tỉnh"): the committee is the issuer.
  CT_UBND: { family: 'PEOPLES_COMMITTEE', name: (p) => `UBND ${unitName(p)}` },
  // The tax office of a province (a unit of Cục Thuế since 2025) writes with the province's code: "5581/BNI-QLDN1".
  THUE: { family: 'PROVINCE_OTHER', name: (p) => `Thuế ${unitName(p)}` },
  // Bodies a provincial text cites papers of without any table code: the committee's office ("của Văn phòng UBND
  // thành phố", "3604/VP-KT"), the Party committee of the provincial committee ("100-KL/ĐU ... của Đảng ủy UBND
  // tỉnh"), the provincial military command ("Tờ trình số 5829/TTr-BCH" of the "Chỉ huy trưởng Bộ Chỉ huy Quân sự
  // tỉnh").
  VP_UBND: { family: 'PROVINCE_OTHER', name: (p) => `Văn phòng UBND ${unitName(p)}` },
  DU_UBND: { family: 'PARTY_PROVINCE', name: (p) => `Đảng ủy UBND ${unitName(p)}` },
  BCH_QS: { family: 'PROVINCE_OTHER', name: (p) => `Bộ Chỉ huy Quân sự ${unitName(p)}` },
  // The province's one-stop service centre ("QĐ-TTPVHCC"), which issues its own decisions on procedures.
  TTPVHCC: { family: 'PROVINCE_OTHER', name: (p) => `Trung tâm Phục vụ hành chính công ${unitName(p)}` },
};

/** Canonical name of a provincial body by its code (`TU`, `BTV_TU`, `HDND`, `UBND`, ...). */
export function provincialIssuer(code: keyof typeof PROVINCIAL | string, p: Province): IssuerRef | null {
  const t = PROVINCIAL[code];
  return t ? { name: t.name(p), family: t.family, jurisdiction: p.jurisdiction } : null;
}

/** Departments of a provincial People's Committee: folded name -> display name and symbol code. */
export const DEPARTMENTS: readonly { name: string; code: string }[] = issuerData.departments;

export function departmentIssuer(deptName: string, p: Province): IssuerRef {
  return { name: `Sở ${deptName} ${unitName(p)}`, family: 'DEPARTMENT', jurisdiction: p.jurisdiction };
}

/** First words of a level or unit below the province, after a body named without its level. */
const BELOW_PROVINCE: ReadonlySet<string> = new Set(issuerData.belowProvinceWords);

/** Standing committees of a provincial People's Council ("Ban Pháp chế"): they sign its Báo cáo thẩm tra. */
const COUNCIL_COMMITTEES: readonly { name: string; phrase: string; ownName: boolean }[] = issuerData.councilCommittees;

/** "Ban Pháp chế HĐND thành phố Hà Nội": a committee is named with its council. */
function councilCommitteeIssuer(committee: string, p: Province): IssuerRef {
  return { name: `Ban ${committee} HĐND ${unitName(p)}`, family: 'PEOPLES_COUNCIL', jurisdiction: p.jurisdiction };
}

/** Ministries and other central bodies: display name and symbol code. */
export const NATIONAL_BODIES: readonly { name: string; code: string | null; family: IssuerFamily; phrases?: string[] }[] = issuerData.nationalBodies.map((b) => ({
  ...b,
  family: issuerFamily(b.family),
}));

function words(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9? ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

type Candidate = {
  phrase: string;
  value: { national?: IssuerRef; provincial?: string; dept?: string; committee?: string; city?: boolean; bare?: boolean; notBelow?: boolean };
};

/**
 * Issuer phrases. Provincial ones end where a province name may follow ("... tỉnh [Quảng Ninh]"). `city`
 * phrases say "thành phố", which also names cities inside a province ("UBND thành phố Hạ Long"): they count
 * only when a centrally-run city follows. `bare` phrases omit the level ("TM. ỦY BAN NHÂN DÂN") and are
 * used only where the level is implied (a signature block).
 */
const CANDIDATES: Candidate[] = [
  ...NATIONAL_BODIES.flatMap((b) =>
    (b.phrases ?? [words(b.name)]).map((phrase) => ({
      phrase,
      value: { national: { name: b.name, family: b.family, jurisdiction: NATIONAL } },
    })),
  ),
  { phrase: 'ban thuong vu tinh uy', value: { provincial: 'BTV_TU' } },
  { phrase: 'ban thuong vu thanh uy', value: { provincial: 'BTV_TU', city: true } },
  { phrase: 'thuong truc tinh uy', value: { provincial: 'TT_TU' } },
  { phrase: 'thuong truc thanh uy', value: { provincial: 'TT_TU', city: true } },
  { phrase: 'ban chap hanh dang bo tinh', value: { provincial: 'TU' } },
  { phrase: 'ban chap hanh dang bo thanh pho', value: { provincial: 'TU', city: true } },
  { phrase: 'tinh uy', value: { provincial: 'TU' } },
  { phrase: 'thanh uy', value: { provincial: 'TU', city: true } },
  { phrase: 'dai hoi ?dai ?bieu dang bo tinh', value: { provincial: 'DAI_HOI' } },
  { phrase: 'thuong truc hoi dong nhan dan tinh', value: { provincial: 'TT_HDND' } },
  { phrase: 'thuong truc hoi dong nhan dan thanh pho', value: { provincial: 'TT_HDND', city: true } },
  { phrase: 'thuong truc hdnd tinh', value: { provincial: 'TT_HDND' } },
  { phrase: 'thuong truc hdnd thanh pho', value: { provincial: 'TT_HDND', city: true } },
  { phrase: 'hoi dong nhan dan tinh', value: { provincial: 'HDND' } },
  { phrase: 'hoi dong nhan dan thanh pho', value: { provincial: 'HDND', city: true } },
  { phrase: 'hdnd tinh', value: { provincial: 'HDND' } },
  { phrase: 'hdnd thanh pho', value: { provincial: 'HDND', city: true } },
  { phrase: 'chu tich uy ban nhan dan tinh', value: { provincial: 'CT_UBND' } },
  { phrase: 'chu tich ubnd tinh', value: { provincial: 'CT_UBND' } },
  { phrase: 'uy ban nhan dan tinh', value: { provincial: 'UBND' } },
  { phrase: 'uy ban nhan dan thanh pho', value: { provincial: 'UBND', city: true } },
  { phrase: 'ubnd tinh', value: { provincial: 'UBND' } },
  { phrase: 'ubnd thanh pho', value: { provincial: 'UBND', city: true } },
  ...(
    [
      ['van phong uy ban nhan dan', 'VP_UBND'],
      ['van phong ubnd', 'VP_UBND'],
      ['dang uy uy ban nhan dan', 'DU_UBND'],
      ['dang uy ubnd', 'DU_UBND'],
    ] as const
  ).flatMap(([body, code]) => [
    { phrase: `${body} tinh`, value: { provincial: code } },
    { phrase: `${body} thanh pho`, value: { provincial: code, city: true } },
  ]),
  { phrase: 'bo chi huy quan su tinh', value: { provincial: 'BCH_QS' } },
  { phrase: 'bo chi huy quan su thanh pho', value: { provincial: 'BCH_QS', city: true } },
  { phrase: 'trung tam phuc vu hanh chinh cong tinh', value: { provincial: 'TTPVHCC' } },
  { phrase: 'trung tam phuc vu hanh chinh cong thanh pho', value: { provincial: 'TTPVHCC', city: true } },
  // Without its level in the province's own text; a commune's centre ("... cấp xã", "... xã X") is another body.
  { phrase: 'trung tam phuc vu hanh chinh cong', value: { provincial: 'TTPVHCC', notBelow: true } },
  { phrase: 'thue tinh', value: { provincial: 'THUE' } },
  { phrase: 'thue thanh pho', value: { provincial: 'THUE', city: true } },
  { phrase: 'uy ban nhan dan', value: { provincial: 'UBND', bare: true } },
  { phrase: 'hoi dong nhan dan', value: { provincial: 'HDND', bare: true } },
  { phrase: 'thuong truc hoi dong nhan dan', value: { provincial: 'TT_HDND', bare: true } },
  { phrase: 'ban thuong vu', value: { provincial: 'BTV_TU', bare: true } },
  { phrase: 'ban chap hanh', value: { provincial: 'TU', bare: true } },
  ...DEPARTMENTS.map((d) => ({ phrase: `so ${words(d.name)}`, value: { dept: d.name } })),
  // "Ban Pháp chế Hội đồng nhân dân Thành phố", "Ban Đô thị HĐND tỉnh ...", or the committee alone ("của Ban
  // Pháp chế") in the council's own resolution, where the citing document gives the province.
  ...COUNCIL_COMMITTEES.flatMap((c) => [
    ...['hoi dong nhan dan', 'hdnd'].flatMap((council) => [
      { phrase: `ban ${c.phrase} ${council} tinh`, value: { committee: c.name } },
      { phrase: `ban ${c.phrase} ${council} thanh pho`, value: { committee: c.name, city: true } },
      { phrase: `ban ${c.phrase} ${council}`, value: { committee: c.name } },
    ]),
    ...(c.ownName ? [{ phrase: `ban ${c.phrase}`, value: { committee: c.name } }] : []),
  ]),
];

/** Candidates that name their level ("UBND tỉnh"), for text that is not a signature block. */
const NAMED_CANDIDATES = CANDIDATES.filter((c) => !c.value.bare);

/** Titles before a body in "đề nghị của Giám đốc Sở Tài chính": the body issues, not the person. */
const LEADING_TITLES: readonly string[] = issuerData.leadingTitles;

export interface IssuerPhraseMatch {
  issuer: IssuerRef;
  /** Offset (in the searched string) just after the phrase, province included. */
  end: number;
}

/**
 * Read an issuer phrase at the start of `folded` (folded text just after "của"). `province` is the citing
 * document's, used when the phrase says only "tỉnh". Null when no known body is named there.
 */
export function issuerAtStart(folded: string, province: Province | null, maxChars = 90, allowBare = false): IssuerPhraseMatch | null {
  // An issuer phrase never spans a clause or sentence end: "... của Ủy ban nhân dân tỉnh; Báo cáo ...".
  const stop = folded.slice(0, maxChars).search(/[;:(]|\.(?=\s|$)/);
  const tokens = tokenizeWords(folded, 0, stop >= 0 ? stop : Math.min(folded.length, maxChars));
  return issuerAtTokens(tokens, 0, province, allowBare, folded);
}

/** Same as `issuerAtStart`, on tokens. */
export function issuerAtTokens(
  tokens: readonly Token[],
  at: number,
  province: Province | null,
  allowBare = false,
  /** The string the tokens come from: a province must follow the phrase after spaces only ("tỉnh, công an" is not "tỉnh Long An"). */
  source?: string,
): IssuerPhraseMatch | null {
  for (const t of LEADING_TITLES) {
    const m = matchPattern(tokens, at, t);
    if (m && m.cost === 0) {
      at += m.tokens;
      break;
    }
  }
  const candidates = allowBare ? CANDIDATES : NAMED_CANDIDATES;
  const hit = bestPattern(tokens, at, candidates);
  if (!hit) return null;
  const v = hit.value;
  let end = hit.match.end;
  if (v.national) return { issuer: v.national, end };
  // A province named right after the phrase wins over the citing document's ("UBND tỉnh Quảng Ngãi").
  const next = at + hit.match.tokens;
  const last = tokens[next - 1]!;
  const adjacent = (at2: number) => !source || !tokens[at2] || /^\s+$/.test(source.slice(last.end, tokens[at2]!.start));
  if (v.notBelow && BELOW_PROVINCE.has(tokens[next]?.w ?? '')) return null;
  const named = v.bare || !adjacent(next) ? null : provinceAtTokens(tokens, next);
  // "Thành ủy" / "UBND thành phố": a centrally-run city, named or the document's own; never a city inside a
  // province ("Thành ủy Hạ Long" is not the province's committee).
  if (v.city && (named ? named.province.unit !== 'thành phố' : province?.unit !== 'thành phố')) return null;
  const p = named?.province ?? province;
  if (named) end = named.end;
  if (!p) return null;
  if (v.dept) {
    // "Sở Nội vụ tỉnh Quảng Ninh": the province may follow "tỉnh".
    const after = tokens[next];
    if (!named && after && (after.w === 'tinh' || after.w === 'thanh')) {
      const again = provinceAtTokens(tokens, next + (after.w === 'tinh' ? 1 : 2));
      if (again) return { issuer: departmentIssuer(v.dept, again.province), end: again.end };
    }
    return { issuer: departmentIssuer(v.dept, p), end };
  }
  if (v.committee) return { issuer: councilCommitteeIssuer(v.committee, p), end };
  const issuer = provincialIssuer(v.provincial!, p);
  return issuer ? { issuer, end } : null;
}

/** Issuer family of a canonical name, for names produced by this module (used on inferred issuers). */
export function familyOfName(name: string): IssuerFamily | null {
  const n = words(name);
  for (const b of NATIONAL_BODIES) if (words(b.name) === n) return b.family;
  if (/^(ban thuong vu |thuong truc )?(tinh|thanh) uy /.test(n) || n.startsWith('dai hoi dang bo')) return 'PARTY_PROVINCE';
  if (/^(thuong truc )?hdnd /.test(n) || /^ban .* hdnd /.test(n)) return 'PEOPLES_COUNCIL';
  if (/^(chu tich )?ubnd /.test(n)) return 'PEOPLES_COMMITTEE';
  if (n.startsWith('so ')) return 'DEPARTMENT';
  return null;
}
