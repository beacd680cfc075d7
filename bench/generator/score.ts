/**
 * Extraction recall on synthetic documents: what the generator planted (manifest) against what
 * `extractDocument` found. Used by the benchmark (a table in RESULTS.md) and by tests/bench.
 */
import { foldForSearch } from '../../src/text/fold';
import type { Extraction } from '../../src/extract/types';
import type { ManifestDocument } from './manifest';

export interface Tally {
  planted: number;
  found: number;
}

export interface ExtractionScore {
  documents: number;
  /** Identity of documents whose header survived: symbol, date, jurisdiction, kind, key. */
  identity: { documents: number; symbol: number; date: number; jurisdiction: number; kind: number; key: number };
  citations: Tally & { relationCorrect: number; extracted: number; extractedPlanted: number };
  /** Citation recall by OCR damage of the document and by damage applied to the mention. */
  citationsByDamage: Record<string, Tally>;
  assignments: Tally;
  deadlines: Tally;
  targets: Tally;
}

export function emptyScore(): ExtractionScore {
  return {
    documents: 0,
    identity: { documents: 0, symbol: 0, date: 0, jurisdiction: 0, kind: 0, key: 0 },
    citations: { planted: 0, found: 0, relationCorrect: 0, extracted: 0, extractedPlanted: 0 },
    citationsByDamage: {},
    assignments: { planted: 0, found: 0 },
    deadlines: { planted: 0, found: 0 },
    targets: { planted: 0, found: 0 },
  };
}

function bump(map: Record<string, Tally>, key: string, found: boolean): void {
  const t = (map[key] ??= { planted: 0, found: 0 });
  t.planted++;
  if (found) t.found++;
}

/** Folded, with the usual abbreviations written one way ("Ủy ban nhân dân" = "UBND"). */
export function bodyForm(name: string): string {
  return foldForSearch(name)
    .replace(/\buy ban nhan dan\b/g, 'ubnd')
    .replace(/\bhoi dong nhan dan\b/g, 'hdnd')
    .replace(/\bmat tran to quoc\b/g, 'mttq')
    .replace(/[.,;:]+$/, '');
}

/** A body name found by the extractor matches a planted one when it is the same name, possibly with trailing words. */
function sameBody(planted: string, extracted: string): boolean {
  const p = bodyForm(planted);
  const e = bodyForm(extracted);
  return e === p || e.startsWith(`${p} `) || p.startsWith(`${e} `);
}

/** Adds one document's comparison to `score` (mutates and returns it). */
export function scoreDocument(score: ExtractionScore, planted: ManifestDocument, extraction: Extraction): ExtractionScore {
  score.documents++;
  if (!planted.headerMissing) {
    const id = extraction.document;
    score.identity.documents++;
    if (id.symbol === planted.symbol) score.identity.symbol++;
    if (id.date === planted.date) score.identity.date++;
    if (id.jurisdiction === planted.jurisdiction) score.identity.jurisdiction++;
    if (id.kind === planted.kind) score.identity.kind++;
    if (id.key === planted.key) score.identity.key++;
  }

  const extractedByKey = new Map(extraction.references.map((r) => [r.key.normalize('NFC'), r]));
  const plantedKeys = new Set(planted.citations.map((c) => c.key));
  for (const c of planted.citations) {
    const hit = extractedByKey.get(c.key);
    score.citations.planted++;
    if (hit) {
      score.citations.found++;
      if (hit.relation === c.relation) score.citations.relationCorrect++;
    }
    bump(score.citationsByDamage, `document ${planted.damage.diacritics}`, !!hit);
    if (c.damage.length === 0) bump(score.citationsByDamage, 'mention undamaged', !!hit);
    for (const tag of c.damage) bump(score.citationsByDamage, `mention ${tag}`, !!hit);
  }
  // Precision over numbered references only: laws cited by name are planted but keyed by the extractor's own scheme.
  for (const r of extraction.references) {
    if (!r.symbol) continue;
    score.citations.extracted++;
    if (plantedKeys.has(r.key.normalize('NFC'))) score.citations.extractedPlanted++;
  }

  const plantedAssignments = new Map<string, { body: string; role: string }>();
  for (const t of planted.tasks) {
    for (const a of t.assignments) plantedAssignments.set(`${foldForSearch(a.body)}|${a.role}`, { body: a.body, role: a.role });
  }
  for (const a of plantedAssignments.values()) {
    score.assignments.planted++;
    if (extraction.assignments.some((x) => x.role === a.role && sameBody(a.body, x.body))) score.assignments.found++;
  }

  const extractedDeadlines = new Set(extraction.tasks.flatMap((t) => (t.deadline ? [t.deadline.dueDate ?? t.deadline.period ?? ''] : [])));
  const plantedDeadlines = new Set(planted.tasks.flatMap((t) => (t.deadline ? [t.deadline.dueDate ?? t.deadline.period ?? ''] : [])));
  for (const d of plantedDeadlines) {
    score.deadlines.planted++;
    if (extractedDeadlines.has(d)) score.deadlines.found++;
  }

  const extractedTargets = extraction.tasks.flatMap((t) => t.targets.map((g) => `${g.value}|${g.comparator ?? ''}`));
  const extractedValues = new Set(extractedTargets.map((x) => x.split('|')[0]));
  const plantedTargets = new Set(planted.tasks.flatMap((t) => t.targets.map((g) => String(g.value))));
  for (const v of plantedTargets) {
    score.targets.planted++;
    if (extractedValues.has(v)) score.targets.found++;
  }
  return score;
}

export function ratio(t: Tally): number {
  return t.planted === 0 ? 1 : t.found / t.planted;
}

export function percent(n: number, d: number): string {
  return d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}%`;
}

/** Rows for a Markdown table: measure, planted, found, rate. */
export function scoreRows(s: ExtractionScore): string[][] {
  const rows: string[][] = [
    ['document symbol (header present)', String(s.identity.documents), String(s.identity.symbol), percent(s.identity.symbol, s.identity.documents)],
    ['document date', String(s.identity.documents), String(s.identity.date), percent(s.identity.date, s.identity.documents)],
    ['document jurisdiction', String(s.identity.documents), String(s.identity.jurisdiction), percent(s.identity.jurisdiction, s.identity.documents)],
    ['document key (= planted)', String(s.identity.documents), String(s.identity.key), percent(s.identity.key, s.identity.documents)],
    ['citations (recall by key)', String(s.citations.planted), String(s.citations.found), percent(s.citations.found, s.citations.planted)],
    ['citation relation correct (of found)', String(s.citations.found), String(s.citations.relationCorrect), percent(s.citations.relationCorrect, s.citations.found)],
    ['numbered references that were planted (precision)', String(s.citations.extracted), String(s.citations.extractedPlanted), percent(s.citations.extractedPlanted, s.citations.extracted)],
  ];
  for (const [k, t] of Object.entries(s.citationsByDamage).sort()) rows.push([`citations, ${k}`, String(t.planted), String(t.found), percent(t.found, t.planted)]);
  rows.push(
    ['assignments (body + role per document)', String(s.assignments.planted), String(s.assignments.found), percent(s.assignments.found, s.assignments.planted)],
    ['deadlines (distinct per document)', String(s.deadlines.planted), String(s.deadlines.found), percent(s.deadlines.found, s.deadlines.planted)],
    ['targets (distinct values per document)', String(s.targets.planted), String(s.targets.found), percent(s.targets.found, s.targets.planted)],
  );
  return rows;
}
