import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldKeepLength, foldSourceOf } from '../../../src/extract/folding';
import { normalizeText } from '../../../src/text/fold';
import { COMPLETE_ORGS, GENERIC_NOUNS, HEAD_TITLES, NAMED_HEADS } from '../../../src/extract/vocabulary';
import {
  documentTokens,
  fuzzyWordEq,
  longestMatch,
  lookalikeCost,
  matchPattern,
  matchPhraseDetail,
  phraseAt,
  phrases,
  tokenFuzzy,
  tokenize,
  tokenizeWords,
  wordCost,
  type Token,
} from '../../../src/extract/matching';
import { BoundedMemo } from '../../../src/extract/memo';
import { blankRanges } from '../../../src/extract/blankedText';
import { maskUrls } from '../../../src/extract/findSymbols';
import { joinWrappedLines, wrappedBreaks } from '../../../src/text/wrappedLines';

const FIXTURES = path.join(__dirname, '../../fixtures/real-formats');

describe('tokenize', () => {
  it('splits words and punctuation with offsets into the text it was given', () => {
    const text = 'Sở Nội vụ, UBND tỉnh';
    const toks = tokenize(text);
    expect(toks.map((t) => t.raw)).toEqual(['Sở', 'Nội', 'vụ', ',', 'UBND', 'tỉnh']);
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.raw);
    expect(toks.filter((t) => !t.word).map((t) => t.raw)).toEqual([',']);
  });

  it('gives each word a vocabulary reading and a look-alike reading of its folded form', () => {
    const [so, ubnd, phii, chirc] = tokenize('Sở UBND phii chirc');
    expect([so!.f, so!.w, so!.cap, so!.upper]).toEqual(['so', 'so', true, false]);
    // An abbreviation keeps its letters; it is upper case, not only capitalised.
    expect([ubnd!.f, ubnd!.upper]).toEqual(['ubnd', true]);
    // Letter pairs Vietnamese never writes are OCR damage in both readings ("phủ", "chức").
    expect([phii!.f, phii!.w]).toEqual(['phu', 'phu']);
    expect([chirc!.f, chirc!.w]).toEqual(['chuc', 'chuc']);
  });

  it('keeps apostrophe words whole and drops the apostrophe from the vocabulary reading', () => {
    const [t] = tokenize("H'Mông");
    expect([t!.raw, t!.f]).toEqual(["H'Mông", 'hmong']);
  });

  it('keeps an astral character as one punctuation token', () => {
    const toks = tokenize('a 😀 b');
    expect(toks.map((t) => [t.raw, t.word])).toEqual([
      ['a', true],
      ['😀', false],
      ['b', true],
    ]);
  });

  it('shares one word form between tokens of the same spelling, so comparisons are made once', () => {
    const toks = tokenize('Sở Tư pháp và Sở Nội vụ');
    expect(toks[0]!.form).toBeDefined();
    expect(toks[0]!.form).toBe(toks[4]!.form);
    expect(toks[0]!.form).not.toBe(toks[1]!.form);
  });
});

