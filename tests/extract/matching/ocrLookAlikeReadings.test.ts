/**
 * The phrase reading (`f`) of a word an OCR damaged: the look-alikes the bench generator's OCR model and real OCR
 * write for marked letters are read back, and words a writer wrote (a final t, a Roman numeral, a foreign word)
 * are left alone.
 */
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/extract/matching';

const reading = (word: string) => tokenize(word)[0]!.f;

describe('OCR look-alikes in the phrase reading', () => {
  it.each([
    ['chtrc', 'chuc'], // chức: ư written "tr" after a consonant
    ['trtrc', 'truc'], // trực
    ['Thtrong', 'thuong'], // Thường
    ['t1nh', 'tinh'], // tỉnh: a digit after a letter for the vowel it looks like
    ['ph6', 'pho'], // phố
    ['x4', 'xa'], // xã
    ['cd', 'co'], // cơ: no syllable ends in d
    ['Sd', 'so'], // Sở
    ['ddn', 'don'], // đơn
    ['Ctc', 'cuc'], // Cục: a t before a consonant in a word without a vowel
    ['Pang', 'dang'], // Đảng: no word opens with p but ph
    ['IIY', 'uy'], // ỦY in a heading
    ['T1NH', 'tinh'], // TỈNH
    ['DIIC', 'duc'], // DỤC
    ['PAO', 'dao'], // ĐÀO
  ])('%s reads as %s', (word, f) => {
    expect(reading(word)).toBe(f);
  });

  it.each([
    ['Mt', 'mt'], // Mặt whose vowel was lost: the final t closes the syllable
    ['III', 'iii'], // a Roman numeral in a heading
    ['VIII', 'viii'],
    ['phường', 'phuong'],
    ['trực', 'truc'],
    ['Phần', 'phan'],
    ['2025', '2025'],
    ['COVID19', 'covid19'], // a number after letters is no vowel
  ])('%s stays %s', (word, f) => {
    expect(reading(word)).toBe(f);
  });
});
