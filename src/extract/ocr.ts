/**
 * OCR-tolerant word matching on folded text.
 *
 * OCR of Vietnamese loses diacritics and confuses letters with digits and look-alikes: `Chinh phii`,
 * `Ho1 d6ng nhan dan`, `Ban Chcfp hanh Pang bo`, `Tinh 0y`, `Trung vong`. Matchers compare words with an edit
 * distance in which such look-alikes cost nothing, and with a budget that grows with the word's length, so a
 * whole phrase ("thu tuong chinh phu") is recognised through the damage while short unrelated words are not.
 */

/** Characters OCR swaps for each other in folded text; a substitution within one group is free. */
const LOOKALIKE_GROUPS = ['o06q', 'i1lj|!', 'a4@', 'e€&', 'dpbð', 'uwvy', 's5$'];
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
 */
export function wordCost(pattern: string, text: string): number | null {
  if (pattern === text) return 0;
  if (!text) return null;
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

export interface Token {
  /** Folded word as it appears. */
  w: string;
  start: number;
  end: number;
}

/** Characters that belong to a word in folded OCR text (digits and look-alike symbols included). */
const WORD_RE = /[a-z0-9@€&$¢ðþ]+/g;

/** Words of a folded string with their offsets. */
export function tokenize(folded: string, from = 0, to = folded.length): Token[] {
  const out: Token[] = [];
  const slice = folded.slice(from, to);
  for (const m of slice.matchAll(WORD_RE)) {
    // OCR writes "ư" as "tr" after a consonant ("thtrc" = thực, "ltrc" = lực, "xtr" = xử): no Vietnamese
    // syllable has "tr" there, so it is read back as "u".
    // Likewise "ir" ("chirc" = chức, "tir" = từ) and "ii" ("phii" = phủ, "ciia" = của) never occur in Vietnamese.
    const w = m[0].length > 2 ? m[0].replace(/([b-df-hj-np-tv-xz])(?:tr|ir)/g, '$1u').replace(/ii/g, 'u') : m[0];
    out.push({ w, start: from + m.index, end: from + m.index + m[0].length });
  }
  return out;
}

export interface PhraseMatch {
  /** Number of tokens consumed. */
  tokens: number;
  cost: number;
  /** Offset just after the last matched token. */
  end: number;
}

/**
 * Match a phrase (folded words, space separated; `?word` marks an optional word) against tokens starting at
 * `at`. The total cost must stay within a third of the phrase's letters.
 */
const PHRASES = new Map<string, { word: string; optional: boolean }[]>();

function phraseWords(phrase: string): { word: string; optional: boolean }[] {
  let words = PHRASES.get(phrase);
  if (!words) {
    words = phrase.split(' ').map((raw) => ({ word: raw.replace(/^\?/, ''), optional: raw.startsWith('?') }));
    PHRASES.set(phrase, words);
  }
  return words;
}

export function matchPhrase(tokens: readonly Token[], at: number, phrase: string): PhraseMatch | null {
  const words = phraseWords(phrase);
  let i = at;
  let cost = 0;
  let letters = 0;
  for (const { word, optional } of words) {
    const tok = tokens[i];
    const c = tok ? wordCost(word, tok.w) : null;
    if (c === null || (optional && c > 0)) {
      if (optional) continue;
      return null;
    }
    cost += c;
    letters += word.length;
    i++;
  }
  if (i === at || cost > Math.max(1, Math.floor(letters / 3))) return null;
  return { tokens: i - at, cost, end: tokens[i - 1]!.end };
}

/** Best of several phrases at one position: the lowest cost, then the longest. */
export function bestPhrase<T>(
  tokens: readonly Token[],
  at: number,
  candidates: readonly { phrase: string; value: T }[],
): { value: T; match: PhraseMatch } | null {
  let best: { value: T; match: PhraseMatch } | null = null;
  for (const c of candidates) {
    const m = matchPhrase(tokens, at, c.phrase);
    if (!m) continue;
    if (
      !best ||
      m.cost < best.match.cost ||
      (m.cost === best.match.cost && m.tokens > best.match.tokens)
    ) {
      best = { value: c.value, match: m };
    }
  }
  return best;
}

/** Collapse whitespace for display. */
export function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
