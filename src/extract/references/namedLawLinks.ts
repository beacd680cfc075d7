/**
 * A law cited by name where the same text also cites it with its number: "Căn cứ Luật Công nghiệp công nghệ
 * số số 71/2025/QH15; ... Thông tư này quy định chi tiết khoản 1 Điều 31 Luật Công nghiệp công nghệ số về
 * ..." names one law twice. The named mention takes the numbered one's symbol, so both merge into one
 * reference and what the text does to the law by name (guides, amends) lands on the numbered document.
 */
import type { Mention } from './mention';

/** The folded name before the number: "luat cong nghiep cong nghe so" of "Luật ... số số 71/2025/QH15". */
function nameBeforeNumber(folded: string, m: Mention): string | null {
  const span = folded.slice(m.start, m.tailEnd);
  const num = /[\s,]+(?:so\s*)?\d+\s*\/\s*\d{4}\s*\/\s*qh/.exec(span);
  if (!num) return null;
  const name = span.slice(0, num.index).replace(/[\s*_]+/g, ' ').trim();
  // "Luật" and at least two words of name: a bare "Luật số 87/2025/QH15" names nothing.
  return /^luat(?: [a-z0-9]+){2,}$/.test(name) ? name : null;
}

/** Words that may follow a law's full name in running text ("Luật X về ...", "Luật X năm 2024", "Luật X,"). */
const AFTER_NAME = /^(?:$|[\s,;.:)(]|\s(?:ve|nam|ngay|da|duoc|quy|va)\s)/;

/** Give each named law mention the symbol of the numbered citation of the same law, the longest name first. */
export function linkNamedLaws(folded: string, numbered: readonly Mention[], named: readonly Mention[]): void {
  const names = numbered
    .filter((m) => m.kind === 'LUAT' && m.parsed)
    .map((m) => ({ m, name: nameBeforeNumber(folded, m) }))
    .filter((x): x is { m: Mention; name: string } => x.name !== null)
    .sort((a, b) => b.name.length - a.name.length);
  if (!names.length) return;
  for (const law of named) {
    if (law.kind !== 'LUAT' || law.parsed) continue;
    const own = folded.slice(law.start, law.end).replace(/[\s*_]+/g, ' ').trim();
    const fits = names.filter((x) => own.startsWith(x.name) && AFTER_NAME.test(own.slice(x.name.length)));
    if (!fits.length) continue;
    // The longest name wins; laws of one name (Luật Đất đai 2003 and 2024) are told apart by the year the
    // mention states, and left unlinked when it states none.
    const longest = fits.filter((x) => x.name.length === fits[0]!.name.length);
    const year = /^\s*,?\s*(?:nam\s*)?(\d{4})\b/.exec(own.slice(longest[0]!.name.length))?.[1] ?? null;
    const same = year ? longest.filter((x) => x.m.parsed!.symbol.includes(`/${year}/`)) : longest;
    const symbols = new Set(same.map((x) => x.m.parsed!.symbol));
    if (symbols.size !== 1) continue;
    const hit = same[0]!;
    law.parsed = hit.m.parsed;
    law.issuer = hit.m.issuer;
    law.jurisdiction = hit.m.jurisdiction;
    law.date = law.date ?? hit.m.date;
  }
}
