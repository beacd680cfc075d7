/**
 * A regulation issued with a decision (a "Quy chế phối hợp", a "Quy chế" or "Quy định ... ban hành kèm theo Quyết
 * định") sets procedures for parties it names by their part in them: "Cơ quan chủ trì có trách nhiệm tổng hợp ...",
 * "Cơ quan phối hợp chịu trách nhiệm về các thông tin đã cung cấp", "sở, ban, ngành được giao chủ trì phải có văn
 * bản ...", "Các cơ quan, đơn vị được giao phối hợp có trách nhiệm trả lời ...". Such an actor is whichever body a
 * case makes it: no body is given a duty there (the gold convention for coordination regulations). A plan's or a
 * directive's "các cơ quan, đơn vị được giao chủ trì" is left as it was: the gold annotates it there.
 */
import { foldForSearch } from '../../text/fold';
import { escapeRegExp } from '../../text/regex';
import { foldedPhrases } from '../vocabulary';
import { memoize } from '../memo';
import words from './clauseWords.json';
import type { RoleFinding, TaskDocument } from './types';

/** The title line a regulation's annex opens with ("QUY CHẾ", "QUY ĐỊNH"), folded. */
const REGULATION_TITLES: ReadonlySet<string> = new Set(foldedPhrases(words.regulationTitles));
/** Kinds of body a role-named actor is written with ("cơ quan", "đơn vị", "ngành"), folded, one or more words each. */
const KINDS: readonly string[] = foldedPhrases(words.roleNamedKinds);
/** The duty given that names it ("được giao", "được phân công nhiệm vụ"), folded. */
const DUTIES: readonly string[] = foldedPhrases(words.roleNamedDuties);
/** Its part in the procedure ("chủ trì", "phối hợp"), folded. */
const PARTS: readonly string[] = foldedPhrases(words.roleNamedParts);
/** Words before the kinds ("các", "một") and between them (",", "và"), folded. */
const OPENERS: readonly string[] = foldedPhrases(words.roleNamedOpeners);
const JOINERS: readonly string[] = foldedPhrases(words.roleNamedJoiners);

/** The findings of a regulation's articles without those of actors named only by their part in a procedure. */
export function withoutRoleNamedActors(doc: TaskDocument, findings: readonly RoleFinding[]): RoleFinding[] {
  // The names first: most documents have no role-named actor, and then the whole text need not be read for a title.
  const roleNamed = findings.map((f) => roleNamedName(f.actor.name));
  if (!roleNamed.includes(true)) return [...findings];
  const from = regulationStart(doc);
  if (from < 0) return [...findings];
  return findings.filter((f, i) => f.unit.start < from || !roleNamed[i]);
}

/** `namedByRole` of each finding's actor: a document repeats its names, answered once each. */
const roleNamedName = memoize(namedByRole, 20_000);

/**
 * Where the regulation's own title line stands ("QUY CHẾ" alone on its line, marks of emphasis aside), else -1. A
 * table row is no title: a plan's one-cell row "| Quy định |" heads a column, not an annex.
 */
export function regulationStart(doc: TaskDocument): number {
  // One regex pass over the text: a title line is its words and nothing else but marks of emphasis and spaces.
  const m = REGULATION_TITLE_LINE.exec(doc.folded.toLowerCase());
  return m ? m.index + (m[0].charCodeAt(0) === 0x0a ? 1 : 0) : -1;
}

/**
 * A line that reads as one of REGULATION_TITLES once its marks of emphasis (`*`, `#`, `_`) and runs of spaces are
 * read as one space and its ends trimmed: the title's words, separated by such characters only. `[^\S\n]` is any
 * space but the line break (lines are split at `\n` only).
 */
const REGULATION_TITLE_LINE = ((): RegExp => {
  const filler = '(?:[*#_]|[^\\S\\n])';
  const titles = [...REGULATION_TITLES].map((t) => {
    const words = t.split(' ');
    if (words.some((w) => w === '' || /[*#_\s]/.test(w))) throw new Error(`clauseWords.json regulationTitles: "${t}" must fold to words without *, # or _`);
    return words.map(escapeRegExp).join(`${filler}+`);
  });
  return new RegExp(`(?:^|\\n)${filler}*(?:${titles.join('|')})${filler}*(?=\\n|$)`);
})();

/**
 * "Cơ quan chủ trì", "các cơ quan, đơn vị được giao phối hợp", "Ngành được giao": one kind of body or a list of them,
 * then only a given duty and/or a part. A name with more after it ("Cơ quan chủ trì giải quyết thủ tục đầu tư dự
 * án", "cơ quan có chức năng quản lý đất đai") is not one.
 */
export function namedByRole(name: string): boolean {
  let rest = foldForSearch(name).replace(/,/g, ' , ').replace(/\s+/g, ' ').trim();
  const opener = OPENERS.find((o) => rest.startsWith(`${o} `));
  if (opener) rest = rest.slice(opener.length + 1);
  let kinds = 0;
  for (;;) {
    const kind = leading(rest, KINDS);
    if (!kind) break;
    kinds++;
    rest = rest.slice(kind.length).trim();
    const joiner = JOINERS.find((j) => rest.startsWith(`${j} `));
    if (!joiner) break;
    rest = rest.slice(joiner.length + 1);
  }
  if (kinds === 0) return false;
  const duty = leading(rest, DUTIES);
  if (duty) rest = rest.slice(duty.length).trim();
  const part = PARTS.find((p) => rest === p);
  if (part) rest = '';
  return rest === '' && (!!duty || !!part);
}

/** The first of `words` that `rest` is or opens with, as whole words. */
function leading(rest: string, words: readonly string[]): string | undefined {
  return words.find((w) => rest === w || rest.startsWith(`${w} `));
}
