/**
 * Metamorphic check of extraction: each development document re-rendered in layout variants that keep its
 * words must give the original's (body, role) pairs. A pair that comes or goes with the layout is a rule that
 * reads the layout instead of the words, and will break on documents laid out otherwise.
 *
 *   npx tsx scripts/layout-variants.ts [--variant NAME ...] [--doc FILE ...] [--also DIR ...] [--show]
 *
 * Documents: the development files of the real gold set (tests/fixtures/gold-real/DEV.txt) whose source is
 * Markdown, plus every Markdown file of each `--also` folder. Variants (src below): emphasis removed, emphasis
 * added around headings and body names, list markers changed, paragraphs wrapped or joined, numbered headings
 * split from their titles, tables switched between one row per line and one cell per line, and the Markdown
 * rendered to HTML and DOCX by pandoc (skipped when pandoc is not on PATH) and read back through `readSource`.
 * Prints, per variant, the documents and pairs that differ; `--show` lists each differing pair.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readSource } from '../src/formats';
import { readPortalPage } from '../src/formats/markdown/portal';
import { isPipeRow, splitBarTables } from '../src/formats/markdown/barTables';
import { stripInline } from '../src/formats/markdown/inline';
import { isWrapped, wrapState, type WrapState } from '../src/formats/markdown/lineWraps';
import { extractDocument } from '../src/extract/extractDocument';
import { normalizeBodyName } from '../src/eval/evaluate';
import { REAL_GOLD, loadGoldFiles } from '../src/eval/goldSets';
import { parseArgs } from './lib/args';

const USAGE = 'Usage: npx tsx scripts/layout-variants.ts [--variant NAME ...] [--doc FILE ...] [--also DIR ...] [--show]';

interface Document {
  name: string;
  markdown: string;
}

/** A variant of a Markdown source, or null when it does not apply to this document (nothing to change). */
type Variant = (markdown: string, bodies: readonly string[]) => string | Uint8Array | null;

// ---- the document's own lines (a portal page's chrome and metadata block stay as they are) ----

function onBody(markdown: string, change: (lines: string[], paragraphs: boolean) => string[]): string {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const portal = readPortalPage(lines);
  let start = 0;
  let end = lines.length;
  if (portal) {
    const n = portal.bodyLines.length;
    start = lines.findIndex((_l, i) => portal.bodyLines.every((b, k) => lines[i + k] === b));
    end = start + n;
  }
  const body = lines.slice(start, end);
  const paragraphs = body.filter((l) => !l.trim()).length >= body.length * 0.1;
  return [...lines.slice(0, start), ...change(body, paragraphs), ...lines.slice(end)].join('\n');
}

/**
 * Apply `change` to the lines outside tables (bar lines and pipe rows are left alone); with `starts`, only to
 * lines that start a paragraph (in a file with blank lines between paragraphs, a line after a blank one).
 */
function onTextLines(markdown: string, change: (line: string) => string, starts = false): string {
  return onBody(markdown, (lines, paragraphs) =>
    lines.map((l, i) => (/^\s*\|/.test(l) || /\|\s*$/.test(l) || (starts && paragraphs && i > 0 && lines[i - 1]!.trim() !== '') ? l : change(l))),
  );
}

const changed = (a: string, b: string): string | null => (a === b ? null : b);

// ---- emphasis ----

const noEmphasis: Variant = (md) => changed(md, onBody(md, (lines) => lines.map((l) => l.replace(/(?<!\\)\*+/g, ''))));

/** Headings of the genre: "Điều 3.", "Chương II", "Mục 1", "I.", "1." titles, and capitalised title lines. */
const HEADING = /^(?:Điều\s+\d+|Chương\s+[IVXLC\d]+|Mục\s+\d+|[IVXLC]{1,6}\\?\.)\s/u;

const boldHeadings: Variant = (md) =>
  changed(md, onTextLines(md, (l) => (HEADING.test(l.trim()) && !l.includes('*') ? `**${l.trim()}**` : l)));

