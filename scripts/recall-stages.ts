/**
 * Where recall is lost: every missed gold assignment (body, role) of the development files, put down to the
 * pipeline stage that lost it (issue 8). Not part of the pipeline; a rule writer's diagnosis.
 *
 *   npx tsx scripts/recall-stages.ts [--half study|check|all] [--list]
 *
 * `--half study` (default) reads the development files whose name starts with 0-7, the half rule writers may read
 * misses of; `check` the 8-f half (only to count, never to read while designing a rule). `--list` prints each
 * miss with its stage and passage.
 *
 * For each missed pair, each gold entry of it is traced (the pair goes to the furthest stage any entry reached):
 *   x  the gold evidence is not found in the text as read (reading or the gold's quotation);
 *   a  body grammar: no body parse in the passage (its task, its sections' heading lines) is the gold's body;
 *   e  layout: the passage lies in no task and its section has no task at all, or it is a table row read as none;
 *   b  segmentation: the body is read, but the passage lies in no task (its section has other tasks);
 *   c- roles: the passage is in a task and the body read, but it gets no role (c-none) or another one (c-other);
 *   d  naming: an unmatched extracted pair of the same role sits on the passage under another name, or the
 *      body's pair went to another gold pair (the evaluator's matching): a gold or naming question.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readSource } from '../src/formats';
import { extractDocument } from '../src/extract/extractDocument';
import { parseBodyAt, parseBodyListAt, resolveBody, type BodyParse } from '../src/extract/bodies';
import { tokenize, type Token } from '../src/extract/matching/tokens';
import { foldKeepLength } from '../src/extract/folding';
import { normalizeText } from '../src/text/fold';
import { evaluateDocument, normalizeBodyName, sameBody, type GoldAssignment } from '../src/eval/evaluate';
import { loadGoldFiles, REAL_GOLD } from '../src/eval/goldSets';
import type { Extraction } from '../src/extract/types';
import { parseArgs } from './lib/args';

const USAGE = 'usage: npx tsx scripts/recall-stages.ts [--half study|check|all] [--list]';

type Stage = 'x' | 'a' | 'e' | 'b' | 'c-none' | 'c-other' | 'd';
/** Later stages first: a pair one of whose entries got that far is lost there. */
const PROGRESS: readonly Stage[] = ['d', 'c-other', 'c-none', 'b', 'e', 'a', 'x'];
const STAGE_NAMES: Record<Stage, string> = {
  x: 'x  evidence not found in the text',
  a: 'a  body never read as a body',
  e: 'e  section not read (layout)',
  b: 'b  body read, in no task',
  'c-none': 'c  in a task, no role',
  'c-other': 'c  in a task, another role',
  d: 'd  found, named differently',
};

interface Miss {
  file: string;
  form: string;
  kind: string;
  role: string;
  body: string;
  stage: Stage;
  passage: string;
  note: string;
}

/** The text's letters and digits, folded, with each one's offset: a quotation is found whatever its spacing and marks. */
function compactIndex(text: string): { s: string; at: number[] } {
  const folded = foldKeepLength(text).toLowerCase();
  let s = '';
  const at: number[] = [];
  for (let i = 0; i < folded.length; i++) {
    if (/[a-z0-9]/.test(folded[i]!)) {
      s += folded[i];
      at.push(i);
    }
  }
  return { s, at };
}

