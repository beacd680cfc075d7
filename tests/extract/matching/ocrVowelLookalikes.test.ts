/**
 * OCR that loses Vietnamese marks writes some vowels as characters Vietnamese spelling never puts there (the bench
 * generator's "stripped" damage, bench/generator/damage.ts): "ư" as "tr" after a syllable's first consonants
 * ("chtrc" chức), a vowel as a digit after a letter ("ph6i" phối, "c4c" các, "ch1" chỉ), a capital "Đ" as "P"
 * ("Piéu" Điều). A word's vocabulary reading (`f`) repairs them; words Vietnamese does write so keep their letters.
 */
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/extract/matching';

const reading = (text: string): string[] => tokenize(text).filter((t) => t.word).map((t) => t.f);

describe('the vocabulary reading of a word OCR damaged', () => {
  it('reads "tr" after a syllable\'s first consonants as "ư"', () => {
    expect(reading('tô chtrc thtrc hién htrong dän Thtrong trtrc ngtroi')).toEqual(['to', 'chuc', 'thuc', 'hien', 'huong', 'dan', 'thuong', 'truc', 'nguoi']);
  });

  it('reads a digit after a letter as the vowel OCR took it for', () => {
    expect(reading('ph6i h6p v6i c4c ch1 d4o N6i vu')).toEqual(['phoi', 'hop', 'voi', 'cac', 'chi', 'dao', 'noi', 'vu']);
  });

  it('reads a capital "P" before a vowel as "Đ"', () => {
    expect(reading('Piéu 4. Pe nghi Pon vi')).toEqual(['dieu', '4', 'de', 'nghi', 'don', 'vi']);
  });

  it('keeps the words Vietnamese writes with those letters', () => {
    // "tr" opening a syllable, "Ph" opening one, digits before letters or after a digit, units, abbreviations.
    expect(reading('Trường trình Phòng phải 3a km2 COVID-19 H5N1 TTg 4G')).toEqual(['truong', 'trinh', 'phong', 'phai', '3a', 'km2', 'covid', '19', 'h5n1', 'ttg', '4g']);
  });
});
