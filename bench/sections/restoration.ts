/**
 * Restoration speed beside extraction's, on the OCR samples (the documents restoration is for): the whole
 * text through `restoreText`, and what ingestion really runs, `restoreDisplayTexts` (title and task texts),
 * against `extractDocument` on the same files in the same run.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractDocument } from '../../src/extract/extractDocument';
import { restorationModel, restoreDisplayTexts } from '../../src/restore/displayTexts';
import { restoreText } from '../../src/restore/restoreText';
import type { Table } from '../lib/markdown';
import { fmt } from '../lib/stats';

export function restorationTable(files: readonly string[]): Table {
  const model = restorationModel();
  const texts = files.map((f) => readFileSync(f, 'utf8').normalize('NFC'));
  const bytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0);
  const time = (fn: () => void) => {
    const t0 = performance.now();
    fn();
    return (performance.now() - t0) / 1000;
  };
  restoreText(texts[0]!, model); // warm-up: model ids, memo
  const extractions = texts.map((t, i) => extractDocument(t, { fileName: path.basename(files[i]!) }));
  const extractSeconds = time(() => texts.forEach((t, i) => extractDocument(t, { fileName: path.basename(files[i]!) })));
  const wholeSeconds = time(() => texts.forEach((t) => restoreText(t, model)));
  const displaySeconds = time(() => texts.forEach((t, i) => restoreDisplayTexts(extractions[i]!, t, model)));
  const mbs = (s: number) => fmt(bytes / 1e6 / s, 2);
  return {
    title: 'Restoration throughput beside extraction, one core (OCR samples)',
    header: ['step', 'docs', 'MB', 'MB/s', 'time / extraction time'],
    rows: [
      ['extractDocument', String(texts.length), fmt(bytes / 1e6, 2), mbs(extractSeconds), '1.00'],
      ['restoreText, whole text', String(texts.length), fmt(bytes / 1e6, 2), mbs(wholeSeconds), fmt(wholeSeconds / extractSeconds, 2)],
      ['restoreDisplayTexts (title + tasks, as ingestion runs it)', String(texts.length), fmt(bytes / 1e6, 2), mbs(displaySeconds), fmt(displaySeconds / extractSeconds, 2)],
    ],
    notes: [
      'The samples of data/corpus, repeated; MB are the whole documents\' bytes for every row, so MB/s compare the cost per document. Clean documents skip restoration (restoreDisplayTexts returns null after one damage estimate).',
    ],
  };
}