function compact(text: string): string {
  return foldKeepLength(normalizeText(text)).toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Where the gold's evidence is written: the whole quotation, else its longest piece between ellipses. */
function locate(index: { s: string; at: number[] }, evidence: string): { start: number; end: number } | null {
  const pieces = [evidence, ...evidence.split(/\.\.\.|…/).sort((a, b) => b.length - a.length)].map(compact).filter((p) => p.length >= 12);
  for (const p of pieces) {
    const k = index.s.indexOf(p);
    if (k >= 0) return { start: index.at[k]!, end: index.at[k + p.length - 1]! + 1 };
  }
  return null;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Every body phrase the grammar reads starting inside [start, end): single names, generic groups, list items. */
function parsesIn(tokens: readonly Token[], start: number, end: number): BodyParse[] {
  const out: BodyParse[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.start < start) continue;
    if (t.start >= end) break;
    if (!t.word) continue;
    for (const p of [parseBodyAt(tokens, i), parseBodyAt(tokens, i, { bareGeneric: true })]) if (p) out.push(p);
    const list = parseBodyListAt(tokens, i);
    if (list) out.push(...list.items);
  }
  return out;
}

function isGoldBody(gold: GoldAssignment, p: BodyParse, jurisdiction: string | null): boolean {
  return sameBody(gold.body, p.raw) || sameBody(gold.body, resolveBody(p.raw, jurisdiction).written);
}

function traceEntry(
  g: GoldAssignment,
  text: string,
  index: { s: string; at: number[] },
  tokens: readonly Token[],
  x: Extraction,
  extras: readonly { role: string; body: string }[],
): { stage: Stage; passage: string; note: string } {
  const loc = g.evidence ? locate(index, g.evidence) : null;
  if (!loc) return { stage: 'x', passage: (g.evidence ?? '').slice(0, 120), note: '' };
  const passage = text.slice(loc.start, Math.min(loc.end, loc.start + 160)).replace(/\s+/g, ' ');
  const tasks = x.tasks.filter((t) => overlaps(t, loc));
  const sections = x.sections.filter((s) => s.start <= loc.start && loc.start < s.end);
  // The passage, the tasks it is in, and its sections' heading lines (a heading may name the body).
  const regions = [loc, ...tasks, ...sections.map((s) => ({ start: s.start, end: Math.max(s.start + 1, text.indexOf('\n', s.start + 1)) }))];
  const parses = regions.flatMap((r) => parsesIn(tokens, r.start, r.end)).filter((p) => isGoldBody(g, p, x.document.jurisdiction));
  const inRegions = (a: { start: number; end: number }) => regions.some((r) => overlaps(r, { start: a.start, end: Math.max(a.end, a.start + 1) }));
  const renamed = x.assignments.filter((a) => a.role === g.role && inRegions(a) && extras.some((e) => e.role === a.role && normalizeBodyName(e.body) === normalizeBodyName(a.body)));
  const sameAnyRole = x.assignments.filter((a) => sameBody(g.body, a.body));
  if (sameAnyRole.some((a) => a.role === g.role)) return { stage: 'd', passage, note: 'pair taken by another gold pair (matching)' };
  const named = renamed.find((a) => parses.length === 0 || parses.some((p) => overlaps(p, { start: a.start, end: a.start + 1 })) || overlaps(a, loc));
  if (named) return { stage: 'd', passage, note: `extracted as "${named.body}"` };
  if (parses.length === 0) return { stage: 'a', passage, note: readInstead(g, text, index, tokens, loc) };
  if (tasks.length > 0) {
    const other = sameAnyRole.find((a) => a.role !== g.role && inRegions(a));
    if (other) return { stage: 'c-other', passage, note: `given ${other.role}` };
    const assigned = x.assignments.filter((a) => a.taskOrdinal !== null && tasks.some((t) => t.ordinal === a.taskOrdinal)).length;
    return { stage: 'c-none', passage, note: assigned ? `its task assigns ${assigned} other pair(s)` : 'its task assigns nobody' };
  }
  const section = sections.at(-1);
  const scope = section ?? { start: Math.max(0, loc.start - 600), end: loc.end + 600 };
  const lineStart = text.lastIndexOf('\n', loc.start) + 1;
  const inTable = text.slice(lineStart, loc.start + 1).trimStart().startsWith('|');
  const sectionRead = x.tasks.some((t) => overlaps(t, scope));
  return !sectionRead || inTable
    ? { stage: 'e', passage, note: inTable ? 'table row' : section ? `section ${section.path} has no task` : 'no task near' }
    : { stage: 'b', passage, note: section ? `section ${section.path}` : 'before any section' };
}

/** What the grammar reads where the gold's name is written (the longest parse starting at its first word), if it is written. */
function readInstead(g: GoldAssignment, text: string, index: { s: string; at: number[] }, tokens: readonly Token[], loc: { start: number; end: number }): string {
  const name = compact(g.body.replace(/^các\s+/i, ''));
  const near = index.at.findIndex((offset) => offset >= Math.max(0, loc.start - 400));
  const k = near < 0 ? -1 : index.s.indexOf(name, near);
  if (!name || k < 0) return 'name not written so near the passage';
  const at = index.at[k]!;
  const i = tokens.findIndex((t) => t.start >= at);
  const read = [parseBodyAt(tokens, i), parseBodyAt(tokens, i - 1), parseBodyAt(tokens, i, { bareGeneric: true })].filter((p) => p !== null);
  const longest = read.sort((a, b) => b.end - a.end)[0];
  return longest ? `read as "${text.slice(longest.start, longest.end)}"` : 'no parse at its first word';
}

function devList(): Set<string> {
  const lines = readFileSync(path.join(REAL_GOLD.goldDir, 'DEV.txt'), 'utf8').split('\n');
  return new Set(lines.map((l) => l.trim()).filter((l) => l && !l.startsWith('#')).map((l) => l.replace(/\.json$/, '')));
}

function inHalf(file: string, half: string): boolean {
  const study = /^[0-7]/.test(file);
  return half === 'all' || (half === 'study' ? study : !study);
}

function table(title: string, misses: readonly Miss[], groupOf: (m: Miss) => string): string {
  const groups = [...new Set(misses.map(groupOf))].sort();
  const stages = PROGRESS.filter((s) => misses.some((m) => m.stage === s));
  const out = [`${title.padEnd(26)}${stages.map((s) => s.padStart(8)).join('')}   total`];
  for (const g of groups) {
    const of = misses.filter((m) => groupOf(m) === g);
    out.push(`${g.padEnd(26)}${stages.map((s) => String(of.filter((m) => m.stage === s).length).padStart(8)).join('')}   ${String(of.length).padStart(5)}`);
  }
  return out.join('\n');
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), { values: ['half'], flags: ['list'] }, USAGE);
  const half = args.value('half') ?? 'study';
  if (!['study', 'check', 'all'].includes(half)) throw new Error(`--half takes study, check or all\n${USAGE}`);
  const dev = devList();
  const misses: Miss[] = [];
  for (const gold of loadGoldFiles(REAL_GOLD.goldDir)) {
    const stem = gold.file.replace(/\.[^.]+$/, '');
    if (!dev.has(stem) || !inHalf(gold.file, half)) continue;
    const file = [REAL_GOLD.corpusDir, ...(REAL_GOLD.extraDirs ?? [])].map((d) => path.join(d, gold.file)).find((f) => existsSync(f));
    if (!file) throw new Error(`gold ${gold.file}: document not found`);
    const source = await readSource(readFileSync(file), { fileName: gold.file });
    const x = extractDocument(source.text, { fileName: gold.file, metadata: source.metadata });
    const evaluation = evaluateDocument(gold, x);
    const pairOf = (m: string, what: string) => {
      const r = new RegExp(`^${what} assignment (LEAD|COORDINATE|SUPERVISE) (.*)$`).exec(m);
      return r ? { role: r[1]!, body: r[2]! } : null;
    };
    const missed = evaluation.misses.map((m) => pairOf(m, 'missed')).filter((p) => p !== null);
    if (!missed.length) continue;
    const extras = evaluation.misses.map((m) => pairOf(m, 'extra')).filter((p) => p !== null);
    const text = normalizeText(source.text);
    const index = compactIndex(text);
    const tokens = tokenize(text);
    for (const pair of missed) {
      const entries = gold.assignments.filter((a) => a.role === pair.role && normalizeBodyName(a.body) === normalizeBodyName(pair.body));
      const traced = entries.map((g) => traceEntry(g, text, index, tokens, x, extras));
      const best = traced.sort((a, b) => PROGRESS.indexOf(a.stage) - PROGRESS.indexOf(b.stage))[0] ?? { stage: 'x' as Stage, passage: '', note: 'no gold entry' };
      misses.push({ file: gold.file, form: source.metadata ? 'portal page' : 'document', kind: gold.document.kind ?? '(none)', ...pair, ...best });
    }
  }
  if (args.flag('list')) {
    for (const m of misses) console.log(`${m.file.slice(0, 8)} ${m.stage.padEnd(7)} ${m.role.padEnd(10)} ${m.body}  [${m.note}]\n      "${m.passage}"`);
    console.log('');
  }
  console.log(`missed pairs, ${half} half: ${misses.length}`);
  for (const s of PROGRESS) console.log(`  ${STAGE_NAMES[s].padEnd(36)} ${misses.filter((m) => m.stage === s).length}`);
  console.log('');
  console.log(table('form', misses, (m) => m.form));
  console.log('');
  console.log(table('kind', misses, (m) => m.kind));
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