describe('tokenizeWords', () => {
  const line = 'Căn cứ Quyết định số 12/2024/QĐ-UBND ngày 5 tháng 3 năm 2024 của Ủy ban nhân dân tỉnh; ';
  const long = foldKeepLength(line.repeat(30));

  it('returns only the word tokens of the tokenizer', () => {
    const short = foldKeepLength(line);
    expect(tokenizeWords(short).map((t) => [t.raw, t.start])).toEqual(tokenize(short).filter((t) => t.word).map((t) => [t.raw, t.start]));
  });

  it('reads a window of a long text as the words inside it, a word cut by an edge being its inner part', () => {
    expect(long.length).toBeGreaterThan(1000);
    for (const [a, b] of [
      [0, long.length],
      [100, 400],
      [3, 17],
      [long.length - 50, long.length],
    ] as const) {
      const window = tokenizeWords(long, a, b).map((t) => [t.raw, t.start, t.end]);
      const alone = tokenize(long.slice(a, b))
        .filter((t) => t.word)
        .map((t) => [t.raw, t.start + a, t.end + a]);
      expect(window).toEqual(alone);
    }
  });
});

  it("reads a folded document's words off its source's tokens exactly as a scan of the folded text would", () => {
    const fields = (t: Token) => [t.raw, t.f, t.w, t.start, t.end, t.cap, t.upper, t.nl];
    for (const name of ['export-nghi-quyet-1661-nq-ubtvqh15.md', 'portal-cong-van-5348-ct-cs.md']) {
      const text = normalizeText(readFileSync(path.join(FIXTURES, name), 'utf8'));
      // Folded through foldKeepLength, the text is known as the folded copy's source: its words are derived.
      const folded = foldKeepLength(text);
      expect(foldSourceOf(folded)).toBe(text);
      const derived = tokenizeWords(folded);
      expect(derived.length).toBeGreaterThan(1000);
      expect(derived.map(fields)).toEqual(tokenize(folded).filter((t) => t.word).map(fields));
    }
  });

  it("reads a copy with its URLs blanked off the document's tokens, exactly as a scan of the copy would", () => {
    const fields = (t: Token) => [t.raw, t.f, t.w, t.start, t.end, t.cap, t.upper, t.word, t.nl];
    // A real decision citing the national public-service portal "(https://dichvucong.gov.vn)" in its procedures.
    const text = normalizeText(readFileSync(path.join(FIXTURES, 'export-quyet-dinh-97-2025-qd-ubnd.md'), 'utf8'));
    const own = documentTokens(text);
    const masked = maskUrls(text);
    expect(masked).not.toBe(text);
    const derived = documentTokens(masked);
    expect(derived.map(fields)).toEqual(tokenize(masked).map(fields));
    // Read off the document's own tokens: those before the URL are the very same tokens.
    expect(derived[0]).toBe(own[0]);
  });

  it("reads a copy with its wrapped line breaks joined off the document's tokens, their line breaks counted again", () => {
    const fields = (t: Token) => [t.raw, t.f, t.w, t.start, t.end, t.cap, t.upper, t.word, t.nl];
    // A portal's official letter, its paragraphs wrapped at the cell width: the tasks stage reads it joined.
    const text = normalizeText(readFileSync(path.join(FIXTURES, 'portal-cong-van-5348-ct-cs.md'), 'utf8'));
    const own = documentTokens(text);
    const breaks = wrappedBreaks(text);
    expect(breaks.length).toBeGreaterThan(10);
    const joined = blankRanges(text, breaks.map((b) => ({ start: b, end: b + 1 })));
    expect(joined).toBe(joinWrappedLines(text));
    const derived = documentTokens(joined);
    expect(derived.map(fields)).toEqual(tokenize(joined).map(fields));
    // A word after a joined break now follows a space; the others are the document's own tokens.
    const after = new Set(breaks.map((b) => b + 1));
    expect(derived.filter((t, k) => t !== own[k]).every((t) => after.has(t.start))).toBe(true);
    expect(derived.filter((t, k) => t !== own[k]).length).toBeGreaterThan(10);
  });

  it('reads a blanked copy alike when a range cuts a word, follows a line break or runs to a line end', () => {
    const fields = (t: Token) => [t.raw, t.f, t.start, t.end, t.word, t.nl];
    const line = 'Sở Nội vụ chủ trì, phối hợp với các sở, ngành liên quan;\n\n';
    const text = line.repeat(30).normalize('NFC');
    documentTokens(text);
    const at = (k: number, offset: number) => k * line.length + offset;
    // Inside "chủ" up to the comma; the whole of a line's words up to its break (the next line's first word then
    // comes after a blanked range and two line breaks); "với" alone.
    const cut = line.indexOf('chủ') + 1;
    const ranges = [
      { start: at(2, cut), end: at(2, line.indexOf(',')) },
      { start: at(5, 0), end: at(5, line.indexOf('\n')) },
      { start: at(9, line.indexOf('với')), end: at(9, line.indexOf('với') + 3) },
    ];
    const copy = blankRanges(text, ranges);
    expect(copy.slice(at(2, cut - 1), at(2, line.indexOf(',') + 1))).toBe('c      ,');
    expect(documentTokens(copy).map(fields)).toEqual(tokenize(copy).map(fields));
  });

  it('reads the same words when folding turns a character of the source into a space', () => {
    // A stray combining mark NFC cannot compose ("b" + U+0301) is punctuation, and folds to a space.
    const text = `${'Sở Nội vụ phối hợp với b\u0301c các sở; '.repeat(40)}`.normalize('NFC');
    expect(text).toContain('b\u0301c');
    const folded = foldKeepLength(text);
    expect(tokenizeWords(folded).map((t) => [t.raw, t.start, t.nl])).toEqual(tokenize(folded).filter((t) => t.word).map((t) => [t.raw, t.start, t.nl]));
  });

