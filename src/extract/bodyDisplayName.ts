/**
 * The name a body is shown by, chosen from every spelling the texts used for it (its aliases) by one general
 * rule, so it no longer depends on which document happened to be ingested first:
 *
 * 1. Each spelling is read as the extractor reads a body name (`resolveBody`): abbreviations expanded ("UBND"
 *    -> "Ủy ban nhân dân"), OCR-damaged words restored where the vocabulary knows them, a head's title dropped
 *    ("Giám đốc Sở Nội vụ" -> "Sở Nội vụ"). A spelling that resolves to another body is not a candidate.
 * 2. Among the candidates, preferred in this order: written somewhere in ordinary case (not only in an
 *    all-capitals header);
 *    naming the jurisdiction ("Ủy ban nhân dân tỉnh Quảng Ninh" over "Ủy ban nhân dân tỉnh"); carrying
 *    Vietnamese marks (not a stripped OCR spelling); the form most ordinary-case spellings agree on; the more marks (a
 *    partly stripped spelling has fewer); the longer; the first seen.
 * 3. A name ending in its jurisdiction's unit ("... tỉnh", "... thành phố", not "cấp tỉnh") is completed with
 *    the jurisdiction's name ("Ủy ban nhân dân tỉnh" of Quảng Ngãi -> "Ủy ban nhân dân tỉnh Quảng Ngãi").
 */
import { resolveBody } from './bodies';
import { fold } from './folding';
import { BoundedMemo } from './memo';
import { provinceByName, type Province } from './provinces';

export interface NamedBody {
  key: string;
  /** The stored name (the first spelling seen, resolved). */
  name: string;
  jurisdiction: string | null;
  aliases: readonly string[];
}

interface Candidate {
  name: string;
  ordinaryCase: boolean;
  namesJurisdiction: boolean;
  marks: number;
  support: number;
  order: number;
}

/** Letters whose folded form differs: the Vietnamese marks a spelling carries (đ counts). */
function markCount(text: string): number {
  let n = 0;
  for (const ch of text) if (/\p{L}/u.test(ch) && fold(ch) !== ch.toLowerCase()) n++;
  return n;
}

function namesProvince(folded: string, province: Province): boolean {
  return province.folded.some((spelling) => new RegExp(`(^| )${spelling}( |$)`).test(folded));
}

/** Higher first on each criterion of rule 2, in order. */
function compare(a: Candidate, b: Candidate): number {
  return (
    Number(b.ordinaryCase) - Number(a.ordinaryCase) ||
    Number(b.namesJurisdiction) - Number(a.namesJurisdiction) ||
    Number(b.marks > 0) - Number(a.marks > 0) ||
    b.support - a.support ||
    b.marks - a.marks ||
    b.name.length - a.name.length ||
    a.order - b.order
  );
}

/** Rule 3: "... tỉnh" of a province (or "... thành phố" of a city) names which one. */
function completed(name: string, province: Province | null): string {
  if (!province) return name;
  const folded = fold(name);
  // The unit written rightly ("tỉnh", not the OCR's "tính"), and not "cấp tỉnh" (every province's level).
  if (!name.toLowerCase().endsWith(` ${province.unit}`) || folded.endsWith(` cap ${fold(province.unit)}`) || namesProvince(folded, province)) return name;
  return `${name} ${province.name}`;
}

function chooseDisplayName(body: NamedBody): string {
  const province = provinceByName(body.jurisdiction);
  const byName = new Map<string, Candidate>();
  // The stored name is itself derived (the first spelling, resolved): only the texts' spellings are evidence.
  const spellings = body.aliases.length > 0 ? body.aliases : [body.name];
  spellings.forEach((spelling, order) => {
    const resolved = resolveBody(spelling, body.jurisdiction);
    if (resolved.key !== body.key || !resolved.name) return;
    const name = resolved.name.normalize('NFC');
    // Ordinary case as written: a capitals header ("ỦY BAN NHÂN DÂN TỈNH") resolves to title case.
    // (mostly lower-case letters: an OCR'd header keeps a stray one, "UY BAN NHAN DAN TiNH").
    const ordinaryCase = (spelling.match(/\p{Ll}/gu)?.length ?? 0) > (spelling.match(/\p{Lu}/gu)?.length ?? 0);
    // Only spellings in ordinary case vote: a capitals header resolves to a guessed title case.
    const known = byName.get(name);
    if (known) {
      known.support += Number(ordinaryCase);
      known.ordinaryCase ||= ordinaryCase;
      return;
    }
    const folded = fold(name);
    byName.set(name, {
      name,
      ordinaryCase,
      namesJurisdiction: province !== null && namesProvince(folded, province),
      marks: markCount(name),
      support: Number(ordinaryCase),
      order,
    });
  });
  const best = [...byName.values()].sort(compare)[0];
  return completed(best?.name ?? body.name, province);
}

const memo = new BoundedMemo<string, string>(20_000);

/** The display name of a body, by the rule above (memoized: bodies are read again and again). */
export function bodyDisplayName(body: NamedBody): string {
  const memoKey = [body.key, body.name, body.jurisdiction ?? '', ...body.aliases].join('\n');
  return memo.get(memoKey, () => chooseDisplayName(body));
}
