/** A person's name (a family name and more capitalized words), which opens no body. */
import { isSurname } from '../surnames';
import { tokenize, type Token } from '../vocabulary';
import { nameWordOnLine } from './words';

/** A person's name: a family name and one to three more capitalized words on the line ("Trần Hồng Hà"), or 0. */
export function personNameAt(tokens: readonly Token[], i: number): number {
  const first = tokens[i];
  if (!first?.word || !first.cap || first.upper || !isSurname(first.f)) return 0;
  let n = 1;
  while (n < 4 && nameWordOnLine(tokens[i + n])) n++;
  return n >= 2 ? n : 0;
}

/** Whether a name as written opens with a person's name ("Đào Hồng Lan"). */
export function opensWithPersonName(name: string): boolean {
  return personNameAt(tokenize(name), 0) > 0;
}
