/**
 * Extraction quality when the text is damaged the way users' files are, on the annotated development documents:
 *
 *   npx tsx scripts/extraction-robustness.ts [--held-out] [--only none,nodiacritics,...,oldtone,abbreviated]
 *
 * Each document is read as `npm run eval` reads it (`sourceReader`), its text perturbed, then extracted and compared
 * with its gold; the pooled figures are printed per perturbation. The perturbations are seeded (the same code gives
 * the same figures):
 * - `nodiacritics`: every mark lost, letters otherwise right ("So Tai chinh chu tri");
 * - `ocrpartial`, `ocrstripped`: the bench generator's OCR model (bench/generator/damage.ts, fitted to the samples):
 *   one word in six with a marked letter misread; marks lost with look-alikes ("B6 Ngi vu", "Piéu 2");
 * - `wrap50`, `wrap72`: each paragraph rewrapped at that many columns (tests/extract/lineWidth.fixtures.ts);
 * - layout and wording as other offices write the same content (tests/extract/layoutVariants.fixtures.ts): list
 *   labels and bullets in the other style (`numbering`, `bullets`), headings in capitals (`headingcaps`), no blank
 *   line or one after each sentence (`noblank`, `blanklines`), no bold or italics (`noemphasis`), the old tone
 *   placement "Uỷ", "hoà" (`oldtone`), "Ủy ban nhân dân"/"Hội đồng nhân dân" as "UBND"/"HĐND" and back
 *   (`abbreviated`, `expanded`).
 * `--held-out` reports the held-out documents (gold-real files not in DEV.txt, and gold-heldout) instead: figures
 * only, for the lead; rules are never written while reading them.
 */
import { damageText, stripDiacritics } from '../bench/generator/damage';
import { Rng } from '../bench/generator/prng';
import { extractDocument } from '../src/extract/extractDocument';
import { summarize } from '../src/eval/evaluate';
import { HELDOUT_GOLD, REAL_GOLD, development, evaluateGoldSet, heldOut, sourceReader, type DocumentReader } from '../src/eval/goldSets';
import { LAYOUT_VARIANTS } from '../tests/extract/layoutVariants.fixtures';
import { rewrapped } from '../tests/extract/lineWidth.fixtures';
import { parseArgs } from './lib/args';

const ocr = (diacritics: 'partial' | 'stripped') => (t: string) => damageText(t, { diacritics, wrapped: false, width: 80 }, new Rng(`robustness-${t.length}`));

const PERTURBATIONS: Record<string, (text: string) => string> = {
  none: (t) => t,
  nodiacritics: stripDiacritics,
  ocrpartial: ocr('partial'),
  ocrstripped: ocr('stripped'),
  wrap50: (t) => rewrapped(t, 50),
  wrap72: (t) => rewrapped(t, 72),
  ...LAYOUT_VARIANTS,
};

const pct = (x: number) => x.toFixed(3);
const USAGE = `Usage: npx tsx scripts/extraction-robustness.ts [--held-out] [--only ${Object.keys(PERTURBATIONS).join(',')}]`;

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), { values: ['only'], flags: ['held-out'] }, USAGE);
  const names = (args.value('only') ?? Object.keys(PERTURBATIONS).join(',')).split(',');
  const unknown = names.filter((n) => !PERTURBATIONS[n]);
  if (unknown.length) throw new Error(`Unknown perturbation ${unknown.join(', ')}; choose from ${Object.keys(PERTURBATIONS).join(', ')}.`);
  const heldOutOnly = args.flag('held-out');
  const base = sourceReader();
  console.log(`${heldOutOnly ? 'held-out' : 'development'} documents; assignments (body, role) and numbered references, P / R / F1 (tp/fp/fn)`);
  for (const name of names) {
    const perturb = PERTURBATIONS[name]!;
    const read: DocumentReader = async (file) => {
      const r = await base(file);
      return { ...r, text: perturb(r.text) };
    };
    const real = await evaluateGoldSet(REAL_GOLD, read, extractDocument);
    const docs = heldOutOnly ? [...heldOut(real), ...(await evaluateGoldSet(HELDOUT_GOLD, read, extractDocument)).documents] : development(real);
    const s = summarize(docs);
    const a = s.assignments;
    const r = s.references;
    console.log(
      `${name.padEnd(13)} assignments ${pct(a.precision)} / ${pct(a.recall)} / ${pct(a.f1)} (${a.tp}/${a.fp}/${a.fn})` +
        `   references ${pct(r.precision)} / ${pct(r.recall)} / ${pct(r.f1)} (${r.tp}/${r.fp}/${r.fn})`,
    );
  }
}

await main();
