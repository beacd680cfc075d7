/**
 * How well restoration brings back clean text: clean documents the model was not trained on are damaged
 * (diacritics stripped fully or partly, or the OCR damage `bench/generator` models), restored, and compared
 * syllable by syllable with the clean text. Reported per damage and per word class, with the share of
 * syllables that were already right and that restoration made wrong (what a restorer must not do); the
 * `clean` row restores the undamaged text, where every change is a correct word made wrong.
 */
import { damageText, stripDiacritics, type DiacriticDamage } from '../../bench/generator/damage';
import { Rng } from '../../bench/generator/prng';
import type { SyllableModel } from '../restore/languageModel';
import { restoreText } from '../restore/restoreText';
import { splitSyllables } from '../restore/syllables';

export type DamageKind = 'clean' | 'stripped' | 'partlyStripped' | 'ocr';
export type WordClass = 'lower' | 'capitalized' | 'upper';

export interface Tally {
  syllables: number;
  /** Right after damage, before restoration. */
  damagedRight: number;
  restoredRight: number;
  /** Syllables the damage left right... */
  untouched: number;
  /** ...that restoration made wrong. */
  madeWrong: number;
}

export interface RestorationReport {
  documents: number;
  byDamage: Record<DamageKind, { all: Tally; byClass: Record<WordClass, Tally> }>;
}

const emptyTally = (): Tally => ({ syllables: 0, damagedRight: 0, restoredRight: 0, untouched: 0, madeWrong: 0 });

function wordClass(word: string): WordClass {
  if (word.length > 1 && word === word.toUpperCase()) return 'upper';
  return word[0] !== word[0]!.toLowerCase() ? 'capitalized' : 'lower';
}

/** Strips every mark of a word (OCR that lost them all) with probability `share`. */
function strip(word: string, rng: Rng, share: number): string {
  return rng.chance(share) ? stripDiacritics(word) : word;
}

function damageWord(word: string, kind: DamageKind, rng: Rng): string {
  if (kind === 'clean') return word;
  if (kind === 'stripped') return strip(word, rng, 1);
  if (kind === 'partlyStripped') return strip(word, rng, 0.5);
  const profile: DiacriticDamage = 'stripped';
  return damageText(word, { diacritics: profile, wrapped: false, width: 80 }, rng);
}

/** Damages one clean text word by word, restores it, and adds the comparison to `report`. */
export function evaluateRestoration(texts: readonly string[], model: SyllableModel, seed = 'restoration'): RestorationReport {
  const kinds: DamageKind[] = ['clean', 'stripped', 'partlyStripped', 'ocr'];
  const report: RestorationReport = {
    documents: texts.length,
    byDamage: Object.fromEntries(
      kinds.map((k) => [k, { all: emptyTally(), byClass: { lower: emptyTally(), capitalized: emptyTally(), upper: emptyTally() } }]),
    ) as RestorationReport['byDamage'],
  };
  for (const kind of kinds) {
    const rng = new Rng(`${seed}:${kind}`);
    for (const clean of texts) {
      const truth: { word: string; damaged: string; start: number }[] = [];
      let damagedText = '';
      for (const piece of splitSyllables(clean.normalize('NFC'))) {
        if (!piece.syllable) {
          damagedText += piece.text;
          continue;
        }
        const damaged = damageWord(piece.text, kind, rng);
        truth.push({ word: piece.text, damaged, start: damagedText.length });
        damagedText += damaged;
      }
      const restored = new Map(restoreText(damagedText, model).words.map((w) => [w.start, w.restored]));
      for (const t of truth) {
        const out = restored.get(t.start) ?? t.damaged;
        for (const tally of [report.byDamage[kind].all, report.byDamage[kind].byClass[wordClass(t.word)]]) {
          tally.syllables += 1;
          if (t.damaged === t.word) {
            tally.damagedRight += 1;
            tally.untouched += 1;
            if (out !== t.word) tally.madeWrong += 1;
          }
          if (out === t.word) tally.restoredRight += 1;
        }
      }
    }
  }
  return report;
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(2)}%` : '-');

export function formatRestorationReport(report: RestorationReport): string {
  const lines = [`Restoration on ${report.documents} clean documents not trained on (syllable accuracy)`, ''];
  lines.push('| damage | class | syllables | damaged text right | restored right | right words made wrong |', '|---|---|---|---|---|---|');
  for (const [kind, { all, byClass }] of Object.entries(report.byDamage)) {
    for (const [cls, t] of [['all', all] as const, ...Object.entries(byClass)]) {
      lines.push(`| ${kind} | ${cls} | ${t.syllables} | ${pct(t.damagedRight, t.syllables)} | ${pct(t.restoredRight, t.syllables)} | ${pct(t.madeWrong, t.untouched)} |`);
    }
  }
  return lines.join('\n');
}