describe('word costs', () => {
  it('lets look-alike letters substitute for free, within a budget that grows with the word', () => {
    expect(lookalikeCost('chinh', 'chlnh')).toBe(0);
    expect(lookalikeCost('thu', 'thu')).toBe(0);
    // Two-letter words must keep a letter in place: "an" is not "uy".
    expect(lookalikeCost('uy', 'an')).toBeNull();
    expect(lookalikeCost('tuong', 'banh')).toBeNull();
  });

  it('charges vowel damage less than consonant damage in vocabulary words', () => {
    expect(fuzzyWordEq('ndi', 'noi')).toBe(true);
    expect(wordCost('ndi', 'noi')).toBe(0.75);
    expect(fuzzyWordEq('bai', 'noi')).toBe(false);
  });
});

describe('phrases and patterns', () => {
  it('matches a look-alike pattern through OCR damage on folded text', () => {
    const text = 'Căn cứ ý kiến của Thủ tướng Chinh phii về việc';
    const folded = foldKeepLength(text);
    const words = tokenizeWords(folded);
    const at = words.findIndex((t) => t.w === 'thu');
    const m = matchPattern(words, at, 'thu tuong chinh phu');
    expect(m).toEqual({ tokens: 4, cost: 0, end: text.indexOf(' về') });
    expect(matchPattern(words, at, 'thu tuong quoc hoi')).toBeNull();
  });

  it('finds the vocabulary phrase a damaged name stands for', () => {
    const toks = tokenize('Giao Sở Ndi vụ chủ trì');
    const m = longestMatch(toks, 1, phrases(['Sở Tư pháp', 'Sở Nội vụ']));
    expect(m?.p.display).toBe('Sở Nội vụ');
    expect(m?.n).toBe(3);
    expect(longestMatch(toks, 0, phrases(['Sở Tư pháp', 'Sở Nội vụ']))).toBeNull();
  });
});

describe('matching a real document through the per-spelling caches', () => {
  const text = normalizeText(readFileSync(path.join(FIXTURES, 'export-nghi-quyet-1661-nq-ubtvqh15.md'), 'utf8'));
  const tokens = documentTokens(text);
  const lists = [HEAD_TITLES, COMPLETE_ORGS, NAMED_HEADS, GENERIC_NOUNS];

  it("answers a token's OCR-tolerant word test as the word cost itself does", () => {
    const words = [...new Set(lists.flatMap((list) => list.flatMap((p) => p.words)))];
    let accepted = 0;
    for (const t of tokens.filter((x) => x.word).slice(0, 1500)) {
      for (const w of words) {
        const ok = tokenFuzzy(t, w);
        expect(ok, `${t.f} / ${w}`).toBe(fuzzyWordEq(t.f, w));
        if (ok && t.f !== w) accepted++;
      }
    }
    // The document's damaged or inflected spellings give fuzzy matches, not only exact ones.
    expect(accepted).toBeGreaterThan(0);
  });

  it('matches one phrase at a token as the phrase matched word by word', () => {
    const ps = lists.flatMap((list) => list.slice(0, 12));
    let matched = 0;
    for (let i = 0; i < tokens.length; i++) {
      for (const p of ps) {
        const n = phraseAt(tokens, i, p, true);
        expect(n).toBe(matchPhraseDetail(tokens, i, p, true).n);
        if (n > 0) matched++;
      }
    }
    expect(matched).toBeGreaterThan(10);
  });

  it('matches a list made per call as the same phrases kept in a constant list, however many such lists are made', () => {
    const found = (listAt: (i: number) => Parameters<typeof longestMatch>[2]) =>
      tokens.map((_, i) => {
        const m = longestMatch(tokens, i, listAt(i), true);
        return m ? `${m.p.display}/${m.n}` : '';
      });
    for (const list of lists) {
      const kept = found(() => list);
      expect(kept.filter(Boolean).length).toBeGreaterThan(0);
      // A new array of the same phrases at every token: the layer's cache is named by the phrases, not the array.
      expect(found(() => [...list])).toEqual(kept);
    }
  });
});

describe('BoundedMemo peek and set', () => {
  it('stores without computing, reads without computing, and forgets the oldest entry when full', () => {
    const memo = new BoundedMemo<string, number>(2);
    memo.set('a', 1);
    memo.set('b', 2);
    expect(memo.peek('a')).toBe(1);
    memo.set('c', 3);
    expect(memo.size).toBe(2);
    expect(memo.peek('a')).toBeUndefined();
    expect(memo.peek('c')).toBe(3);
    // Replacing a stored key forgets nothing.
    memo.set('c', 4);
    expect([memo.peek('b'), memo.peek('c')]).toEqual([2, 4]);
  });
});
