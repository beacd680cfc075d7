/**
 * When a new text of a document is too much smaller than the stored one to be applied without being asked:
 * an excerpt, a first page, or a truncated upload would otherwise silently replace the whole document and
 * its recorded progress. Pure; the numbers go into the refusal so the user can judge.
 */
import { DirectiveGraphError, ErrorCode } from '../errors';

export interface DocumentSize {
  /** Characters of the text; null when the stored version predates recording it. */
  textLength: number | null;
  tasks: number;
  citations: number;
}

/** A new text shorter than this share of the stored one is suspicious. */
const MIN_TEXT_SHARE = 0.5;
/** Keeping fewer than this share of the tasks or citations is suspicious... */
const MIN_ITEM_SHARE = 0.5;
/** ...once the stored version has at least this many (dropping 2 of 3 is an ordinary correction). */
const MIN_ITEMS_TO_JUDGE = 4;

/** Reasons a replacement looks like an excerpt rather than a new version; empty when it does not. */
export function suspiciousReplacement(stored: DocumentSize, incoming: DocumentSize): string[] {
  const reasons: string[] = [];
  const share = (n: number, of: number) => `${Math.round((100 * n) / of)}%`;
  if (stored.textLength !== null && incoming.textLength !== null && incoming.textLength < stored.textLength * MIN_TEXT_SHARE) {
    reasons.push(
      `the text has ${incoming.textLength} characters against ${stored.textLength} stored (${share(incoming.textLength, stored.textLength)})`,
    );
  }
  if (stored.tasks >= MIN_ITEMS_TO_JUDGE && incoming.tasks < stored.tasks * MIN_ITEM_SHARE) {
    reasons.push(`it has ${incoming.tasks} of the ${stored.tasks} stored tasks`);
  }
  if (stored.citations >= MIN_ITEMS_TO_JUDGE && incoming.citations < stored.citations * MIN_ITEM_SHARE) {
    reasons.push(`it cites ${incoming.citations} of the ${stored.citations} stored citations`);
  }
  return reasons;
}

export function suspiciousReplacementError(key: string, reasons: string[]): DirectiveGraphError {
  return new DirectiveGraphError(
    ErrorCode.SUSPICIOUS_REPLACEMENT,
    `Not applied: the new text of ${key} looks like an excerpt of the stored version: ${reasons.join('; ')}. ` +
      'Nothing was changed. If it really replaces the whole document, send it again with replace: true (CLI: --replace).',
  );
}
