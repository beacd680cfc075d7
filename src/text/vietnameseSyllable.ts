/**
 * Is a word a well-formed Vietnamese syllable? The one test of Vietnamese spelling the project has: decoding
 * uses it to tell which legacy encoding a file is in (a wrong decoding writes non-syllables), and body-name
 * reading uses it to tell accented words from OCR debris. Vowel groups are data (data/vietnameseSyllables.json).
 */
import nuclei from './data/vietnameseSyllables.json';

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
const SYLLABLE = /^(ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnprstvx])?([aăâeêioôơuưy]{1,3})(ch|ng|nh|[cmnpt])?$/;
/** Vowel groups ending in a glide (i/y/o/u), and ia/ua/ưa: they take no final consonant. */
const OPEN_NUCLEI: ReadonlySet<string> = new Set(nuclei.open);
const CLOSED_NUCLEI: ReadonlySet<string> = new Set(nuclei.closed);

/**
 * True when `word` (letters only) is a well-formed Vietnamese syllable: initial consonant, vowel group,
 * final consonant, at most one tone, the spelling rules (k/gh/ngh before i/e/ê, c/ng elsewhere), stop
 * finals only with sắc or nặng, and one consistent case shape (lower, Capitalized or UPPER).
 */
export function isVietnameseSyllable(word: string): boolean {
  let known = SYLLABLES.get(word);
  if (known === undefined) {
    // Bounded by forgetting all at once: the words asked again (a document's names) come back within a document.
    if (SYLLABLES.size >= SYLLABLES_MAX) SYLLABLES.clear();
    known = syllableUncached(word);
    SYLLABLES.set(word, known);
  }
  return known;
}

/**
 * Answers by word: body names ask it of each accented word of every name read (three normalizations and a regex
 * each), and a document writes the same words again and again.
 */
const SYLLABLES = new Map<string, boolean>();
const SYLLABLES_MAX = 50_000;

function syllableUncached(word: string): boolean {
  const nfc = word.normalize('NFC');
  const lower = nfc.toLowerCase();
  const upper = nfc.toUpperCase();
  if (nfc !== lower && nfc !== upper && nfc !== upper.slice(0, 1) + lower.slice(1)) return false;
  const nfd = lower.normalize('NFD');
  const tones = nfd.match(TONES) ?? [];
  if (tones.length > 1) return false;
  const base = nfd.replace(TONES, '').normalize('NFC');
  const m = SYLLABLE.exec(base);
  if (!m) return false;
  // The regex prefers "gi" as the initial ("gia") and backtracks to g + i when no vowel follows ("gìn").
  const initial = m[1] ?? '';
  const nucleus = m[2]!;
  const final = m[3] ?? '';
  if (OPEN_NUCLEI.has(nucleus)) {
    if (final !== '') return false;
  } else if (!CLOSED_NUCLEI.has(nucleus)) return false;
  const first = nucleus[0]!;
  const front = first === 'i' || first === 'e' || first === 'ê';
  if ((initial === 'gh' || initial === 'ngh') && !front) return false;
  if (initial === 'k' && !(front || first === 'y')) return false;
  if ((initial === 'c' || initial === 'ng') && (front || first === 'y')) return false;
  if (initial === 'g' && (first === 'e' || first === 'ê')) return false;
  if (initial === 'qu' && (first === 'u' || first === 'ư')) return false;
  // ă and â never end a syllable; the diphthongs iê/yê/uô/ươ need a final ("tiền"; open ones are spelt ia/ua/ưa).
  if ((nucleus.endsWith('ă') || nucleus.endsWith('â')) && final === '') return false;
  if (['iê', 'yê', 'uô', 'ươ', 'uyê'].includes(nucleus) && final === '') return false;
  if ((final === 'ch' || final === 'nh') && !/[aêiy]$/.test(nucleus)) return false;
  if (['c', 'ch', 'p', 't'].includes(final) && tones.length === 1 && tones[0] !== '\u0301' && tones[0] !== '\u0323') {
    return false;
  }
  return true;
}
