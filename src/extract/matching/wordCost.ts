/**
 * OCR-tolerant comparison of one observed word with one vocabulary word.
 *
 * OCR of Vietnamese mostly damages vowels (the diacritics): `Nội` -> `Ndi`/`Ngi`/`N1`, `quốc` -> `qudc`,
 * `Tổ` -> `T6`, `Sở` -> `S&`/`S6`/`Sd`, `Đảng` -> `Pang`. Consonants survive. So a word written with a
 * damaged vowel costs little, a wrong consonant costs a lot. This is the cost of vocabulary phrases (bodies,
 * tasks); look-alike patterns (identity, references) use lookalike.ts.
 */
import OCR_LETTERS from '../data/ocrLetters.json';

/** The folded vowels. */
export const VOWELS: ReadonlySet<string> = new Set(OCR_LETTERS.vowels);
/** Characters OCR writes where a (damaged) vowel was. */
export const VOWELISH: ReadonlySet<string> = new Set(OCR_LETTERS.vowelish);
/** Consonants OCR writes for a damaged vowel (`Nội` -> `Ndi`, `thuộc` -> `thugc`). */
const CONSONANT_FOR_VOWEL: ReadonlySet<string> = new Set(OCR_LETTERS.consonantsForVowel);
/** Consonants OCR confuses with each other (`Đ` read as `P`/`B`). Key: target>observed. */
export const CHEAP_CONSONANT: ReadonlySet<string> = new Set(OCR_LETTERS.cheapConsonants);

/**
 * Weighted edit distance from an observed (OCR) word to a target vocabulary word, both folded.
 * Vowel damage costs 0.5 (0.75 when a consonant stands for the vowel), consonant damage 1.
 * Also returns how many consonant edits were needed.
 */
export function wordCostDetail(observed: string, target: string): { cost: number; consonantEdits: number } {
  // Not memoised: callers remember accepted pairs per spelling (`WordForm.fuzzy`), and this small dynamic
  // programme costs less than a lookup in a large map.
  if (observed === target) return SAME;
  return wordCostDetailUncached(observed, target);
}

const SAME: { readonly cost: number; readonly consonantEdits: number } = { cost: 0, consonantEdits: 0 };

/** Per character code (< 256): 1 vowel, 2 vowel-ish (OCR writes it for a vowel), 4 consonant standing for a vowel. */
const CHAR_KIND = new Uint8Array(256);
for (const c of VOWELS) CHAR_KIND[c.charCodeAt(0)]! |= 1;
for (const c of VOWELISH) CHAR_KIND[c.charCodeAt(0)]! |= 2;
for (const c of CONSONANT_FOR_VOWEL) CHAR_KIND[c.charCodeAt(0)]! |= 4;

function charKind(code: number): number {
  return code < 256 ? CHAR_KIND[code]! : 0;
}

/** `CHEAP_CONSONANT.has(`${y}>${x}`)` on character codes (every pair is ASCII). */
const CHEAP_PAIRS = new Set<number>([...CHEAP_CONSONANT].map((p) => p.charCodeAt(0) * 65536 + p.charCodeAt(2)));

let costA = new Float64Array(16);
let costB = new Float64Array(16);
let editsA = new Int32Array(16);
let editsB = new Int32Array(16);

/**
 * The weighted edit distance of `wordCostDetail`, on scalars and typed rows (same operations in the same
 * order as the tuple form it replaces, so the same results: every cost is a multiple of 0.25).
 */
