/**
 * Restored forms of what staff read: a document's title and its tasks' texts. The original strings stay as
 * the source wrote them; restoration is stored beside them and used for display and search.
 *
 * The damage level is estimated once from the whole document (a title alone is too short to tell), and a
 * document whose text shows no damage is left alone: restoring clean text can only make words wrong.
 */
import type { Extraction } from '../extract/types';
import { fold } from '../text/fold';
import { estimateDamageOfCounts, type DamageLevel } from './channel';
import { BoundedMemo } from '../extract/memo';
import { readModelFile, SyllableModel } from './languageModel';
import { buildModelTables, type ModelTables } from './modelTables';
import { MODEL_FILE } from './modelFile';
import { CLEAN_MARKED_SHARE, restoreString } from './restoreText';
import { countSyllables, type SyllableCounts } from './syllables';

export interface RestoredString {
  text: string;
  /** Share of the string's syllables that restoration changed. */
  changedShare: number;
}

export interface DisplayRestoration {
  /** Version of the model that restored (`MODEL_VERSION`). */
  model: string;
  title: RestoredString | null;
  /** Restored task texts by task ordinal; tasks whose text did not change are absent. */
  tasks: Record<number, RestoredString>;
}

/** Above these, a text is damaged: marks lost from known words, or words no clean text spells. */
const LOST_MARKS_DAMAGED = 0.05;
const UNKNOWN_WORDS_DAMAGED = 0.03;

let loaded: SyllableModel | null = null;
let provider: (() => SyllableModel) | null = null;

/**
 * Where this thread gets the model on first use instead of reading the file: an extraction worker of an
 * ingestion asks the thread that started it for tables it shares with the other workers (preparationPool.ts).
 */
export function provideRestorationModel(load: () => SyllableModel): void {
  provider = load;
}

/** The committed model, read once per process (and per worker thread unless a provider shares it). */
export function restorationModel(): SyllableModel {
  loaded ??= provider ? provider() : SyllableModel.fromFile(MODEL_FILE);
  return loaded;
}

let sharedTables: ModelTables | null = null;

/** The committed model's tables on SharedArrayBuffers, built once per process, for worker threads to share. */
export function sharedRestorationTables(): ModelTables {
  sharedTables ??= buildModelTables(readModelFile(MODEL_FILE), { shared: true });
  return sharedTables;
}

/** The syllables of a whole text, as restoration sees them, counted. */
function syllablesOf(text: string): SyllableCounts {
  return countSyllables(text.normalize('NFC'));
}

/** How damaged a whole text is, or null when it reads as clean Vietnamese. */
export function documentDamage(text: string, model: SyllableModel): DamageLevel | null {
  return damageOf(syllablesOf(text), model);
}

function damageOf(words: SyllableCounts, model: SyllableModel): DamageLevel | null {
  if (!words.total) return null;
  const damage = estimateDamageOfCounts(words.counts, model, CLEAN_MARKED_SHARE);
  let unknownCount = 0;
  for (const [w, n] of words.counts) if (!model.count(w.toLowerCase()) && !model.spellings(fold(w)).length) unknownCount += n;
  const unknown = unknownCount / words.total;
  const lost = Math.exp(-damage.lostMark);
  return lost >= LOST_MARKS_DAMAGED || unknown >= UNKNOWN_WORDS_DAMAGED ? damage : null;
}

/**
 * Clean at a glance, without the model: most syllables carry marks, and hardly any holds a letter or symbol
 * Vietnamese does not write (f, j, w, z, digits or €¢& inside a word are OCR look-alikes). Most documents are
 * clean, so most never load the model.
 */
export function looksClean(text: string): boolean {
  return looksCleanWords(syllablesOf(text));
}

/** Per word: 1 when it carries a mark, 2 when it holds a letter or symbol Vietnamese does not write. */
const wordSigns = new BoundedMemo<string, number>(50_000);
const signsOf = (w: string): number => (fold(w) !== w.toLowerCase() ? 1 : 0) | (/[fjwz€¢&\p{N}]/iu.test(w) ? 2 : 0);

function looksCleanWords(words: SyllableCounts): boolean {
  if (!words.total) return true;
  let marked = 0;
  let odd = 0;
  for (const [w, n] of words.counts) {
    const signs = wordSigns.get(w, signsOf);
    if (signs & 1) marked += n;
    if (signs & 2) odd += n;
  }
  return marked / words.total >= CLEAN_MARKED_SHARE - 0.1 && odd / words.total < 0.005;
}

export function restoreDisplayTexts(extraction: Extraction, documentText: string, model?: SyllableModel): DisplayRestoration | null {
  const words = syllablesOf(documentText);
  if (!model && looksCleanWords(words)) return null;
  const decoder = model ?? restorationModel();
  const damage = damageOf(words, decoder);
  if (!damage) return null;
  const restore = (s: string): RestoredString | null => {
    const r = restoreString(s, decoder, { damage });
    return r.text === s.normalize('NFC') ? null : { text: r.text, changedShare: r.changedShare };
  };
  const title = extraction.document.title === null ? null : restore(extraction.document.title);
  const tasks: Record<number, RestoredString> = {};
  for (const task of extraction.tasks) {
    const restored = restore(task.text);
    if (restored) tasks[task.ordinal] = restored;
  }
  return { model: decoder.version, title, tasks };
}
