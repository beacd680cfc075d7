/**
 * The last step of a body key: what a name says about the jurisdiction that the key's `@jurisdiction`
 * already says. A document's issuer ("Tỉnh ủy Quảng Ngãi", "UBND thành phố Hà Nội") and the bodies its
 * text assigns tasks to ("Tỉnh ủy", "Ủy ban nhân dân") are then one node. The word lists are data
 * (data/bodyCanonical.json), general to every province, never keyed to one document.
 */
import data from './data/bodyCanonical.json';
import { foldForSearch } from './folding';
import { BoundedMemo } from './memo';
import { provinceByName } from './provinces';
import { escapeRegExp } from '../text/regex';

const OWN_NAME_AFTER: readonly string[] = data.ownNameAfter;
const CITY_UNIT_AFTER = new RegExp(`\\b(${data.cityUnitAfter.join('|')}) thanh pho$`);
const PARTY_LONG_FORMS = new Set<string>(data.partyCommittee.longForms);
const PARTY_BY_UNIT: Readonly<Record<string, string>> = data.partyCommittee.byUnit;


/** How the jurisdiction's own name can be written in a folded key name: its spellings, with and without "tỉnh". */
function ownSpellings(jurisdiction: string, folded: readonly string[]): string[] {
  const own = foldForSearch(jurisdiction).replace(/[^a-z0-9]+/g, ' ').trim();
  return [...new Set([...folded, own, own.replace(/^(tinh|thanh pho) /, '')])].filter(Boolean).sort((a, b) => b.length - a.length);
}

/** What `canonicalKeyName` needs of one jurisdiction: its province and a pattern per own spelling, longest first. */
interface JurisdictionPatterns {
  province: ReturnType<typeof provinceByName>;
  ownPatterns: readonly RegExp[];
}

/** A document resolves dozens of names in one jurisdiction: its patterns are compiled once, not per name. */
const jurisdictionPatterns = new BoundedMemo<string, JurisdictionPatterns>(1_000);

function compileJurisdiction(jurisdiction: string): JurisdictionPatterns {
  const province = provinceByName(jurisdiction);
  const after = OWN_NAME_AFTER.map(escapeRegExp).join('|');
  // Global patterns are only used with `replace`, which resets `lastIndex`: sharing them is safe.
  const ownPatterns = ownSpellings(jurisdiction, province?.folded ?? []).map((spelling) => new RegExp(`\\b(${after}) ${escapeRegExp(spelling)}\\b`, 'g'));
  return { province, ownPatterns };
}

/** The folded key name of a body in `jurisdiction`, without what the jurisdiction says already. */
export function canonicalKeyName(keyName: string, jurisdiction: string | null): string {
  if (!jurisdiction || jurisdiction === 'national' || jurisdiction === 'unknown') return keyName;
  const { province, ownPatterns } = jurisdictionPatterns.get(jurisdiction, compileJurisdiction);
  let name = keyName;
  for (const own of ownPatterns) name = name.replace(own, '$1');
  if (!province) return name.replace(/\s+/g, ' ').trim();
  if (province.unit === 'thành phố') name = name.replace(CITY_UNIT_AFTER, '$1');
  if (PARTY_LONG_FORMS.has(name)) name = PARTY_BY_UNIT[province.unit] ?? name;
  return name.replace(/\s+/g, ' ').trim();
}
