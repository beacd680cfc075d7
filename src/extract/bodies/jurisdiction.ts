/** The jurisdiction a body's name states (national, or a named province), else the document's. */
import vocab from '../data/bodyVocabulary.json';
import { fold } from '../folding';
import { NATIONAL, type Jurisdiction } from '../types';
import { provinceIn } from './localities';
import { OWNED_COMPLETE_ORGS } from './heads';
import { canonicalName } from './names';
import { STRIPPED_TITLES } from './titles';

/** Jurisdiction used for local bodies when the document's own jurisdiction is unknown. */
export const UNKNOWN_JURISDICTION: Jurisdiction = 'unknown';

/** Beginnings of national bodies' names. */
const NATIONAL_PREFIXES = vocab.nationalPrefixes;

/** Jurisdiction of a body: national for central bodies, the named province, else the document's. */
export function bodyJurisdiction(rawName: string, jurisdiction: Jurisdiction | null): Jurisdiction {
  return namedJurisdiction(rawName) ?? jurisdiction ?? UNKNOWN_JURISDICTION;
}

/** The jurisdiction a body's name states itself (national for central bodies, or a named province), else null. */
export function namedJurisdiction(rawName: string): Jurisdiction | null {
  const f = fold(canonicalName(rawName)).replace(STRIPPED_TITLES, '');
  const core = f.replace(/^(cac|nhung)\s+/, '');
  // "Thanh tra Chính phủ": a unit of a national body is national.
  const unit = OWNED_COMPLETE_ORGS.find((o) => core.startsWith(`${o} `));
  const owner = unit ? core.slice(unit.length + 1) : core;
  if (NATIONAL_PREFIXES.some((p) => core.startsWith(p) || owner.startsWith(p))) return NATIONAL;
  if (/\btrung uong\b/.test(core) && !/dia ban|tinh|huyen/.test(core)) return NATIONAL;
  return provinceIn(f);
}
