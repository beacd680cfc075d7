import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/text/fold';
import { collapsedSpan } from '../../src/text/whitespace';

const CORPUS = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../data/corpus');
const byRegex = (text: string, start: number, end: number, max = Number.POSITIVE_INFINITY): string => {
  const s = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return s.length > max ? s.slice(0, max) : s;
};

describe('collapsedSpan', () => {
  it('collapses every whitespace run to one space and trims, as the regex does', () => {
    expect(collapsedSpan('  Sở Nội vụ\n  chủ trì,\t\tphối hợp \u00a0 ', 0, 34)).toBe(byRegex('  Sở Nội vụ\n  chủ trì,\t\tphối hợp \u00a0 ', 0, 34));
    expect(collapsedSpan('a\u2028b\u3000\ufeffc', 0, 6)).toBe('a b c');
    expect(collapsedSpan(' \n ', 0, 3)).toBe('');
    expect(collapsedSpan('abc', 2, 1)).toBe('');
  });

  it('keeps only the first max characters of the collapsed text, cut where the regex result would be', () => {
    const s = 'một  hai\nba bốn   năm';
    for (let max = 0; max <= 20; max++) expect(collapsedSpan(s, 0, s.length, max)).toBe(byRegex(s, 0, s.length, max));
  });

  it('cuts a real passage at every length where the regex result would be cut, runs of one space and of line breaks alike', () => {
    const file = readdirSync(CORPUS).filter((x) => x.endsWith('.txt')).sort()[0]!;
    const text = normalizeText(readFileSync(path.join(CORPUS, file), 'utf8'));
    // A passage of several lines: stretches joined by single spaces, line breaks and indentation between them.
    const start = text.indexOf('\n', 200) + 1;
    const end = text.indexOf('\n', start + 400);
    const whole = byRegex(text, start, end);
    expect(whole).not.toBe(text.slice(start, end).trim());
    for (let max = 0; max <= whole.length + 1; max++) expect(collapsedSpan(text, start, end, max)).toBe(byRegex(text, start, end, max));
  });

  it('agrees with the regex on every unit of the BMP between letters', () => {
    const parts: string[] = [];
    for (let c = 0; c < 0x10000; c++) parts.push(`a${String.fromCharCode(c)}${String.fromCharCode(c)}b ${String.fromCharCode(c)}`);
    const s = parts.join('');
    expect(collapsedSpan(s, 0, s.length)).toBe(byRegex(s, 0, s.length));
  });

  it('agrees with the regex on spans of real text, whole and cut', () => {
    for (const f of readdirSync(CORPUS).filter((x) => x.endsWith('.txt'))) {
      const text = normalizeText(readFileSync(path.join(CORPUS, f), 'utf8'));
      for (let start = 0; start < text.length; start += 397) {
        const end = Math.min(text.length, start + 1 + ((start * 7) % 900));
        expect(collapsedSpan(text, start, end)).toBe(byRegex(text, start, end));
        expect(collapsedSpan(text, start, end, 200)).toBe(byRegex(text, start, end, 200));
      }
    }
  });
});
