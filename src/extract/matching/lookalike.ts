/**
 * Look-alike distance between a pattern word and a word of folded OCR text.
 *
 * OCR of Vietnamese loses diacritics and confuses letters with digits and look-alikes: `Chinh phii`,
 * `Ho1 d6ng nhan dan`, `Ban Chcfp hanh Pang bo`, `Tinh 0y`, `Trung vong`. Pattern matchers (identity,
 * references, document kinds, issuers, symbol codes) compare words with an edit distance in which such
 * look-alikes cost nothing, and with a budget that grows with the word's length, so a whole phrase ("thu
 * tuong chinh phu") is recognised through the damage while short unrelated words are not. The vocabulary
 * phrases of bodies and tasks use the finer vowel-damage cost of wordCost.ts instead.
 */
import OCR_LETTERS from '../data/ocrLetters.json';

/** Characters OCR swaps for each other in folded text; a substitution within one group is free. */
const LOOKALIKE_GROUPS: readonly string[] = OCR_LETTERS.lookalikeGroups;
/** Group of each character (by UTF-16 code unit), 0 when it has none. */
const GROUP_OF = new Uint8Array(0x10000);
LOOKALIKE_GROUPS.forEach((g, i) => {
  for (const ch of g) GROUP_OF[ch.charCodeAt(0)] = i + 1;
});

function substitutionCost(a: number, b: number): number {
  if (a === b) return 0;
  const ga = GROUP_OF[a]!;
  return ga !== 0 && ga === GROUP_OF[b] ? 0 : 1;
}

let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

/** Edit distance where OCR look-alikes substitute for free. Stops early once `limit` is exceeded. */
export function ocrDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const n = b.length;
  if (rowA.length <= n) {
    rowA = new Int32Array(n + 1);
    rowB = new Int32Array(n + 1);
  }
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const del = prev[j]! + 1;
      const ins = cur[j - 1]! + 1;
      const sub = prev[j - 1]! + substitutionCost(ca, b.charCodeAt(j - 1));
      const v = del < ins ? (del < sub ? del : sub) : ins < sub ? ins : sub;
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[n]!;
}

/** How many edits a pattern word of this length tolerates. */
function budget(len: number): number {
  if (len <= 2) return 1;
  if (len <= 4) return 2;
  return 2 + Math.floor((len - 5) / 3);
}

/**
 * Cost of reading `text` as the pattern word `pattern` (both folded), or null when too far apart.
 * Two-letter words must keep one letter in place (`gy`/`0y` read as `uy`, but `an` is not `uy`).
 * Not memoised here: callers remember results per spelling (`WordForm.costs`), and the bounded edit distance
 * of two short words costs less than a lookup in a large map.
 */
export function lookalikeCost(pattern: string, text: string): number | null {
  if (pattern === text) return 0;
  if (!text) return null;
  return lookalikeCostUncached(pattern, text);
}

function lookalikeCostUncached(pattern: string, text: string): number | null {
  const limit = budget(pattern.length);
  const d = ocrDistance(pattern, text, limit);
  if (d > limit) return null;
  if (pattern.length <= 2) {
    let shared = false;
    for (let i = 0; i < Math.min(pattern.length, text.length); i++) {
      if (substitutionCost(pattern.charCodeAt(i), text.charCodeAt(i)) === 0) shared = true;
    }
    if (!shared || text.length > 3) return null;
  }
  // A one-letter text word may stand for a longer word only when it keeps the first letter ("b" for "bo").
  if (text.length === 1 && pattern.length > 1 && substitutionCost(pattern.charCodeAt(0), text.charCodeAt(0)) !== 0) return null;
  return d;
}