function wordCostDetailUncached(observed: string, target: string): { cost: number; consonantEdits: number } {
  const a = observed;
  const b = target;
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > 3) return { cost: 99, consonantEdits: 99 };
  if (costA.length <= m) {
    costA = new Float64Array(m + 1);
    costB = new Float64Array(m + 1);
    editsA = new Int32Array(m + 1);
    editsB = new Int32Array(m + 1);
  }
  let prevC = costA;
  let curC = costB;
  let prevE = editsA;
  let curE = editsB;
  prevC[0] = 0;
  prevE[0] = 0;
  for (let j = 1; j <= m; j++) {
    const v = (charKind(b.charCodeAt(j - 1)) & 1) !== 0;
    prevC[j] = prevC[j - 1]! + (v ? 0.5 : 1);
    prevE[j] = prevE[j - 1]! + (v ? 0 : 1);
  }
  for (let i = 1; i <= n; i++) {
    const x = a.charCodeAt(i - 1);
    const xk = charKind(x);
    const xv = (xk & 2) !== 0;
    const xCost = xv ? 0.5 : 1;
    const xEdit = xv ? 0 : 1;
    curC[0] = prevC[0]! + xCost;
    curE[0] = prevE[0]! + xEdit;
    for (let j = 1; j <= m; j++) {
      const y = b.charCodeAt(j - 1);
      const yv = (charKind(y) & 1) !== 0;
      let subC: number;
      let subE: number;
      if (x === y) {
        subC = 0;
        subE = 0;
      } else if (yv && xv) {
        subC = 0.5;
        subE = 0;
      } else if (yv && (xk & 4) !== 0) {
        subC = 0.75;
        subE = 0;
      } else if (CHEAP_PAIRS.has(y * 65536 + x)) {
        subC = 0.5;
        subE = 0;
      } else {
        subC = 1;
        subE = 1;
      }
      let bestC = prevC[j - 1]! + subC;
      let bestE = prevE[j - 1]! + subE;
      // Observed has an extra character.
      const upC = prevC[j]! + xCost;
      if (upC < bestC) {
        bestC = upC;
        bestE = prevE[j]! + xEdit;
      }
      // Observed lost a target character.
      const leftC = curC[j - 1]! + (yv ? 0.5 : 1);
      if (leftC < bestC) {
        bestC = leftC;
        bestE = curE[j - 1]! + (yv ? 0 : 1);
      }
      curC[j] = bestC;
      curE[j] = bestE;
    }
    const tc = prevC;
    prevC = curC;
    curC = tc;
    const te = prevE;
    prevE = curE;
    curE = te;
  }
  return { cost: prevC[m]!, consonantEdits: prevE[m]! };
}

export function wordCost(observed: string, target: string): number {
  return wordCostDetail(observed, target).cost;
}

/** Tolerance for a target word of this length. */
function maxCost(target: string): number {
  if (target.length <= 1) return 0;
  if (target.length <= 2) return 0.5;
  if (target.length <= 4) return 0.75;
  if (target.length === 5) return 1;
  return 1.5;
}

/** An observed word reads as the target word despite OCR damage (remembered per spelling by `WordForm.fuzzy`). */
export function fuzzyWordEq(observed: string, target: string): boolean {
  return fuzzyWordCost(observed, target) >= 0;
}

const ALL_DIGITS = /^\d+$/;

/**
 * `wordCost(observed, target)` when `fuzzyWordEq(observed, target)`, else -1: the acceptance test and the
 * cost come from one dynamic programme.
 */
export function fuzzyWordCost(observed: string, target: string): number {
  if (observed === target) return 0;
  if (!observed || !target) return -1;
  if (ALL_DIGITS.test(target) || ALL_DIGITS.test(observed)) return -1;
  if (!firstLetterMayMatch(observed, target)) return -1;
  // Onset clusters (tr, th, ch, ng, nh, kh, ph) survive too.
  const t1 = target[1];
  const o1 = observed[1] ?? '';
  if (t1 && !VOWELS.has(t1) && !VOWELS.has(target[0]!) && o1 !== t1 && !CHEAP_CONSONANT.has(`${t1}>${o1}`)) return -1;
  const d = wordCostDetail(observed, target);
  if (d.consonantEdits > (target.length >= 3 ? 1 : 0)) return -1;
  return d.cost <= maxCost(target) ? d.cost : -1;
}

/**
 * The first letter survives OCR, unless it is a vowel or a known consonant confusion: the test
 * `fuzzyWordCost` starts with on two different non-empty words, cheap enough to run before any cache lookup.
 */
export function firstLetterMayMatch(observed: string, target: string): boolean {
  const o0 = observed.charCodeAt(0);
  const t0 = target.charCodeAt(0);
  if (o0 === t0) return true;
  if ((charKind(t0) & 1) !== 0) return (charKind(o0) & 2) !== 0;
  return CHEAP_PAIRS.has(t0 * 65536 + o0);
}
