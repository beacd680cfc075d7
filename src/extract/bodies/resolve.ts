/** Resolving every spelling of a body to one canonical node per real body within its jurisdiction. */
import { canonicalKeyName } from '../bodyCanonical';
import { fold } from '../folding';
import { BoundedMemo } from '../memo';
import { type Jurisdiction } from '../types';
import {
  GENERIC_NOUNS,
  HEAD_TITLES,
  NAMED_HEADS,
  OFFICE_TITLES,
  fuzzyWordEq,
  longestMatch,
  tokenize,
} from '../vocabulary';
import { escapeRegExp } from '../../text/regex';
import { LOCAL_UNITS } from './wordSets';
import { isCac } from './words';
import { PROVINCES } from './localities';
import { kindListAt } from './genericLists';
import { completeOrgAt } from './heads';
import { withFullFunctionQualifier } from './qualifiers';
import { canonicalName } from './names';
import { displayName, officialTitle, STRIPPED_TITLES } from './titles';
import { namedJurisdiction, UNKNOWN_JURISDICTION } from './jurisdiction';

export interface ResolvedBody {
  /** `canonical folded name@jurisdiction`. */
  key: string;
  /** Canonical display name with diacritics: the body itself ("Sở Nội vụ"). */
  name: string;
  /** The name as written, diacritics restored, the head's title kept ("Giám đốc Sở Nội vụ"). */
  written: string;
  /** The head's title the name was written with ("Giám đốc", "Thủ trưởng", "Chủ tịch"), or null. */
  official: string | null;
  group: boolean;
  jurisdiction: Jurisdiction;
}

