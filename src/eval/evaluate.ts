/**
 * Extraction quality against hand annotations (tests/fixtures/gold/SCHEMA.md).
 *
 * Measures, per document and pooled over documents (micro-averaged):
 * - numbered references: precision / recall / F1, matched on symbol (case, spaces, QD/QĐ and leading zeros
 *   ignored) and jurisdiction;
 * - among matched references: date, kind and issuer accuracy, and BASIS-or-not accuracy;
 * - assignments: precision / recall / F1 on distinct (body, role) pairs, body names compared on folded form
 *   with abbreviations expanded, by containment, or through a body resolver when one is given;
 * - document identity: kind, symbol, date, issuer and jurisdiction all equal, and each field apart (symbol and
 *   date counted over the documents whose header prints one, as the real-documents bar is stated);
 * - self-citations: references whose symbol is the document's own (there must be none).
 */
import { foldForSearch } from '../text/fold';
import { symbolMatchKey } from '../extract/symbols';
import { sameBody as resolverSameBody } from '../extract/bodies';
import type { Assignment, DocumentIdentity, DocumentKind, Extraction } from '../extract/types';

export interface GoldDocument {
  kind: DocumentKind | null;
  symbol: string | null;
  date: string | null;
  issuer: string | null;
  jurisdiction: string | null;
  title?: string | null;
  notes?: string | null;
}

export interface GoldReference {
  kind: DocumentKind;
  symbol: string | null;
  date: string | null;
  issuer: string | null;
  jurisdiction: string;
  relation: string;
  title?: string | null;
  evidence?: string;
  notes?: string | null;
}

export interface GoldAssignment {
  body: string;
  jurisdiction: string;
  role: string;
  section?: string;
  duty?: string;
  evidence?: string;
}

/**
 * What the comparison reads of an extraction: an `Extraction` is one, and so is a second annotation of the same
 * document (src/eval/agreement.ts), which is how two annotators' agreement is measured with the same rules.
 */
export interface ComparedOutput {
  document: Pick<DocumentIdentity, 'kind' | 'symbol' | 'date' | 'issuer' | 'jurisdiction'>;
  references: Pick<Extraction['references'][number], 'symbol' | 'jurisdiction' | 'date' | 'kind' | 'issuer' | 'relation' | 'evidence'>[];
  assignments: Pick<Assignment, 'body' | 'role' | 'jurisdiction' | 'official'>[];
}

