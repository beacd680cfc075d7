/**
 * `npm run extract -- FILE [--json]`: extract one document and print the result.
 * With `--json`, the output follows tests/fixtures/gold/SCHEMA.md (`file`, `document`, `references`,
 * `assignments`, schema fields first) plus `tasks`, `bodies`, `sections` and `warnings`, so it can be
 * compared with hand annotations; without it, a readable summary.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadSettings } from '../config';
import { readSource } from '../formats';
import { extractDocument } from '../extract/extractDocument';
import type { Extraction } from '../extract/types';
import { fail, runCli } from './runCli';

const USAGE = 'Usage: npm run extract -- FILE [--json]';

/** The extraction in the gold schema's shape: schema fields first, extras after. */
export function toSchemaJson(x: Extraction): unknown {
  const d = x.document;
  return {
    file: x.file,
    document: {
      kind: d.kind,
      symbol: d.symbol,
      date: d.date,
      issuer: d.issuer,
      jurisdiction: d.jurisdiction,
      title: d.title,
      notes: d.notes,
      place: d.place,
      signer: d.signer,
      key: d.key,
    },
    references: x.references.map((r) => ({
      kind: r.kind,
      symbol: r.symbol,
      date: r.date,
      issuer: r.issuer,
      jurisdiction: r.jurisdiction,
      relation: r.relation,
      title: r.title,
      evidence: r.evidence,
      notes: r.notes,
      key: r.key,
      confidence: r.confidence,
      mentions: r.mentions,
    })),
    assignments: x.assignments.map((a) => ({
      body: a.body,
      jurisdiction: a.jurisdiction,
      role: a.role,
      section: a.section,
      duty: a.duty,
      evidence: a.evidence,
      bodyKey: a.bodyKey,
      taskOrdinal: a.taskOrdinal,
      start: a.start,
      end: a.end,
    })),
    tasks: x.tasks,
    bodies: x.bodies,
    sections: x.sections,
    warnings: x.warnings,
    contentHash: x.contentHash,
  };
}

function orDash(v: string | null | undefined): string {
  return v ?? '-';
}

/** A readable summary of an extraction. */
export function summaryText(x: Extraction): string {
  const d = x.document;
  const out: string[] = [];
  out.push(`${x.file ?? '(text)'}  sha256 ${x.contentHash.slice(0, 16)}`);
  out.push(`  kind         ${orDash(d.kind)}`);
  out.push(`  symbol       ${orDash(d.symbol)}`);
  out.push(`  date         ${orDash(d.date)}`);
  out.push(`  place        ${orDash(d.place)}`);
  out.push(`  issuer       ${orDash(d.issuer)}`);
  out.push(`  jurisdiction ${orDash(d.jurisdiction)}`);
  out.push(`  title        ${orDash(d.title)}`);
  out.push(`  signer       ${orDash(d.signer)}`);
  out.push(`  key          ${d.key}`);
  if (d.notes) out.push(`  notes        ${d.notes}`);
  out.push('');
  out.push(`References (${x.references.length})`);
  for (const r of x.references) {
    const name = r.symbol ?? r.title ?? r.key;
    out.push(
      `  ${r.relation.padEnd(10)} ${r.kind.padEnd(12)} ${name}  ${orDash(r.date)}  ${orDash(r.issuer)}` +
        `${r.jurisdiction === 'national' ? '' : `  [${r.jurisdiction}]`}  x${r.mentions.length}`,
    );
  }
  out.push('');
  out.push(`Sections ${x.sections.length}, tasks ${x.tasks.length}, bodies ${x.bodies.length}, assignments ${x.assignments.length}`);
  for (const a of x.assignments.slice(0, 60)) out.push(`  ${a.role.padEnd(10)} ${a.section.padEnd(10)} ${a.body}`);
  if (x.assignments.length > 60) out.push(`  ... ${x.assignments.length - 60} more`);
  if (x.warnings.length) {
    out.push('');
    out.push('Warnings');
    for (const w of x.warnings) out.push(`  ${w.code}: ${w.message}`);
  }
  return out.join('\n');
}

await runCli(async () => {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const unknown = args.filter((a) => a.startsWith('--') && a !== '--json');
  if (unknown.length) fail('BAD_USER_INPUT', `Unknown option ${unknown.join(', ')}. ${USAGE}`);
  const files = args.filter((a) => !a.startsWith('--'));
  if (files.length !== 1) fail('BAD_USER_INPUT', `Give exactly one file. ${USAGE}`);
  const file = files[0]!;
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    fail('BAD_USER_INPUT', `Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}. Check the path.`);
  }
  const fileName = path.basename(file);
  // A file that cannot be read throws a SourceReadError with its code, which runCli prints.
  const source = await readSource(bytes, { fileName, maxBytes: loadSettings().maxDocumentBytes });
  const extraction = extractDocument(source.text, { fileName, metadata: source.metadata });
  // What reading the file changed or left out (an encoding converted, pages not read) keeps its own code.
  const read = { format: source.format, encoding: source.encoding, ocr: source.ocr, warnings: source.warnings };
  if (json) {
    process.stdout.write(`${JSON.stringify({ ...(toSchemaJson(extraction) as Record<string, unknown>), source: read }, null, 2)}\n`);
  } else {
    const readLines = source.warnings.map((w) => `  ${w.code}: ${w.message}`);
    process.stdout.write(`${summaryText(extraction)}\n\nRead as ${source.format}${source.ocr ? ' (OCR)' : ''}${source.encoding ? `, ${source.encoding}` : ''}${readLines.length ? `\n${readLines.join('\n')}` : ''}\n`);
  }
}, { usage: USAGE });
