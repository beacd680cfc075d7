/**
 * The extraction pipeline for one document: normalized text in, `Extraction` out.
 *
 * normalizeText -> sections -> identity (kind, symbol, date, issuer, jurisdiction, ...) -> references (with the
 * identity's province and own symbol) -> tasks, bodies and assignments (read with hard wraps joined, so where a
 * line happened to end does not change who is assigned what). Pure and total: any string, however
 * damaged, gives an Extraction; a stage that fails on odd input is replaced by its empty result and a
 * warning, so one bad paragraph never loses the whole document.
 */
import { createHash } from 'node:crypto';
import { normalizeText } from '../text/fold';
import { wrappedBreaks } from '../text/wrappedLines';
import { blankRanges } from './blankedText';
import { withoutStrayMarks } from './strayMarks';
import { foldForSearch, foldKeepLength } from './folding';
import { extractSections } from './sections';
import { extractTasks } from './tasks';
import { extractIdentity, type IdentityResult } from './identity/extractIdentity';
import { extractReferences } from './references/extractReferences';
import { documentKey, symbolMatchKey } from './symbols';
import { extractEffectiveDates, NO_EFFECT_DATES } from './effect/effectiveDates';
import type { DocumentEffectDates, DocumentIdentity, DocumentReference, Extraction, ExtractionWarning, Section } from './types';
import type { TaskExtraction } from './tasks';
import type { SourceMetadata } from '../formats/types';

export interface ExtractOptions {
  fileName?: string;
  /** Identity printed outside the text (a portal's metadata block), from the formats stage. */
  metadata?: SourceMetadata | null;
}

const EMPTY_IDENTITY: DocumentIdentity = {
  kind: null,
  symbol: null,
  date: null,
  place: null,
  issuer: null,
  jurisdiction: null,
  title: null,
  signer: null,
  key: '',
  notes: null,
};

/** Run one stage; on an unexpected exception keep going with `fallback` and record why. */
function stage<T>(name: string, warnings: ExtractionWarning[], fallback: T, run: () => T): T {
  try {
    return run();
  } catch (error) {
    warnings.push({
      code: 'AMBIGUOUS',
      message: `The ${name} stage failed on this text and was skipped (${error instanceof Error ? error.message : String(error)}).`,
    });
    return fallback;
  }
}

/** Signals that a text is a government or Party document at all. */
/**
 * The motto an official text opens with: the State's "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" with "Độc lập - Tự
 * do - Hạnh phúc" under it, or the Party's "ĐẢNG CỘNG SẢN VIỆT NAM" in capitals on a line or cell of its own.
 * Articles quote the State's name, rarely with the slogan; essays name the Party, not in a capitals line.
 */
function opensWithMotto(text: string): boolean {
  const head = text.slice(0, 2500);
  const folded = foldForSearch(head);
  if (/cong hoa xa hoi chu nghia viet nam[\s|*_-]{0,40}doc lap\W{1,6}tu do\W{1,6}hanh phuc/.test(folded)) return true;
  // A cell reading "dang cong san viet nam" leaves those words in the folded head, emphasis marks aside:
  // without them there, no cell needs folding.
  if (!folded.replace(/[*_]/g, '').replace(/ +/g, ' ').includes('dang cong san viet nam')) return false;
  return head.split(/\n|\|/).some((cell) => {
    const t = cell.replace(/[*_]/g, '').trim();
    return t === t.toUpperCase() && foldForSearch(t) === 'dang cong san viet nam';
  });
}

/** Signals needed to read a text as a government or Party document. */
const ENOUGH_SIGNALS = 2;

/**
 * Whether the text shows enough signals. The motto (folding the text's head) is read last and only when the
 * identity, citations and sections do not already suffice, as in most documents.
 */
