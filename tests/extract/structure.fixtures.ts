/**
 * Real text from the sample corpus for the structure extractors' tests (sections, bodies, tasks), plus a
 * helper that runs sections + tasks on a snippet the way the orchestrator does.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { normalizeText } from '../../src/text/fold';
import { extractSections } from '../../src/extract/sections';
import { extractTasks, type TaskExtraction } from '../../src/extract/tasks';
import type { Section } from '../../src/extract/types';

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');

/** A corpus document by its number prefix ("002"), NFC-normalized as every extractor receives it. */
export function corpus(prefix: string): string {
  const dir = path.join(ROOT, 'data/corpus');
  const file = ['000_7620ee0074b7539f', '001_a355fd2d7d9a47bb', '002_a02de70c305dbdbe', '003_453e41000d333eba', '004_8f07e00dd8583e0d'].find((f) =>
    f.startsWith(prefix),
  );
  return normalizeText(readFileSync(path.join(dir, `${file}.txt`), 'utf8'));
}

/** The lines of a corpus document between two line numbers (1-based, inclusive), as written. */
export function corpusLines(prefix: string, from: number, to: number): string {
  return corpus(prefix)
    .split('\n')
    .slice(from - 1, to)
    .join('\n');
}

export interface Read extends TaskExtraction {
  text: string;
  sections: Section[];
}

export function read(raw: string, jurisdiction: string | null = 'Quảng Ninh'): Read {
  const text = normalizeText(raw);
  const sections = extractSections(text);
  return { text, sections, ...extractTasks(text, sections, { jurisdiction, references: [] }) };
}

/** "section role body" lines, easy to compare. */
export function roles(r: Read): string[] {
  return r.assignments.map((a) => `${a.section} ${a.role} ${a.body}`);
}

/** Random strings mixing Vietnamese letters, OCR junk, numbering and punctuation. */
export function randomTexts(count: number, seed = 7): string[] {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
  const pieces = ['Điều 1.', 'I.', 'IV-', '1.', '2.1.', '(3)', '4)', 'a)', '- ', 'Sở Nội vụ', 'S& Ndi vu', 'chủ trì', 'phối hợp với', 'giám sát', 'các sở, ban, ngành', 'UBND', 'tỉnh', ';', ',', ':', '.', '\n', '\n\n', './.', 'Giao', 'Đề nghị', 'trước ngày 20/7/2025', '100%', 'Nơi nhận:', 'KẾ HOẠCH', '\u0000', '𝔘', '(', ')', '/', '-', 'Ủy ban', 'các', 'và'];
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const n = Math.floor(next() * 60);
    let s = '';
    for (let k = 0; k < n; k++) s += pieces[Math.floor(next() * pieces.length)]! + (next() < 0.6 ? ' ' : '');
    out.push(s);
  }
  return out;
}
