/** Roman numeral values, largest first, with the subtractive pairs. */
const NUMERALS: readonly (readonly [number, string])[] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

/** An integer as an upper-case Roman numeral (list markers of HTML `type="I"` lists and Word's upperRoman). */
export function romanNumeral(n: number): string {
  let out = '';
  for (const [v, r] of NUMERALS) for (; n >= v; n -= v) out += r;
  return out;
}