function looksGovernmental(text: string, idn: DocumentIdentity, refs: readonly DocumentReference[], sections: readonly Section[]): boolean {
  const signals =
    (idn.kind ? 1 : 0) +
    (idn.symbol ? 2 : 0) +
    (idn.issuer ? 1 : 0) +
    (refs.some((r) => r.symbol) ? 1 : 0) +
    (sections.length >= 2 ? 1 : 0);
  return signals >= ENOUGH_SIGNALS || (opensWithMotto(text) ? 2 : 0) + signals >= ENOUGH_SIGNALS;
}

/**
 * A document whose header is lost may still carry its number in the line that heads its attached part:
 * "(Kèm theo Quyết định số 275/QĐ-UBND ngày 3/10/2021 của UBND tỉnh)" under the plan a decision issues.
 * When the document has no symbol of its own and that citation is of its own kind (and issuer, when both
 * are known), the citation is the document itself: its symbol (and date, if none) are taken, with a note,
 * and it is dropped from the references.
 */
function adoptAttachedParentSymbol(text: string, document: DocumentIdentity, references: DocumentReference[]): void {
  // "(Kèm theo Quyết định số ...)" or a line "Ban hành kèm theo ...": the head of an attached part, naming
  // the document that issues it; "thực hiện Quy chế ban hành kèm theo Quyết định số ..." inside a sentence
  // is an ordinary citation.
  const parentLine = (start: number) =>
    /(?:^|\n|\()[\s*]*(?:ban h\S{0,2}nh\s+)?k\S{0,2}m\s+th\S{0,2}o\s*$/.test(foldKeepLength(text.slice(Math.max(0, start - 30), start)));
  // Each annex may repeat the line ("Kèm theo Quyết định số: 203/QĐ-UBND ..." heading two annexes, the own number
  // misprinted: gold-real README, sixth round): every mention must be such a line.
  const i = references.findIndex((r) => r.symbol && r.mentions.length > 0 && r.mentions.every((m) => parentLine(m.start)));
  if (i < 0) return;
  const parent = references[i]!;
  const sameDocument =
    !document.symbol &&
    (!document.kind || parent.kind === document.kind) &&
    (!document.issuer || !parent.issuer || foldForSearch(parent.issuer) === foldForSearch(document.issuer));
  references.splice(i, 1);
  if (!sameDocument) {
    if (parent.symbol !== document.symbol) {
      const note = `Issued with ${parent.symbol} ("Kèm theo ..." line); not listed as a citation.`;
      document.notes = document.notes ? `${document.notes} ${note}` : note;
    }
    return;
  }
  document.symbol = parent.symbol;
  document.kind = document.kind ?? parent.kind;
  const note = `Symbol${document.date ? '' : ' and date'} from the attached part's "Kèm theo ${parent.symbol}" line (no header).`;
  document.date = document.date ?? parent.date;
  document.issuer = document.issuer ?? parent.issuer;
  document.jurisdiction = document.jurisdiction ?? parent.jurisdiction;
  document.notes = document.notes ? `${document.notes} ${note}` : note;
  document.key = documentKey({ ...document });
}

/**
 * A document never cites itself: a reference whose symbol is one of the document's own (by match key, so
 * OCR spacing, Đ/D and leading zeros do not matter) is the document mentioning itself. The references stage
 * already skips them; the own symbol may also be adopted after it ran (a "Kèm theo ..." line).
 */
function dropSelfMentions(references: DocumentReference[], ownSymbols: readonly string[]): void {
  const own = new Set(ownSymbols.map(symbolMatchKey));
  for (let i = references.length - 1; i >= 0; i--) {
    const s = references[i]!.symbol;
    if (s && own.has(symbolMatchKey(s))) references.splice(i, 1);
  }
}

/**
 * `joinWrappedLines(text, <section starts>)`, made as a blanked copy of the text (its joined line breaks the
 * blanked ranges, a space each): the copy's fold and tokens are then read off the text's own (blankedText.ts).
 */
function joinedLines(text: string, sections: readonly Section[]): string {
  const breaks = wrappedBreaks(text, sections.map((s) => s.start));
  return blankRanges(text, breaks.map((b) => ({ start: b, end: b + 1 })));
}

/** Extract everything from one document's text. Never throws. */
export function extractDocument(rawText: string, opts: ExtractOptions = {}): Extraction {
  const warnings: ExtractionWarning[] = [];
  const text = typeof rawText === 'string' ? stage('normalize', warnings, rawText, () => normalizeText(rawText)) : '';
  const contentHash = createHash('sha256').update(text, 'utf8').digest('hex');
  const sections = stage('sections', warnings, [] as Section[], () => extractSections(text));
  const idr = stage<IdentityResult>('identity', warnings, { identity: { ...EMPTY_IDENTITY }, province: null, symbolSpan: null, ownSymbols: [], hasHeader: false }, () =>
    extractIdentity(text, opts.metadata ?? null),
  );
  const document = idr.identity;
  // Without symbol and title nothing identifies the document but its content.
  if (!document.key || (!document.symbol && !document.title)) {
    document.key = documentKey({ ...document, title: `sha256 ${contentHash.slice(0, 16)}` });
  }
  const references = stage('references', warnings, [] as DocumentReference[], () =>
    extractReferences(text, {
      province: idr.province,
      ownSymbols: idr.ownSymbols,
      ownTitle: document.title,
      ownKind: document.kind,
      ownIssuer: document.issuer && document.jurisdiction ? { name: document.issuer, jurisdiction: document.jurisdiction } : null,
      sections,
    }),
  );
  adoptAttachedParentSymbol(text, document, references);
  dropSelfMentions(references, [...idr.ownSymbols, ...(document.symbol ? [document.symbol] : [])]);
  const effect = stage<DocumentEffectDates>('effect', warnings, NO_EFFECT_DATES, () => extractEffectiveDates(text, document.date));
  const taskResult = stage<TaskExtraction>('tasks', warnings, { tasks: [], assignments: [], bodies: [] }, () =>
    extractTasks(withoutStrayMarks(joinedLines(text, sections)), sections, {
      jurisdiction: document.jurisdiction,
      issuer: document.issuer,
      kind: document.kind,
      title: document.title,
      references,
      shown: text,
    }),
  );

  if (!text.trim()) {
    warnings.push({ code: 'NOT_A_GOVERNMENT_DOCUMENT', message: 'The text is empty.' });
  } else if (!looksGovernmental(text, document, references, sections)) {
    warnings.push({
      code: 'NOT_A_GOVERNMENT_DOCUMENT',
      message: 'No document kind, symbol, issuer or citation found: this does not look like a government or Party document.',
    });
  } else {
    // A text read as a government or Party document always has a kind: one no header, symbol or "<kind> này"
    // names (a charter, a portal's question-and-answer article quoting laws) is the schema's catch-all OTHER.
    // Read after the signals above, so the fallback is never itself counted as one.
    document.kind ??= 'OTHER';
    if (!document.symbol) {
      warnings.push({
        code: 'NO_SYMBOL',
        message: 'The text carries no number and symbol; the document is keyed by kind and title and may be matched to a cited document later.',
      });
    }
    if (!document.date) warnings.push({ code: 'NO_DATE', message: 'No date of issue found in the header or the closing lines.' });
    if (!document.issuer) warnings.push({ code: 'NO_ISSUER', message: 'The issuing body could not be read from the header, signature or symbol.' });
  }
  for (const r of references) {
    if (r.jurisdiction === 'unknown') {
      warnings.push({
        code: 'AMBIGUOUS',
        message: `Local citation ${r.symbol ?? r.title ?? r.key} has no known province: the citing document names none.`,
        start: r.mentions[0]?.start,
        end: r.mentions[0]?.end,
      });
    }
  }

  return {
    file: opts.fileName ?? null,
    contentHash,
    document,
    sections,
    references,
    effect,
    bodies: taskResult.bodies,
    tasks: taskResult.tasks,
    assignments: taskResult.assignments,
    warnings,
  };
}