/** Every verbatim occurrence of an extracted body name in bold. */
const boldBodies: Variant = (md, bodies) => {
  const names = [...new Set(bodies)].filter((b) => b.length > 3).sort((a, b) => b.length - a.length);
  if (!names.length) return null;
  const re = new RegExp(names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gu');
  return changed(md, onTextLines(md, (l) => (l.includes('*') ? l : l.replace(re, '**$&**'))));
};

// ---- list markers ----

/** Numbered points "1." -> "1)" (escaped or not). */
const numbersParen: Variant = (md) => changed(md, onTextLines(md, (l) => l.replace(/^(\s*(?:\*\*)?)(\d{1,3})\\?\.(?=[\s*]|$)/, '$1$2)'), true));

/** Lettered points "a)" -> "a.". */
const lettersDot: Variant = (md) => changed(md, onTextLines(md, (l) => l.replace(/^(\s*(?:\*\*)?)([a-zđ])\\?\)(?=[\s*]|$)/u, '$1$2.'), true));

/** Bullets rotated: "-" -> "+", "+" -> "•", "•" -> "-". */
const markersBullets: Variant = (md) =>
  changed(
    md,
    onTextLines(md, (l) =>
      l.replace(/^(\s*)(\\?[-+•])(\s)/, (_m, sp: string, mark: string, after: string) => {
        const bare = mark.replace('\\', '');
        return `${sp}${bare === '-' ? '\\+' : bare === '+' ? '•' : '\\-'}${after}`;
      }),
      true,
    ),
  );

// ---- line breaks ----

const WRAP = 64;
/** A word that would read as a list marker at the start of a line: a break is never put before it. */
const MARKER_WORD = /^(?:\d{1,3}[.)]|[a-zđ]\)|[-+•–]|[IVXLC]{1,6}\.)$/u;

function wrapLine(line: string): string[] {
  if (line.length <= WRAP) return [line];
  const words = line.split(' ');
  const out: string[] = [];
  let cur = '';
  for (const w of words) {
    if (cur && cur.length + 1 + w.length > WRAP && !MARKER_WORD.test(w)) {
      out.push(cur);
      cur = w;
    } else cur = cur ? `${cur} ${w}` : w;
  }
  if (cur) out.push(cur);
  return out;
}

