/**
 * The effect gold (tests/fixtures/gold-effect, SCHEMA.md there): what each document does to the documents it
 * cites (REPLACES, REPEALS, AMENDS, ...) and its own date of effect, hand-annotated from the text. Relations
 * are matched on (kind, cited symbol by match key); the part affected is reported, not scored.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';
import { extractDocument } from '../extract/extractDocument';
import { symbolMatchKey } from '../extract/symbols';
import { EFFECT_KINDS, type EffectKind, type Extraction } from '../extract/types';
import { prf, type Counts, type Prf } from './evaluate';

export const EFFECT_GOLD_DIR = path.join(PROJECT_ROOT, 'tests/fixtures/gold-effect');

export interface GoldEffectRelation {
  kind: EffectKind;
  /** The cited document's symbol as written in the text. */
  target: string;
  /** The part affected as the annotator read it; null = the whole document. */
  part: string | null;
}

export interface GoldEffectFile {
  /** `development`: annotated before the extractor was tuned on it; `heldout`: annotated after, never tuned on. */
  split: 'development' | 'heldout';
  file: string;
  symbol: string;
  date: string | null;
  effectiveFrom: string | null;
  effectiveUntil: string | null;
  relations: GoldEffectRelation[];
}

export interface EffectEvaluation {
  documents: number;
  byKind: Partial<Record<EffectKind, Counts & Prf>>;
  /** Documents whose extracted `effectiveFrom` equals the gold (null = null counts). */
  effectiveFrom: { right: number; total: number; rate: number };
  misses: string[];
}

function relationKeys(rels: readonly { kind: EffectKind; target: string }[]): Set<string> {
  return new Set(rels.map((r) => `${r.kind} ${symbolMatchKey(r.target)}`));
}

export function extractedRelations(x: Extraction): { kind: EffectKind; target: string }[] {
  return x.references.flatMap((r) => (r.symbol ? r.effects.map((e) => ({ kind: e.kind, target: r.symbol! })) : []));
}

export function evaluateEffects(gold: readonly GoldEffectFile[], extract: (g: GoldEffectFile) => Extraction): EffectEvaluation {
  const counts = new Map<EffectKind, Counts>(EFFECT_KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0 }]));
  let right = 0;
  const misses: string[] = [];
  for (const g of gold) {
    const x = extract(g);
    const want = relationKeys(g.relations);
    const got = relationKeys(extractedRelations(x));
    for (const k of got) {
      const c = counts.get(k.split(' ')[0] as EffectKind)!;
      if (want.has(k)) c.tp++;
      else {
        c.fp++;
        misses.push(`${g.file}: extra ${k}`);
      }
    }
    for (const k of want) {
      if (got.has(k)) continue;
      counts.get(k.split(' ')[0] as EffectKind)!.fn++;
      misses.push(`${g.file}: missed ${k}`);
    }
    if (x.effect.effectiveFrom === g.effectiveFrom) right++;
    else misses.push(`${g.file}: effectiveFrom ${x.effect.effectiveFrom} (gold ${g.effectiveFrom})`);
  }
  const byKind: EffectEvaluation['byKind'] = {};
  for (const [k, c] of counts) if (c.tp + c.fp + c.fn > 0) byKind[k] = { ...c, ...prf(c) };
  return { documents: gold.length, byKind, effectiveFrom: { right, total: gold.length, rate: gold.length ? right / gold.length : 0 }, misses };
}

/** Every gold file of a directory, with the text it annotates (same stem, `.md`). */
export function readEffectGold(dir: string): { gold: GoldEffectFile; text: string }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const gold = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as GoldEffectFile;
      return { gold, text: readFileSync(path.join(dir, gold.file), 'utf8') };
    });
}

/** Evaluate the extractor on a gold directory. */
export function evaluateEffectGold(dir: string, split?: GoldEffectFile['split']): EffectEvaluation {
  const sets = readEffectGold(dir).filter((s) => !split || s.gold.split === split);
  const texts = new Map(sets.map((s) => [s.gold.file, s.text]));
  return evaluateEffects(
    sets.map((s) => s.gold),
    (g) => extractDocument(texts.get(g.file)!, { fileName: g.file }),
  );
}

export function formatEffectReport(e: EffectEvaluation): string {
  const lines = [`Effect gold: ${e.documents} documents`];
  for (const [k, c] of Object.entries(e.byKind)) {
    lines.push(`  ${k.padEnd(12)} P ${c.precision.toFixed(3)}  R ${c.recall.toFixed(3)}  F1 ${c.f1.toFixed(3)}  (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`);
  }
  lines.push(`  effectiveFrom right ${e.effectiveFrom.right}/${e.effectiveFrom.total} = ${e.effectiveFrom.rate.toFixed(3)}`);
  for (const m of e.misses) lines.push(`  - ${m}`);
  return lines.join('\n');
}