export interface GoldFile {
  file: string;
  document: GoldDocument;
  references: GoldReference[];
  assignments: GoldAssignment[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Accuracy {
  correct: number;
  total: number;
}

export const IDENTITY_FIELDS = ['kind', 'symbol', 'date', 'issuer', 'jurisdiction'] as const;
export type IdentityField = (typeof IDENTITY_FIELDS)[number];

/** How the annotated file reached the evaluator: a saved portal page (with its metadata block) or the document itself. */
export type SourceForm = 'portal page' | 'document';

export interface DocumentEvaluation {
  file: string;
  /** The kind the gold gives the document (null when it gives none): the per-kind figures group on it. */
  goldKind: DocumentKind | null;
  /** Set by the gold-set runner, which reads the file (src/eval/goldSets.ts); absent for a comparison alone. */
  form?: SourceForm;
  /** False for identity-only expectations (no gold references or assignments to compare). */
  hasGold: boolean;
  references: Counts;
  date: Accuracy;
  kind: Accuracy;
  issuer: Accuracy;
  basis: Accuracy;
  assignments: Counts;
  identityCorrect: boolean;
  /** Per identity field; symbol and date only when the gold has one. */
  identityFields: Record<IdentityField, Accuracy>;
  /** Extracted references that are the document itself. */
  selfCitations: number;
  identityMismatches: { field: IdentityField; expected: unknown; actual: unknown }[];
  /** Human-readable misses and errors. */
  misses: string[];
}

export interface EvaluateOptions {
  /**
   * Whether two body names denote the same body. Defaults to the body resolver's `sameBody` (bodies/resolve.ts);
   * names are also compared on their folded, abbreviation-expanded form either way.
   */
  sameBody?: (a: string, b: string) => boolean;
  /**
   * The gold writes a body named through an official as the office ("Giám đốc Sở Nội vụ", a pair apart from
   * "Sở Nội vụ"): compare with the assignment's official and body together.
   */
  namesOfficials?: boolean;
}

const ABBREVIATIONS: [RegExp, string][] = [
  [/\bubnd\b/g, 'uy ban nhan dan'],
  [/\bhdnd\b/g, 'hoi dong nhan dan'],
  [/\bmttq\b/g, 'mat tran to quoc'],
  [/\bubmttq\b/g, 'uy ban mat tran to quoc'],
  [/\bvn\b/g, 'viet nam'],
  [/\btp\b/g, 'thanh pho'],
];

/** Folded body name for comparison: abbreviations expanded, punctuation and leading "các" dropped. */
export function normalizeBodyName(name: string): string {
  let s = foldForSearch(name).replace(/[^a-z0-9 ]+/g, ' ');
  for (const [re, full] of ABBREVIATIONS) s = s.replace(re, full);
  return s
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^cac\s+/, '');
}

/** Whether the evaluator counts two body names as one body (the resolver's `sameBody`, or folded names alike). */
export function sameBody(a: string, b: string, opts: EvaluateOptions = {}): boolean {
  if ((opts.sameBody ?? resolverSameBody)(a, b)) return true;
  const x = normalizeBodyName(a);
  const y = normalizeBodyName(b);
  if (x === y) return true;
  const xs = new Set(x.split(' '));
  const ys = new Set(y.split(' '));
  let inter = 0;
  for (const w of xs) if (ys.has(w)) inter++;
  return inter / (xs.size + ys.size - inter) >= 0.75;
}

/**
 * The most gold pairs matched one-to-one with extracted pairs (augmenting paths), where `candidates[i]` lists the
 * extracted pairs gold pair i may match. Taking the first free candidate in gold order instead undercounts: a
 * loose name match ("Ban Chỉ huy ..." to a longer extracted name) could take the pair another gold name matches
 * exactly. Returns, per gold pair, the index of its extracted pair or -1.
 */
export function matchPairs(candidates: readonly (readonly number[])[]): number[] {
  const goldOf = new Map<number, number>();
  const augment = (i: number, seen: Set<number>): boolean => {
    for (const k of candidates[i]!) {
      if (seen.has(k)) continue;
      seen.add(k);
      const holder = goldOf.get(k);
      if (holder === undefined || augment(holder, seen)) {
        goldOf.set(k, i);
        return true;
      }
    }
    return false;
  };
  candidates.forEach((_, i) => augment(i, new Set()));
  const matchOf = candidates.map(() => -1);
  for (const [k, i] of goldOf) matchOf[i] = k;
  return matchOf;
}

function refKey(symbol: string, jurisdiction: string): string {
  return `${symbolMatchKey(symbol)}@${foldForSearch(jurisdiction)}`;
}

function eqFolded(a: string | null | undefined, b: string | null | undefined): boolean {
  return foldForSearch(a ?? '') === foldForSearch(b ?? '');
}

function identityMismatches(expected: GoldDocument, x: ComparedOutput): DocumentEvaluation['identityMismatches'] {
  const out: DocumentEvaluation['identityMismatches'] = [];
  for (const field of IDENTITY_FIELDS) {
    const e = expected[field] ?? null;
    const a = x.document[field] ?? null;
    const ok = field === 'symbol' ? (e === null ? a === null : a !== null && symbolMatchKey(e) === symbolMatchKey(a)) : eqFolded(e, a) && (e === null) === (a === null);
    if (!ok) out.push({ field, expected: e, actual: a });
  }
  return out;
}

function identityFieldAccuracy(expected: GoldDocument, mism: DocumentEvaluation['identityMismatches']): Record<IdentityField, Accuracy> {
  const wrong = new Set(mism.map((m) => m.field));
  const out = {} as Record<IdentityField, Accuracy>;
  for (const field of IDENTITY_FIELDS) {
    const printed = (field !== 'symbol' && field !== 'date') || (expected[field] ?? null) !== null;
    out[field] = printed ? { correct: wrong.has(field) ? 0 : 1, total: 1 } : { correct: 0, total: 0 };
  }
  return out;
}

function countSelfCitations(expected: GoldDocument, x: ComparedOutput, misses: string[]): number {
  const own = [expected.symbol, x.document.symbol].filter((s): s is string => !!s).map(symbolMatchKey);
  if (!own.length) return 0;
  const selfRefs = x.references.filter((r) => r.symbol && own.includes(symbolMatchKey(r.symbol)));
  for (const r of selfRefs) misses.push(`self-citation ${r.symbol}: "${r.evidence.slice(0, 80)}"`);
  return selfRefs.length;
}

/** Compare one extraction with its gold annotation. */
export function evaluateDocument(gold: GoldFile, x: ComparedOutput, opts: EvaluateOptions = {}): DocumentEvaluation {
  const misses: string[] = [];
  // Numbered references.
  const extracted = new Map<string, ComparedOutput['references'][number]>();
  for (const r of x.references) if (r.symbol) extracted.set(refKey(r.symbol, r.jurisdiction), r);
  const goldNumbered = gold.references.filter((r) => r.symbol);
  const refs: Counts = { tp: 0, fp: 0, fn: 0 };
  const date: Accuracy = { correct: 0, total: 0 };
  const kind: Accuracy = { correct: 0, total: 0 };
  const issuer: Accuracy = { correct: 0, total: 0 };
  const basis: Accuracy = { correct: 0, total: 0 };
  const matchedKeys = new Set<string>();
  for (const g of goldNumbered) {
    const key = refKey(g.symbol!, g.jurisdiction);
    const r = extracted.get(key);
    if (!r) {
      refs.fn++;
      misses.push(`missed reference ${g.symbol} (${g.jurisdiction})`);
      continue;
    }
    refs.tp++;
    matchedKeys.add(key);
    const check = (acc: Accuracy, ok: boolean, what: string, e: unknown, a: unknown) => {
      acc.total++;
      if (ok) acc.correct++;
      else misses.push(`${g.symbol}: ${what} expected ${JSON.stringify(e)}, got ${JSON.stringify(a)}`);
    };
    check(date, (g.date ?? null) === (r.date ?? null), 'date', g.date, r.date);
    check(kind, g.kind === r.kind, 'kind', g.kind, r.kind);
    check(issuer, eqFolded(g.issuer, r.issuer) && !!g.issuer === !!r.issuer, 'issuer', g.issuer, r.issuer);
    check(basis, (g.relation === 'BASIS') === (r.relation === 'BASIS'), 'BASIS-or-not (relation)', g.relation, r.relation);
  }
  for (const [key, r] of extracted) {
    if (matchedKeys.has(key)) continue;
    refs.fp++;
    misses.push(`extra reference ${r.symbol} (${r.jurisdiction}): "${r.evidence.slice(0, 80)}"`);
  }

  // Assignments on distinct (body, role) pairs.
  const goldPairs = uniquePairs(gold.assignments.map((a) => ({ body: a.body, role: a.role, jurisdiction: a.jurisdiction })));
  const named = (a: ComparedOutput['assignments'][number]) => (opts.namesOfficials && a.official ? `${a.official} ${a.body}` : a.body);
  const outPairs = uniquePairs(x.assignments.map((a) => ({ body: named(a), role: a.role, jurisdiction: a.jurisdiction })));
  const matchOf = matchPairs(goldPairs.map((g) => outPairs.flatMap((o, k) => (o.role === g.role && sameBody(g.body, o.body, opts) ? [k] : []))));
  const used = new Set(matchOf.filter((k) => k >= 0));
  const assignments: Counts = { tp: used.size, fp: outPairs.length - used.size, fn: goldPairs.length - used.size };
  goldPairs.forEach((g, i) => {
    if (matchOf[i]! < 0) misses.push(`missed assignment ${g.role} ${g.body}`);
  });
  outPairs.forEach((o, k) => {
    if (!used.has(k)) misses.push(`extra assignment ${o.role} ${o.body}`);
  });

  const mism = identityMismatches(gold.document, x);
  for (const m of mism) misses.push(`identity ${m.field}: expected ${JSON.stringify(m.expected)}, got ${JSON.stringify(m.actual)}`);
  const selfCitations = countSelfCitations(gold.document, x, misses);
  return {
    file: gold.file,
    goldKind: gold.document.kind ?? null,
    hasGold: true,
    references: refs,
    date,
    kind,
    issuer,
    basis,
    assignments,
    identityCorrect: mism.length === 0,
    identityFields: identityFieldAccuracy(gold.document, mism),
    selfCitations,
    identityMismatches: mism,
    misses,
  };
}

/** Identity-only check for a sample that has an expected identity but no full annotation. */
export function evaluateIdentity(file: string, expected: GoldDocument, x: ComparedOutput): DocumentEvaluation {
  const mism = identityMismatches(expected, x);
  const zero = (): Accuracy => ({ correct: 0, total: 0 });
  const misses = mism.map((m) => `identity ${m.field}: expected ${JSON.stringify(m.expected)}, got ${JSON.stringify(m.actual)}`);
  const selfCitations = countSelfCitations(expected, x, misses);
  return {
    file,
    goldKind: expected.kind ?? null,
    hasGold: false,
    references: { tp: 0, fp: 0, fn: 0 },
    date: zero(),
    kind: zero(),
    issuer: zero(),
    basis: zero(),
    assignments: { tp: 0, fp: 0, fn: 0 },
    identityCorrect: mism.length === 0,
    identityFields: identityFieldAccuracy(expected, mism),
    selfCitations,
    identityMismatches: mism,
    misses,
  };
}

function uniquePairs<T extends { body: string; role: string; jurisdiction: string }>(pairs: T[]): T[] {
  const seen = new Set<string>();
  return pairs.filter((p) => {
    const k = `${p.role}|${normalizeBodyName(p.body)}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export function prf(c: Counts): Prf {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

export function rate(a: Accuracy): number {
  return a.total ? a.correct / a.total : 1;
}

export interface EvaluationSummary {
  references: Prf & Counts;
  date: number;
  kind: number;
  issuer: number;
  basis: number;
  assignments: Prf & Counts;
  identity: Accuracy;
  /** Share right per identity field (symbol and date over documents whose header prints one). */
  identityFields: Record<IdentityField, Accuracy & { rate: number }>;
  selfCitations: number;
}

function add(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}
function addAcc(a: Accuracy, b: Accuracy): Accuracy {
  return { correct: a.correct + b.correct, total: a.total + b.total };
}

/** Pool per-document results (micro-average). */
export function summarize(docs: readonly DocumentEvaluation[]): EvaluationSummary {
  let refs: Counts = { tp: 0, fp: 0, fn: 0 };
  let asg: Counts = { tp: 0, fp: 0, fn: 0 };
  let date: Accuracy = { correct: 0, total: 0 };
  let kind = { ...date };
  let issuer = { ...date };
  let basis = { ...date };
  for (const d of docs) {
    if (!d.hasGold) continue;
    refs = add(refs, d.references);
    asg = add(asg, d.assignments);
    date = addAcc(date, d.date);
    kind = addAcc(kind, d.kind);
    issuer = addAcc(issuer, d.issuer);
    basis = addAcc(basis, d.basis);
  }
  const identityFields = {} as EvaluationSummary['identityFields'];
  for (const field of IDENTITY_FIELDS) {
    const acc = docs.reduce((a, d) => addAcc(a, d.identityFields[field]), { correct: 0, total: 0 });
    identityFields[field] = { ...acc, rate: rate(acc) };
  }
  return {
    references: { ...refs, ...prf(refs) },
    date: rate(date),
    kind: rate(kind),
    issuer: rate(issuer),
    basis: rate(basis),
    assignments: { ...asg, ...prf(asg) },
    identity: { correct: docs.filter((d) => d.identityCorrect).length, total: docs.length },
    identityFields,
    selfCitations: docs.reduce((n, d) => n + d.selfCitations, 0),
  };
}

const pct = (n: number) => n.toFixed(3);

/** The figures of one group of documents (a kind, a form): how many, and their pooled assignments and references. */
export interface GroupFigures {
  group: string;
  documents: number;
  assignments: Prf & Counts;
  references: Prf & Counts;
}

/**
 * Pool the documents group by group (`groupOf` names each document's group), weakest assignments F1 first, so a
 * rule writer sees which kinds of document the rules serve worst; ties go to the larger group.
 */
export function figuresBy(docs: readonly DocumentEvaluation[], groupOf: (d: DocumentEvaluation) => string): GroupFigures[] {
  const groups = new Map<string, DocumentEvaluation[]>();
  for (const d of docs) {
    const g = groupOf(d);
    const members = groups.get(g);
    if (members) members.push(d);
    else groups.set(g, [d]);
  }
  return [...groups]
    .map(([group, members]) => {
      const s = summarize(members);
      return { group, documents: members.length, assignments: s.assignments, references: s.references };
    })
    .sort((a, b) => a.assignments.f1 - b.assignments.f1 || b.documents - a.documents || a.group.localeCompare(b.group));
}

/** A table of group figures: assignments P / R / F1 and references F1 per group. */
export function formatGroups(title: string, groups: readonly GroupFigures[]): string {
  const out = [`${title.padEnd(24)} docs  assignments P  R      F1     (tp/fp/fn)       refs F1`];
  for (const g of groups) {
    const a = g.assignments;
    const counts = `(${a.tp}/${a.fp}/${a.fn})`.padEnd(16);
    out.push(`${g.group.padEnd(24)} ${String(g.documents).padStart(4)}  ${pct(a.precision)}  ${pct(a.recall)}  ${pct(a.f1)}  ${counts} ${pct(g.references.f1)}`);
  }
  return out.join('\n');
}

/** The figures of a set of documents, without the per-document lines. */
export function formatSummary(summary: EvaluationSummary): string {
  const out: string[] = [];
  const r = summary.references;
  const a = summary.assignments;
  out.push('Measure                          P      R      F1     (tp/fp/fn)');
  out.push(`numbered references              ${pct(r.precision)}  ${pct(r.recall)}  ${pct(r.f1)}  (${r.tp}/${r.fp}/${r.fn})`);
  out.push(`assignments (body, role)         ${pct(a.precision)}  ${pct(a.recall)}  ${pct(a.f1)}  (${a.tp}/${a.fp}/${a.fn})`);
  out.push('');
  out.push('Among matched references         accuracy');
  out.push(`date                             ${pct(summary.date)}`);
  out.push(`kind                             ${pct(summary.kind)}`);
  out.push(`issuer                           ${pct(summary.issuer)}`);
  out.push(`BASIS-or-not                     ${pct(summary.basis)}`);
  out.push('');
  out.push(`document identity correct        ${summary.identity.correct}/${summary.identity.total}`);
  for (const field of IDENTITY_FIELDS) {
    const f = summary.identityFields[field];
    out.push(`  ${field.padEnd(31)}${pct(f.rate)}  (${f.correct}/${f.total})`);
  }
  out.push(`self-citations                   ${summary.selfCitations}`);
  return out.join('\n');
}

/** Plain-text report: summary table, per-document table, then the misses. */
export function formatReport(docs: readonly DocumentEvaluation[], summary = summarize(docs)): string {
  const out: string[] = [formatSummary(summary), ''];
  out.push('Per document                      refs F1  date   kind   issuer basis  assign F1  identity');
  for (const d of docs) {
    const cells = d.hasGold
      ? [pct(prf(d.references).f1), pct(rate(d.date)), pct(rate(d.kind)), pct(rate(d.issuer)), pct(rate(d.basis)), pct(prf(d.assignments).f1)]
      : ['  -  ', '  -  ', '  -  ', '  -  ', '  -  ', '  -  '];
    out.push(`${d.file.padEnd(34)}${cells[0]}    ${cells[1]}  ${cells[2]}  ${cells[3]}  ${cells[4]}  ${cells[5]}      ${d.identityCorrect ? 'ok' : 'WRONG'}`);
  }
  const withMisses = docs.filter((d) => d.misses.length);
  if (withMisses.length) {
    out.push('');
    out.push('Misses');
    for (const d of withMisses) {
      out.push(`  ${d.file}`);
      for (const m of d.misses) out.push(`    - ${m}`);
    }
  }
  return out.join('\n');
}