/** Paragraph lines wrapped at 64 columns, as a saved page keeps the HTML source's breaks. */
const wrapped: Variant = (md) => changed(md, onBody(md, (lines) => lines.flatMap((l) => (/^\s*\||\|\s*$|^\s*#/.test(l) ? [l] : wrapLine(l)))));

/** A page without blank lines: a break that only wraps (no sentence end, next line lower case) joined. */
const joined: Variant = (md) =>
  changed(
    md,
    onBody(md, (lines, paragraphs) => {
      if (paragraphs) return lines;
      const out: string[] = [];
      for (const l of lines) {
        const prev = out[out.length - 1];
        const plain = (s: string): boolean => !/^\s*\||\|\s*$|\*/.test(s) && s.trim() !== '';
        if (prev !== undefined && plain(prev) && plain(l) && !/[.;:!?]$/.test(prev.trim()) && /^\p{Ll}/u.test(l.trim())) {
          out[out.length - 1] = `${prev.trimEnd()} ${l.trim()}`;
        } else out.push(l);
      }
      return out;
    }),
  );

const NUMBERED_HEADING = /^((?:Điều\s+\d+[a-z]?|Chương\s+[IVXLC\d]+|Mục\s+\d+|[IVXLC]{1,6})\\?\.?)\s+(\S.*)$/u;

/** "Điều 3. Tổ chức thực hiện" -> "Điều 3." and "Tổ chức thực hiện" on lines of their own (bold kept on both). */
const headingSplit: Variant = (md) =>
  changed(
    md,
    onBody(md, (lines, paragraphs) =>
      lines.flatMap((l) => {
        const t = l.trim();
        const bold = /^\*\*.*\*\*$/.test(t) && t.length > 4;
        const m = NUMBERED_HEADING.exec(bold ? t.slice(2, -2).trim() : t);
        if (!m) return [l];
        const b = bold ? '**' : '';
        return [`${b}${m[1]}${b}`, ...(paragraphs ? [''] : []), `${b}${m[2]!.trim()}${b}`];
      }),
    ),
  );

// ---- tables ----

const escapeCell = (s: string): string => s.replace(/\|/g, '\\|');

/** Tables of one cell per line written one row per line (`| a | b |`), or pipe rows written one cell per line. */
const tablesSwitched: Variant = (md) =>
  changed(
    md,
    onBody(md, (lines, paragraphs) => {
      const toPipe = !lines.some(isPipeRow);
      const out: string[] = [];
      for (const block of splitBarTables(lines)) {
        if (block.kind === 'text') {
          out.push(...block.lines);
          continue;
        }
        const rows = block.rows.map((r) => r.map((c) => c.split('\n').map((x) => x.trim()).filter(Boolean)));
        if (toPipe) {
          const width = Math.max(...rows.map((r) => r.length));
          const row = (r: string[][]): string => `| ${[...r, ...Array<string[]>(width - r.length).fill([])].map((c) => escapeCell(c.join(' '))).join(' | ')} |`;
          out.push(row(rows[0]!), `|${Array(width).fill('---').join('|')}|`, ...rows.slice(1).map(row));
        } else {
          // An empty cell would read as a row boundary (two bars in a row): it is left out.
          for (const r of rows) {
            out.push('|');
            for (const c of r.filter((x) => x.length)) out.push(...c, '|');
          }
        }
        if (paragraphs) out.push('');
      }
      return out;
    }),
  );

// ---- other forms, through pandoc ----

let pandocChecked: boolean | null = null;
function hasPandoc(): boolean {
  if (pandocChecked === null) {
    try {
      execFileSync('pandoc', ['--version'], { stdio: 'ignore' });
      pandocChecked = true;
    } catch {
      pandocChecked = false;
    }
  }
  return pandocChecked;
}

const isTableLine = (l: string): boolean => isPipeRow(l) || /^\|?\s*-{3}/.test(l);

/**
 * A page without blank lines as paragraphs: a line the Markdown reader takes as the wrap of the one above
 * (`isWrapped`) joined to it, so that a paragraph wrapped at 80 columns in the saved page is one paragraph
 * of the HTML or DOCX, as it was in the page the portal showed; every other line its own paragraph.
 */
function pageParagraphs(lines: readonly string[]): string[] {
  const out: string[][] = [];
  let prev: WrapState | null = null;
  for (const raw of lines) {
    const line = stripInline(raw).replace(/[ \t]+/g, ' ').trim();
    if (isTableLine(raw) || !line) {
      out.push([raw]);
      prev = null;
      continue;
    }
    const state = wrapState(raw, line, prev);
    if (prev && isWrapped(prev, state)) out[out.length - 1]!.push(raw.trim());
    else out.push([raw]);
    prev = state;
  }
  return out.flatMap((p) => (isTableLine(p[0]!) ? p : [p.join(' '), '']));
}

/** A numbered paragraph's marker ("1.", "2)"), escaped or not. */
const NUMBERED = /^(?:\*\*)?\d{1,3}\\?[.)](?=\s|$)/;

/**
 * Each numbered paragraph its own list, as the document typed its number: GFM numbers the items of one list
 * from its first (a "1." after "2. ..." would show "3."), and an empty HTML comment ends a list. A marker
 * alone on its line ("1." then the text, which the Markdown reader joins) is put before its text: GFM reads
 * it as an empty item.
 */
function ownLists(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let l = lines[i]!;
    if (/^\d{1,3}\\?[.)]$/.test(l.trim()) && lines[i + 1]?.trim()) l = `${l.trim()} ${lines[++i]!.trim()}`;
    if (NUMBERED.test(l) && out.length && out[out.length - 1]!.trim() === '') out.push('<!-- -->', '');
    out.push(l);
  }
  return out;
}

/**
 * The Markdown as a converter of the field reads it: tables as pipe tables (GFM has no one-cell-per-line
 * tables), on a page without blank lines each paragraph the reader sees its own paragraph, and each
 * numbered paragraph its own list.
 */
function forConverter(md: string): string {
  const piped = onBody(md, (lines) => (lines.some(isPipeRow) ? lines : tablesSwitched(lines.join('\n'), [])?.toString().split('\n') ?? lines));
  return onBody(piped, (lines, paragraphs) => ownLists(paragraphs ? lines : pageParagraphs(lines)));
}

const tmp = mkdtempSync(path.join(tmpdir(), 'layout-variants-'));
function pandoc(md: string, to: 'html' | 'docx'): Uint8Array | null {
  if (!hasPandoc()) return null;
  const src = path.join(tmp, 'in.md');
  const out = path.join(tmp, `out.${to}`);
  writeFileSync(src, forConverter(md));
  // GFM: numbered and bulleted paragraphs become real lists, as a word processor's numbering does.
  execFileSync('pandoc', ['-f', 'gfm', '-t', to, '-s', '--metadata', 'pagetitle=document', src, '-o', out], { stdio: ['ignore', 'ignore', 'inherit'] });
  return readFileSync(out);
}

const VARIANTS: Record<string, { variant: Variant; file: string }> = {
  'no-emphasis': { variant: noEmphasis, file: 'x.md' },
  'bold-headings': { variant: boldHeadings, file: 'x.md' },
  'bold-bodies': { variant: boldBodies, file: 'x.md' },
  'numbers-paren': { variant: numbersParen, file: 'x.md' },
  'letters-dot': { variant: lettersDot, file: 'x.md' },
  'markers-bullets': { variant: markersBullets, file: 'x.md' },
  wrapped: { variant: wrapped, file: 'x.md' },
  joined: { variant: joined, file: 'x.md' },
  'heading-split': { variant: headingSplit, file: 'x.md' },
  'tables-switched': { variant: tablesSwitched, file: 'x.md' },
  html: { variant: (md) => pandoc(md, 'html'), file: 'x.html' },
  docx: { variant: (md) => pandoc(md, 'docx'), file: 'x.docx' },
};

// ---- comparison ----

async function pairsOf(bytes: Uint8Array, fileName: string): Promise<{ pairs: Set<string>; bodies: string[] }> {
  const source = await readSource(bytes, { fileName });
  const x = extractDocument(source.text, { fileName, metadata: source.metadata });
  return { pairs: new Set(x.assignments.map((a) => `${normalizeBodyName(a.body)} | ${a.role}`)), bodies: x.assignments.map((a) => a.body) };
}

function developmentDocuments(): Document[] {
  const devFile = path.join(REAL_GOLD.goldDir, 'DEV.txt');
  const dev = new Set(readFileSync(devFile, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')).map((l) => l.replace(/\.json$/, '')));
  const out: Document[] = [];
  for (const gold of loadGoldFiles(REAL_GOLD.goldDir)) {
    if (!dev.has(gold.file.replace(/\.[^.]+$/, '')) || !/\.md$/i.test(gold.file)) continue;
    const file = [REAL_GOLD.corpusDir, ...(REAL_GOLD.extraDirs ?? [])].map((d) => path.join(d, gold.file)).find((f) => existsSync(f));
    if (file) out.push({ name: gold.file, markdown: readFileSync(file, 'utf8') });
  }
  return out;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), { lists: ['variant', 'doc', 'also'], flags: ['show'] }, USAGE);
  const names = args.list('variant').length ? args.list('variant') : Object.keys(VARIANTS);
  for (const n of names) if (!VARIANTS[n]) throw new Error(`Unknown variant ${n}; variants: ${Object.keys(VARIANTS).join(', ')}. ${USAGE}`);
  let docs = developmentDocuments();
  for (const dir of args.paths('also')) {
    for (const f of readdirSync(dir).sort()) if (/\.md$/i.test(f) && f !== 'README.md') docs.push({ name: f, markdown: readFileSync(path.join(dir, f), 'utf8') });
  }
  const only = args.list('doc');
  if (only.length) docs = docs.filter((d) => only.includes(d.name));
  const totals = new Map(names.map((n) => [n, { applied: 0, docs: 0, lost: 0, gained: 0 }]));
  let pairCount = 0;
  for (const doc of docs) {
    const original = await pairsOf(new TextEncoder().encode(doc.markdown), doc.name);
    pairCount += original.pairs.size;
    for (const n of names) {
      const { variant, file } = VARIANTS[n]!;
      const out = variant(doc.markdown, original.bodies);
      if (out === null) continue;
      const t = totals.get(n)!;
      t.applied++;
      const bytes = typeof out === 'string' ? new TextEncoder().encode(out) : out;
      const { pairs } = await pairsOf(bytes, doc.name.replace(/\.md$/i, path.extname(file)));
      const lost = [...original.pairs].filter((p) => !pairs.has(p));
      const gained = [...pairs].filter((p) => !original.pairs.has(p));
      if (!lost.length && !gained.length) continue;
      t.docs++;
      t.lost += lost.length;
      t.gained += gained.length;
      if (args.flag('show')) {
        for (const p of lost) console.log(`${n}\t${doc.name}\tlost\t${p}`);
        for (const p of gained) console.log(`${n}\t${doc.name}\tgained\t${p}`);
      }
    }
  }
  console.log(`${docs.length} documents, ${pairCount} (body, role) pairs`);
  console.log('variant            applies  docs differing  pairs lost  pairs gained');
  for (const [n, t] of totals) console.log(`${n.padEnd(18)} ${String(t.applied).padStart(7)}  ${String(t.docs).padStart(14)}  ${String(t.lost).padStart(10)}  ${String(t.gained).padStart(12)}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
