/**
 * Names the body parser reads that denote no body an assignment can go to: the public ("các tổ chức, cá nhân",
 * "Hộ gia đình, cá nhân") and, in a province's own text, the province itself as a place ("tỉnh Cà Mau xây dựng
 * kế hoạch ...", "Thành phố Hà Nội tổ chức biểu dương ..."): the text's own community, whose acting body is its
 * UBND. A national text naming a province ("tỉnh Điện Biên", "Thành phố Hồ Chí Minh") does address its
 * government, as the gold annotates it; there the place stays a body.
 */
import { bodyJurisdiction, PROVINCES } from '../bodies';
import vocab from '../data/bodyVocabulary.json';
import { fold } from '../folding';
import { memoize } from '../memo';
import type { Jurisdiction } from '../types';
import { longestMatch, tokenize } from '../vocabulary';

const PUBLIC_KINDS = vocab.publicKinds.map((k) => k.split(' '));
/** Separators a list of the public's kinds is written with ("tổ chức, cá nhân", "tổ chức hoặc cá nhân", "tổ chức cá nhân"). */
const JOINERS: ReadonlySet<string> = new Set(vocab.publicJoiners);

/**
 * Whether a name is the public alone: kinds of persons or private organizations only ("các tổ chức, cá nhân",
 * "Tổ chức cá nhân", "hộ gia đình, cá nhân"). The gold annotates none of them; a qualifier makes them a concerned
 * party and the name something else ("các tổ chức, cá nhân có liên quan").
 */
export function namesThePublic(name: string): boolean {
  return publicNamed(name);
}

/** The registry is asked about each mention of a name: a document repeats its names, answered once each. */
const publicNamed = memoize(namesThePublicUncached, 20_000);

function namesThePublicUncached(name: string): boolean {
  const words = tokenize(fold(name)).filter((t) => t.word || t.raw === ',').map((t) => (t.word ? t.f : ','));
  let kinds = 0;
  let i = 0;
  while (i < words.length) {
    if (JOINERS.has(words[i]!)) {
      i++;
      continue;
    }
    const kind = PUBLIC_KINDS.find((k) => k.every((w, n) => words[i + n] === w));
    if (!kind) return false;
    kinds++;
    i += kind.length;
  }
  return kinds > 0;
}

const SECTOR_NAMES: ReadonlySet<string> = new Set(vocab.sectorNames);

/** Whether a name is the economy's sectors and fields ("Các ngành, lĩnh vực khác"), a topic of plans, no body; once per name. */
export const namesSectors = memoize(namesSectorsUncached, 20_000);

function namesSectorsUncached(name: string): boolean {
  const words = tokenize(fold(name)).filter((t) => t.word || t.raw === ',').map((t) => (t.word ? t.f : ','));
  return SECTOR_NAMES.has(words.join(' '));
}

/** Whether a name is only the place of the text's own jurisdiction ("tỉnh Cà Mau" in a text of Cà Mau). */
export function namesOwnPlace(name: string, jurisdiction: Jurisdiction | null): boolean {
  return !!jurisdiction && placeNamed(name) === jurisdiction;
}

/** The jurisdiction of a name that is only a province ("tỉnh Cà Mau", "Thành phố Hà Nội"), else null; once per name. */
const placeNamed = memoize(placeNamedUncached, 20_000);

function placeNamedUncached(name: string): Jurisdiction | null {
  const toks = tokenize(fold(name)).filter((t) => t.word);
  const unit = toks[0]?.f === 'tinh' ? 1 : toks[0]?.f === 'thanh' && toks[1]?.f === 'pho' ? 2 : 0;
  if (!unit) return null;
  const place = longestMatch(toks, unit, PROVINCES, true);
  return place && unit + place.n === toks.length ? bodyJurisdiction(name, null) : null;
}
