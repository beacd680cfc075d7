/**
 * A law cited by name where the same text also cites it with its number: "Căn cứ Luật Công nghiệp công nghệ
 * số số 71/2025/QH15; ... Thông tư này quy định chi tiết khoản 1 Điều 31 Luật Công nghiệp công nghệ số về
 * ..." names one law twice. The named mention takes the numbered one's symbol, so both merge into one
 * reference and what the text does to the law by name (guides, amends) lands on the numbered document.
 */
import type { Mention } from './mention';
import cueData from '../data/cues.json';

/** The folded name before the number: "luat cong nghiep cong nghe so" of "Luật ... số số 71/2025/QH15". */
function nameBeforeNumber(folded: string, m: Mention): string | null {
  const span = folded.slice(m.start, m.tailEnd);
  const num = /[\s,]+(?:so\s*)?\d+\s*\/\s*\d{4}\s*\/\s*qh/.exec(span);
  if (!num) return null;
  const name = squashName(span.slice(0, num.index));
  // "Luật" and at least two words of name ("Luật Tín ngưỡng, tôn giáo" keeps its comma): a bare "Luật số
  // 87/2025/QH15" names nothing.
  return /^luat(?:,? [a-z0-9]+){2,}$/.test(name) ? name : null;
}

/** Folded words as one spaced line: a line break or bold marks inside a name do not count, a comma sticks to its word. */
function squashName(s: string): string {
  return s.replace(/[\s*_]+/g, ' ').replace(/ ,/g, ',').trim();
}

/** Characters read from a named mention's start: its name may run past where the mention's title was cut. */
const NAME_READ = 200;

/** Folded words (cues.json) as regex alternatives. */
function alternatives(words: readonly string[]): string {
  return words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}

/** Words that may follow a law's full name in running text ("Luật X về ...", "Luật X năm 2024"), folded. */
const NAME_FOLLOWERS = alternatives(cueData.lawNameFollowers);

/** What may follow a law's full name: the end, a mark ("Luật X,") or one of NAME_FOLLOWERS. */
const AFTER_NAME = new RegExp(`^(?:$|[\\s,;.:)(]|\\s(?:${NAME_FOLLOWERS})\\s)`);

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
    // The text at the mention, not only its title: "Căn cứ Luật Tín ngưỡng, tôn giáo ngày 18/11/2016" is read
    // as "Luật Tín ngưỡng" (cut at the comma) but names the law the annex cites "... số 02/2016/QH14".
    const own = squashName(folded.slice(law.start, Math.max(law.end, law.start + NAME_READ)));
    const title = squashName(folded.slice(law.start, law.end)).replace(/[\s,;.:]+$/, '');
    const fits = names.filter((x) => own.startsWith(x.name) && AFTER_NAME.test(own.slice(x.name.length)) && !namesLongerLaw(title, x.name));
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

/** "luat nha o nam 2023", "luat nha o 2023": a law's name closed by the year of its adoption. */
const NAME_WITH_YEAR = /^(luat(?:,? [a-z0-9]+){1,}?),? (?:nam )?(\d{4})$/;

/**
 * A law named without a number in several ways ("Luật Nhà ở năm 2023", "Luật Nhà ở 2023", "Điều 27 Luật Nhà ở"
 * where the name reads on into the sentence): the mentions whose text starts with the name of one named with
 * its year take that mention's name and date, so they make one reference. Two years for one name (Luật Đất đai
 * 2013 and 2024) leave the others apart, as a stated other year does.
 */
export function linkNamedLawsByName(folded: string, named: readonly Mention[]): void {
  const withYear = new Map<string, { m: Mention; year: string }[]>();
  for (const law of named) {
    if (law.kind !== 'LUAT' || law.parsed || !law.namedTitle) continue;
    const y = NAME_WITH_YEAR.exec(squashName(folded.slice(law.start, law.tailEnd)).replace(/[\s,;.:]+$/, ''));
    if (!y) continue;
    const list = withYear.get(y[1]!) ?? [];
    list.push({ m: law, year: y[2]! });
    withYear.set(y[1]!, list);
  }
  const names = [...withYear.entries()].filter(([, list]) => new Set(list.map((x) => x.year)).size === 1).sort((a, b) => b[0].length - a[0].length);
  if (!names.length) return;
  for (const law of named) {
    if (law.kind !== 'LUAT' || law.parsed) continue;
    const own = squashName(folded.slice(law.start, Math.max(law.end, law.start + NAME_READ)));
    const title = squashName(folded.slice(law.start, law.end)).replace(/[\s,;.:]+$/, '');
    const fit = names.find(([name]) => own.startsWith(name) && AFTER_NAME.test(own.slice(name.length)) && !namesLongerLaw(title, name));
    if (!fit) continue;
    const [name, list] = fit;
    const year = /^\s*,?\s*(?:nam\s*)?(\d{4})\b/.exec(own.slice(name.length))?.[1];
    if (year && year !== list[0]!.year) continue;
    const canon = list[0]!.m;
    law.namedTitle = canon.namedTitle;
    law.title = canon.title;
    law.date = law.date ?? canon.date;
  }
}

/**
 * The mention's own title goes on past `name` with a word or a few of a name ("luat dau tu cong" after "luat dau
 * tu"): it names another law. A title that runs on for many words read the sentence on ("Luật Nhà ở do điều chỉnh
 * quy hoạch tỉnh hoặc ..."), and the words that may follow a full name (AFTER_NAME's "về", "năm", ...) or a year go
 * on with the same law.
 */
function namesLongerLaw(title: string, name: string): boolean {
  if (title.length <= name.length || !title.startsWith(name)) return false;
  const rest = title.slice(name.length);
  if (!/^ [a-z]/.test(rest) || SAME_LAW_AFTER.test(rest)) return false;
  return rest.trim().split(' ').length <= LONGER_NAME_WORDS;
}

/** After a law's name, words that go on with the same law: AFTER_NAME's, a year glued by OCR ("năm2020"), "hiện hành". */
const SAME_LAW_AFTER = new RegExp(`^\\s(?:(?:${NAME_FOLLOWERS})(?:\\s|$|\\d)|(?:${alternatives(cueData.sameLawFollowers)})\\b)`);

/** Words a law's name adds at most to a shorter law's name ("Luật Đầu tư" -> "Luật Đầu tư công"). */
const LONGER_NAME_WORDS = 4;
