/**
 * What ingestion stores beside the originals: restored titles and task texts of a damaged document, nothing
 * for a clean one.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config';
import { extractDocument } from '../../src/extract/extractDocument';
import { restoreDisplayTexts } from '../../src/restore/displayTexts';
import { MODEL_VERSION } from '../../src/restore/modelFile';

function sample(name: string) {
  const text = readFileSync(path.join(PROJECT_ROOT, 'data/corpus', name), 'utf8').normalize('NFC');
  return { text, extraction: extractDocument(text, { fileName: name }) };
}

describe('restoreDisplayTexts', () => {
  it('restores the title and the task texts of a scanned document, keeping the originals', () => {
    const { text, extraction } = sample('002_a02de70c305dbdbe.txt');
    const title = extraction.document.title;
    const restored = restoreDisplayTexts(extraction, text)!;
    expect(restored.model).toBe(MODEL_VERSION);
    expect(restored.title!.text).toContain('cải cách hành chính tỉnh Quảng Ninh');
    expect(extraction.document.title).toBe(title);
    const changed = Object.keys(restored.tasks).map(Number);
    expect(changed.length).toBeGreaterThan(extraction.tasks.length / 2);
    for (const ordinal of changed) {
      const task = extraction.tasks.find((t) => t.ordinal === ordinal)!;
      expect(restored.tasks[ordinal]!.text).not.toBe(task.text);
      expect(restored.tasks[ordinal]!.changedShare).toBeGreaterThan(0);
    }
  });

  it('leaves a clean document alone', () => {
    const { text, extraction } = sample('004_8f07e00dd8583e0d.txt');
    expect(restoreDisplayTexts(extraction, text)).toBeNull();
  });
});