/** The folded, normalized name part of a body key. */
function bodyKeyName(rawName: string): string {
  const display = canonicalName(rawName);
  let f = fold(display).replace(/[“”"']/g, '').replace(/\s+/g, ' ').trim();
  f = f.replace(/\s*,\s*/g, ', ').replace(/\s*-\s*/g, ' - ').replace(/\s*:\s*/g, ': ');
  const stripped = f.replace(STRIPPED_TITLES, '');
  if (stripped.length >= 2) f = stripped;
  const group = isGroupName(display);
  f = f.replace(/\b(cac|nhung)\s+/g, '');
  f = f.replace(/\bco lien quan\b/g, 'lien quan');
  f = withFullFunctionQualifier(f);
  f = f.replace(/\buy ban mat tran to quoc\b/g, 'mat tran to quoc').replace(/\bmat tran to quoc viet nam\b/g, 'mat tran to quoc');
  f = f.replace(/\bto hoi dong nhan dan\b/g, 'to dai bieu hoi dong nhan dan');
  // "tỉnh Quảng Ninh" -> "tỉnh": the jurisdiction is in the key already.
  f = f.replace(PROVINCE_AFTER_UNIT, '$1');
  // "các Ban của HĐND tỉnh" = "các Ban HĐND tỉnh"; the province's UBND/HĐND is one body with or without "tỉnh".
  f = f.replace(/ cua (?=(uy ban|hoi dong|tinh uy|dang|ban|mat tran))/g, ' ');
  f = f.replace(/\b(nhan dan|tinh uy) (cap )?tinh\b/g, '$1');
  if (!group) {
    // "Sở Nội vụ - Cơ quan Thường trực ..." is Sở Nội vụ; "Tổ công tác ... thuộc Ban Chỉ đạo ..." is the Tổ.
    f = f.replace(/\s+-\s+(co quan|don vi|la|thuong truc)\b.*$/, '');
    f = f.replace(/\s+(truc thuoc|thuoc)\s+.*$/, '');
    f = f.replace(/\s*\(.*$/, '');
    f = f.replace(/\s+(cap\s+)?tinh$/, '');
  }
  return f.replace(/[,;:.\s]+$/, '').replace(/\s+/g, ' ').trim();
}

const PROVINCE_AFTER_UNIT = new RegExp(`\\b(tinh|thanh pho) (?:${PROVINCES.map((p) => escapeRegExp(p.words.join(' '))).sort((a, b) => b.length - a.length).join('|')})\\b`, 'g');

const groupMemo = new BoundedMemo<string, boolean>(20_000);

/** Whether a canonical name names a group of bodies; pure, and asked twice per name resolved. */
function isGroupName(display: string): boolean {
  return groupMemo.get(display, isGroupNameUncached);
}

function isGroupNameUncached(display: string): boolean {
  const toks0 = tokenize(display);
  // Skip a head's title ("Thủ trưởng các sở").
  const title = longestMatch(toks0, isCac(toks0[0]) ? 1 : 0, HEAD_TITLES, true);
  const toks = title ? toks0.slice((isCac(toks0[0]) ? 1 : 0) + title.n) : toks0;
  let i = 0;
  const office = longestMatch(toks, isCac(toks[0]) ? 1 : 0, OFFICE_TITLES, true);
  if (office) i = (isCac(toks[0]) ? 1 : 0) + office.n;
  if (toks.slice(i).some((t) => isCac(t))) return true;
  // "Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương": the body of every province.
  if (/\btinh, thanh pho truc thuoc trung uong$/.test(fold(display))) return true;
  // "Sở, ban, ngành, đơn vị thuộc Ủy ban nhân dân tỉnh": kinds listed without "các" are still a group, whose
  // belonging stays in its name as a group's does.
  if (kindListAt(toks, i)) return true;
  // Starts with a proper body: "Trung tâm Truyền thông tỉnh", "Ủy ban nhân dân tỉnh".
  if (completeOrgAt(toks, i) > 0 || longestMatch(toks, i, NAMED_HEADS, true)) return false;
  const g = longestMatch(toks, i, GENERIC_NOUNS, true);
  if (!g) return false;
  // "thành phố Hạ Long" names one local government.
  const unit = longestMatch(toks, i, LOCAL_UNITS, true);
  const after = toks[i + g.n];
  if (unit && unit.n === g.n && after?.word && after.cap) return false;
  return true;
}

/**
 * Resolve any spelling of a body to its canonical node: `key` = folded canonical name + `@` + jurisdiction.
 * An empty name resolves to itself.
 */
export function resolveBody(rawName: string, jurisdiction: Jurisdiction | null): ResolvedBody {
  // Pure in its arguments, and documents name the same bodies again and again.
  const j = jurisdiction === null || jurisdiction === undefined ? '' : jurisdiction;
  const raw = String(rawName ?? '');
  // By spelling, then jurisdiction: a spelling a document passes again and again keeps its hash, where a
  // key joining both would be a new string to flatten and hash on every call.
  const byJurisdiction = resolvedMemo.get(raw, newJurisdictionMap);
  let r = byJurisdiction.get(j);
  if (r === undefined) {
    r = resolveBodyUncached(raw, jurisdiction);
    byJurisdiction.set(j, r);
  }
  return { ...r };
}

/** Resolved bodies by spelling, then by jurisdiction (a province's name, national, unknown or none: a few dozen). */
const resolvedMemo = new BoundedMemo<string, Map<string, ResolvedBody>>(20_000);

function newJurisdictionMap(): Map<string, ResolvedBody> {
  return new Map();
}

function resolveBodyUncached(rawName: string, jurisdiction: Jurisdiction | null): ResolvedBody {
  const raw = String(rawName ?? '').replace(/\s+/g, ' ').trim();
  const r = nameReadings.get(raw, readName);
  const j = r.named ?? jurisdiction ?? UNKNOWN_JURISDICTION;
  const keyName = canonicalKeyName(r.keyName, j);
  return { key: `${keyName}@${j}`, name: r.name, written: r.written, official: r.official, group: r.group, jurisdiction: j };
}

/** What resolving reads off a spelling alone, whatever the document's jurisdiction. */
interface NameReading {
  /** Folded key name before the jurisdiction's own words are dropped (`canonicalKeyName`). */
  keyName: string;
  /** The jurisdiction the name states itself, or null (the document's then). */
  named: Jurisdiction | null;
  name: string;
  written: string;
  official: string | null;
  group: boolean;
}

/**
 * Readings by spelling: documents of every province name the same bodies ("Sở Nội vụ", "Ủy ban nhân dân
 * tỉnh"), and only the last step of a key depends on the jurisdiction.
 */
const nameReadings = new BoundedMemo<string, NameReading>(20_000);

function readName(raw: string): NameReading {
  const full = canonicalName(raw) || raw;
  const group = isGroupName(full);
  const written = displayName(full, group, true);
  return { keyName: bodyKeyName(raw) || fold(raw), named: namedJurisdiction(raw), name: displayName(full, group), written, official: officialTitle(written), group };
}

/** The body an official's title names ("Giám đốc Sở Nội vụ" -> "Sở Nội vụ"); the name itself without one. */
export function officialsBody(r: ResolvedBody): string {
  return r.official ? r.written.slice(r.official.length).replace(/^[,;:]?\s*/, '') : r.written;
}

/**
 * Two names denote the same body (jurisdiction aside): equal key names, or the same words up to OCR damage.
 * Used to compare extracted assignments with hand annotations.
 */
export function sameBody(a: string, b: string): boolean {
  const ka = bodyKeyName(a);
  const kb = bodyKeyName(b);
  if (ka === kb) return true;
  const ta = ka.split(/[\s,]+/).filter(Boolean);
  const tb = kb.split(/[\s,]+/).filter(Boolean);
  if (ta.length !== tb.length || ta.length === 0) return false;
  return ta.every((w, i) => fuzzyWordEq(w, tb[i]!) || fuzzyWordEq(tb[i]!, w));
}
