/**
 * A text whose words mostly lost their marks (an OCR that stripped them) loses the few it kept, which are look-alikes
 * ("Bé" for Bộ, "xá" for xã); a text written with marks, even with some misread, keeps every character.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { damageText } from '../../bench/generator/damage';
import { Rng } from '../../bench/generator/prng';
import { extractDocument } from '../../src/extract/extractDocument';
import { markedWordShare, withoutStrayMarks } from '../../src/extract/strayMarks';
import { normalizeText } from '../../src/text/fold';
import { hasMarks } from '../../src/extract/folding';

const DOC = normalizeText(readFileSync(path.join(__dirname, '../../data/real/05729ab54fc07c39.md'), 'utf8'));

describe('stray marks of an OCR text', () => {
  it('keeps a text written with marks as it is, and one with a word in six misread', () => {
    expect(markedWordShare(DOC)).toBeGreaterThan(0.5);
    expect(withoutStrayMarks(DOC)).toBe(DOC);
    const partial = damageText(DOC, { diacritics: 'partial', wrapped: false, width: 80 }, new Rng('partial'));
    expect(withoutStrayMarks(partial)).toBe(partial);
  });

  it('counts the words its definition names: runs of two letters or more, astral letters one each, a lone surrogate none', () => {
    const byRegex = (text: string) => {
      let words = 0;
      let marked = 0;
      for (const m of text.matchAll(/\p{L}{2,}/gu)) {
        words++;
        if (hasMarks(m[0])) marked++;
        if (words === 1000) break;
      }
      return words ? marked / words : 1;
    };
    const texts = [DOC, DOC.slice(DOC.length >> 1), 'a bé 𝐀𝐁 ư\ud800ế Đô 1ô x', '𝐀é \udc00\ud800ab đ', 'một', ''];
    for (const text of texts) expect(markedWordShare(text)).toBe(byRegex(text));
  });

  it('drops the marks an OCR that stripped them left, one character for one', () => {
    const stripped = damageText(DOC, { diacritics: 'stripped', wrapped: false, width: 80 }, new Rng('stripped'));
    expect(markedWordShare(stripped)).toBeLessThan(0.2);
    const out = withoutStrayMarks(stripped);
    expect(out.length).toBe(stripped.length);
    expect(markedWordShare(out)).toBe(0);
    // Only marked letters change: "Bé" -> "Be", "xá" -> "xa", "đ" -> "d"; digits and look-alike letters stay.
    for (let i = 0; i < out.length; i++) if (out[i] !== stripped[i]) expect(stripped[i]!.normalize('NFD').length > 1 || /[đĐ]/.test(stripped[i]!)).toBe(true);
  });

  it('shows task texts, duties and evidence as the OCR wrote them, stray marks and all', () => {
    const stripped = damageText(DOC, { diacritics: 'stripped', wrapped: false, width: 80 }, new Rng('stripped'));
    const x = extractDocument(stripped, {});
    expect(x.tasks.length).toBeGreaterThan(3);
    const collapsed = stripped.replace(/\s+/g, ' ');
    // Each shown string is the written text between its offsets (the rules read it without the marks).
    for (const t of x.tasks) expect(collapsed).toContain(t.text.replace(/\.\.\.$/, ''));
    for (const a of x.assignments) expect(collapsed).toContain(a.evidence);
    expect(x.tasks.some((t) => markedWordShare(t.text) > 0)).toBe(true);
  });

  it('treats a text with no word of two letters as written with marks', () => {
    expect(withoutStrayMarks('1. a) 2025')).toBe('1. a) 2025');
  });
});
