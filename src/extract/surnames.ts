/** Vietnamese family names (data/surnames.json): a person's name, a signer's among them, starts with one. */
import data from './data/surnames.json';

const SURNAMES: ReadonlySet<string> = new Set(data.surnames);

/** Whether a folded word ("nguyen", "tran") is a family name. */
export function isSurname(folded: string): boolean {
  return SURNAMES.has(folded);
}
