/**
 * Tokens, OCR-tolerant word comparison and the small Vietnamese vocabularies the structure extractors share
 * (body words, predicate verbs, stop words).
 *
 * OCR of Vietnamese mostly damages vowels (the diacritics): `Nội` -> `Ndi`/`Ngi`/`N1`, `quốc` -> `qudc`,
 * `Tổ` -> `T6`, `Sở` -> `S&`/`S6`/`Sd`, `Đảng` -> `Pang`. Consonants survive. So a word written with a
 * damaged vowel costs little, a wrong consonant costs a lot: see `wordCost`.
 */
import { fold } from '../text/fold';

export interface Token {
  /** As written (NFC). */
  raw: string;
  /** Folded (no diacritics, lower case), apostrophes removed, OCR letter pairs repaired: what matchers compare. */
  f: string;
  start: number;
  end: number;
  /** First character is an upper-case letter. */
  cap: boolean;
  /** Every letter is upper case (headings, abbreviations). */
  upper: boolean;
  word: boolean;
  /** Number of line breaks between the previous token and this one. */
  nl: number;
}

// Letters, digits and the junk characters OCR puts in place of accented vowels.
const WORD = /[\p{L}\p{N}&@€¢§$]+(?:['’‘][\p{L}\p{N}]+)*['’‘]?/uy;

/** Split `text[start, end)` into word and punctuation tokens with offsets into `text`. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  let i = Math.max(0, start);
  const stop = Math.min(text.length, end);
  let nl = 0;
  while (i < stop) {
    const ch = text[i]!;
    if (ch === '\n') {
      nl++;
      i++;
      continue;
    }
    if (/\s/u.test(ch)) {
      i++;
      continue;
    }
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    if (m && m.index === i && m[0].length > 0) {
      let raw = m[0];
      if (i + raw.length > stop) raw = raw.slice(0, stop - i);
      tokens.push(makeWord(raw, i, nl));
      i += raw.length;
    } else {
      // Surrogate pairs stay one token.
      const cp = text.codePointAt(i)!;
      const len = cp > 0xffff ? 2 : 1;
      tokens.push({ raw: text.slice(i, i + len), f: text.slice(i, i + len), start: i, end: i + len, cap: false, upper: false, word: false, nl });
      i += len;
    }
    nl = 0;
  }
  return tokens;
}

function makeWord(raw: string, start: number, nl: number): Token {
  const first = raw[0] ?? '';
  const cap = first !== first.toLowerCase() && first === first.toUpperCase();
  const letters = raw.replace(/[^\p{L}]/gu, '');
  const upper = letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
  const f = upper ? foldWord(raw) : repairOcrWord(foldWord(raw));
  return { raw, f, start, end: start + raw.length, cap, upper, word: true, nl };
}

/** Fold one word for comparison: no diacritics, lower case, no apostrophes, Icelandic eth read as d. */
export function foldWord(raw: string): string {
  return fold(raw.replace(/[ðÐ]/g, 'd')).replace(/['’‘]/g, '');
}

/**
 * Letter sequences Vietnamese spelling never uses but OCR produces for damaged vowels: `ư` -> `ir`/`ur`/`w`,
 * `ủ` -> `ii`/`il` (no Vietnamese word ends in l), `ị` -> `j`, `c` -> `¢`, `ê` -> `€`. Applied to lower-case and mixed-case words only, so
 * abbreviations (`TW`) keep their letters.
 */
export function repairOcrWord(f: string): string {
  return f
    .replace(/ii/g, 'u')
    .replace(/ir/g, 'u')
    .replace(/ur/g, 'u')
    .replace(/il$/, 'u')
    .replace(/w/g, 'u')
    .replace(/j/g, 'i')
    .replace(/¢/g, 'c')
    .replace(/€/g, 'e');
}

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);
/** Characters OCR writes where a (damaged) vowel was. */
const VOWELISH = new Set(['a', 'e', 'i', 'o', 'u', 'y', '0', '1', '3', '4', '6', '8', '9', '&', '@', '§', '$']);
/** Consonants OCR writes for a damaged vowel (`Nội` -> `Ndi`, `thuộc` -> `thugc`). */
const CONSONANT_FOR_VOWEL = new Set(['d', 'g', 't', 'c', 'l', 'b']);
/** Consonants OCR confuses with each other (`Đ` read as `P`/`B`). Key: target>observed. */
const CHEAP_CONSONANT = new Set(['d>p', 'd>b', 'l>1', 'l>i', 'n>u', 'u>n', 'g>q']);

/**
 * Weighted edit distance from an observed (OCR) word to a target vocabulary word, both folded.
 * Vowel damage costs 0.5 (0.75 when a consonant stands for the vowel), consonant damage 1.
 * Also returns how many consonant edits were needed.
 */
export function wordCostDetail(observed: string, target: string): { cost: number; consonantEdits: number } {
  if (observed === target) return { cost: 0, consonantEdits: 0 };
  const a = observed;
  const b = target;
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > 3) return { cost: 99, consonantEdits: 99 };
  let prev: [number, number][] = new Array(m + 1);
  let cur: [number, number][] = new Array(m + 1);
  prev[0] = [0, 0];
  for (let j = 1; j <= m; j++) {
    const v = VOWELS.has(b[j - 1]!);
    prev[j] = [prev[j - 1]![0] + (v ? 0.5 : 1), prev[j - 1]![1] + (v ? 0 : 1)];
  }
  for (let i = 1; i <= n; i++) {
    const x = a[i - 1]!;
    const xv = VOWELISH.has(x);
    cur[0] = [prev[0]![0] + (xv ? 0.5 : 1), prev[0]![1] + (xv ? 0 : 1)];
    for (let j = 1; j <= m; j++) {
      const y = b[j - 1]!;
      let sub: [number, number];
      if (x === y) sub = [0, 0];
      else if (VOWELS.has(y) && xv) sub = [0.5, 0];
      else if (VOWELS.has(y) && CONSONANT_FOR_VOWEL.has(x)) sub = [0.75, 0];
      else if (CHEAP_CONSONANT.has(`${y}>${x}`)) sub = [0.5, 0];
      else sub = [1, 1];
      const d = prev[j - 1]!;
      let best: [number, number] = [d[0] + sub[0], d[1] + sub[1]];
      const up = prev[j]!; // observed has an extra character
      const upC: [number, number] = [up[0] + (xv ? 0.5 : 1), up[1] + (xv ? 0 : 1)];
      if (upC[0] < best[0]) best = upC;
      const left = cur[j - 1]!; // observed lost a target character
      const yv = VOWELS.has(y);
      const leftC: [number, number] = [left[0] + (yv ? 0.5 : 1), left[1] + (yv ? 0 : 1)];
      if (leftC[0] < best[0]) best = leftC;
      cur[j] = best;
    }
    [prev, cur] = [cur, prev];
  }
  const r = prev[m]!;
  return { cost: r[0], consonantEdits: r[1] };
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

const fuzzyMemo = new Map<string, boolean>();

/** An observed word reads as the target word despite OCR damage. */
export function fuzzyWordEq(observed: string, target: string): boolean {
  if (observed === target) return true;
  if (!observed || !target) return false;
  const key = `${observed}|${target}`;
  const known = fuzzyMemo.get(key);
  if (known !== undefined) return known;
  const r = fuzzyWordEqUncached(observed, target);
  if (fuzzyMemo.size > 200_000) fuzzyMemo.clear();
  fuzzyMemo.set(key, r);
  return r;
}

function fuzzyWordEqUncached(observed: string, target: string): boolean {
  if (/^\d+$/.test(target) || /^\d+$/.test(observed)) return false;
  // The first letter survives OCR, unless it is a vowel or a known consonant confusion.
  const o0 = observed[0]!;
  const t0 = target[0]!;
  if (o0 !== t0) {
    if (VOWELS.has(t0)) {
      if (!VOWELISH.has(o0)) return false;
    } else if (!CHEAP_CONSONANT.has(`${t0}>${o0}`)) return false;
  }
  // Onset clusters (tr, th, ch, ng, nh, kh, ph) survive too.
  const t1 = target[1];
  const o1 = observed[1] ?? '';
  if (t1 && !VOWELS.has(t1) && !VOWELS.has(t0) && o1 !== t1 && !CHEAP_CONSONANT.has(`${t1}>${o1}`)) return false;
  const d = wordCostDetail(observed, target);
  if (d.consonantEdits > (target.length >= 3 ? 1 : 0)) return false;
  return d.cost <= maxCost(target);
}

/** A phrase of the vocabulary: folded words to compare, display words with diacritics. */
export interface Phrase {
  display: string;
  words: string[];
  shown: string[];
}

export function phrase(display: string): Phrase {
  const shown = display.split(/\s+/).filter(Boolean);
  // Punctuation inside a phrase ("Lao động - Thương binh", "Văn hóa, Thể thao") is matched as its own token.
  const words: string[] = [];
  const shownOut: string[] = [];
  for (const w of shown) {
    const parts = w.match(/[^,;:]+|[,;:]/g) ?? [w];
    for (const p of parts) {
      words.push(p === '-' || p === ',' ? p : foldWord(p));
      shownOut.push(p);
    }
  }
  return { display, words, shown: shownOut };
}

/**
 * Match `p` at `tokens[i]` word by word (OCR-tolerant): tokens consumed (0 = no match), total cost and
 * whether the first word matched exactly. `exactShort` refuses fuzzy matches of one-word phrases of up to
 * four letters ("cục" vs "các", "phải" vs OCR "phdi" = phối), which collide too easily; longer phrases give each other context.
 */
export function matchPhraseDetail(tokens: readonly Token[], i: number, p: Phrase, exactShort = false, allowLoose = false): { n: number; cost: number; firstExact: boolean } {
  const none = { n: 0, cost: 0, firstExact: false };
  let k = 0;
  let cost = 0;
  let firstExact = false;
  let exactWords = 0;
  let loose = false;
  const single = p.words.length === 1;
  for (const w of p.words) {
    const t = tokens[i + k];
    if (!t) return none;
    if (w === '-' || w === ',') {
      if (t.word || (t.raw !== w && !(w === '-' && /[–—]/.test(t.raw)))) return none;
    } else {
      if (!t.word) return none;
      if (t.f === w) {
        if (k === 0) firstExact = true;
        exactWords++;
      } else {
        if (exactShort && single && w.length <= 4) return none;
        if (t.upper && t.f.length <= 4) return none;
        // "ủy" after "Tỉnh"/"Huyện"/"Đảng" is often read as "ty", "iy", "1y", "Gy", "tiy".
        if (w === 'uy' && /^[tig1adblj]?[i1]?y$/.test(t.f) && (k > 0 || (p.words[1] === 'ban' && tokens[i + 1]?.f === 'ban'))) {
          cost += 0.5;
          k++;
          continue;
        }
        if (fuzzyWordEq(t.f, w)) cost += wordCost(t.f, w);
        else {
          // In a phrase, one word may be damaged a little more ("S6 N1 vu" for "Sở Nội vụ") when another
          // word of the phrase is intact.
          if (!allowLoose || single || loose || w.length < 3 || t.f[0] !== w[0] || Math.abs(t.f.length - w.length) > 2) return none;
          const d = wordCostDetail(t.f, w);
          if (d.cost > 1 || d.consonantEdits > 0) return none;
          loose = true;
          cost += d.cost;
        }
      }
    }
    k++;
  }
  if (loose && exactWords === 0) return none;
  return { n: k, cost, firstExact };
}

export function matchPhrase(tokens: readonly Token[], i: number, p: Phrase, exactShort = false): number {
  return matchPhraseDetail(tokens, i, p, exactShort).n;
}

/**
 * Best phrase of the list at `tokens[i]`: among matches whose first word is exact, the longest; otherwise
 * the longest fuzzy match. Ties go to the lower cost.
 */
export function longestMatch(
  tokens: readonly Token[],
  i: number,
  list: readonly Phrase[],
  exactShort = false,
  allowLoose = false,
): { p: Phrase; n: number } | null {
  const t = tokens[i];
  if (!t) return null;
  let best: { p: Phrase; n: number; cost: number; firstExact: boolean } | null = null;
  for (const p of candidatesFor(list, t)) {
    const d = matchPhraseDetail(tokens, i, p, exactShort, allowLoose);
    if (d.n === 0) continue;
    if (
      !best ||
      (d.firstExact && !best.firstExact) ||
      (d.firstExact === best.firstExact && (d.n > best.n || (d.n === best.n && d.cost < best.cost)))
    ) {
      best = { p, n: d.n, cost: d.cost, firstExact: d.firstExact };
    }
  }
  return best ? { p: best.p, n: best.n } : null;
}

const firstLetterIndex = new WeakMap<readonly Phrase[], Map<string, Phrase[]>>();

/** Phrases whose first word could match this token (same first letter, or an OCR-confusable one). */
function candidatesFor(list: readonly Phrase[], t: Token): readonly Phrase[] {
  if (list.length < 8) return list;
  let index = firstLetterIndex.get(list);
  if (!index) {
    index = new Map();
    for (const p of list) {
      const c = p.words[0]?.[0] ?? '';
      const key = VOWELS.has(c) ? '*' : c;
      const arr = index.get(key) ?? [];
      arr.push(p);
      index.set(key, arr);
    }
    firstLetterIndex.set(list, index);
  }
  const c = t.f[0] ?? '';
  const out: Phrase[] = [];
  const add = (k: string) => {
    const arr = index!.get(k);
    if (arr) out.push(...arr);
  };
  add(c);
  // "ủy" read as "ty", "Gy", "1y".
  if (VOWELISH.has(c) || !t.word || (t.f.length <= 3 && t.f.endsWith('y'))) add('*');
  for (const pair of CHEAP_CONSONANT) if (pair.endsWith(`>${c}`)) add(pair[0]!);
  if (!t.word) for (const k of ['-', ',']) add(k);
  return out;
}

export function phrases(list: readonly string[]): Phrase[] {
  return list.map(phrase);
}

// ---------------------------------------------------------------------------------------------------------
// Vocabularies. Display forms carry the diacritics restored in canonical names.

/** Titles of the person heading a body: "Giám đốc Sở Nội vụ" is Sở Nội vụ acting through its head. */
export const HEAD_TITLES = phrases([
  'Thủ trưởng',
  'Giám đốc',
  'Phó Giám đốc',
  'Tổng Giám đốc',
  'Chánh',
  'Trưởng ban',
  'Trưởng phòng',
  'Cục trưởng',
  'Chi cục trưởng',
  'Viện trưởng',
  'Hiệu trưởng',
  'Các đồng chí',
  'Đồng chí',
]);

/** Titles kept in the body name: the office is a distinct actor ("Chủ tịch UBND tỉnh" vs "UBND tỉnh"). */
export const OFFICE_TITLES = phrases([
  'Chủ tịch',
  'Phó Chủ tịch',
  'Người đứng đầu',
  'Bí thư',
  'Ủy viên',
  'Thành viên',
  'Đại biểu',
]);

/** Bodies complete in themselves (may still take a locality: "Ủy ban nhân dân tỉnh Quảng Ninh"). */
export const COMPLETE_ORGS = phrases([
  'Ủy ban nhân dân',
  'Hội đồng nhân dân',
  'Ủy ban Mặt trận Tổ quốc Việt Nam',
  'Ủy ban Mặt trận Tổ quốc',
  'Mặt trận Tổ quốc Việt Nam',
  'Mặt trận Tổ quốc',
  'Tỉnh ủy',
  'Thành ủy',
  'Huyện ủy',
  'Thị ủy',
  'Đảng ủy',
  'Tỉnh đoàn',
  'Đảng bộ',
  'Thủ tướng Chính phủ',
  'Phó Thủ tướng Chính phủ',
  'Chính phủ',
  'Quốc hội',
  'Ủy ban Thường vụ Quốc hội',
  'Bộ Chính trị',
  'Ban Bí thư',
  'Ban Chấp hành Trung ương Đảng',
  'Ban Chấp hành Trung ương',
  'Văn phòng Chính phủ',
  'Văn phòng Trung ương Đảng',
  'Đoàn đại biểu Quốc hội',
  'Kho bạc Nhà nước',
  'Ngân hàng Nhà nước',
  'Kiểm toán Nhà nước',
  'Bảo hiểm xã hội',
  'Công an',
  'Thanh tra',
]);

/** Heads that need a name or an owner after them ("Sở" Nội vụ, "Ban" Tuyên giáo Tỉnh ủy, "Thường trực" HĐND). */
export const NAMED_HEADS = phrases([
  'Sở',
  'Bộ',
  'Ban',
  'Cục',
  'Chi cục',
  'Tổng cục',
  'Trung tâm',
  'Văn phòng',
  'Viện',
  'Trường',
  'Bệnh viện',
  'Báo',
  'Đài',
  'Quỹ',
  'Ủy ban',
  'Hội đồng',
  'Hội',
  'Đoàn',
  'Liên đoàn',
  'Liên minh',
  'Tổ công tác',
  'Tổ',
  'Ban Chỉ đạo',
  'Ban Quản lý',
  'Ban Thường vụ',
  'Ban Chấp hành',
  'Ban cán sự đảng',
  'Đảng đoàn',
  'Thường trực',
  'Ủy ban Kiểm tra',
  'Ủy ban Quốc gia',
  'Bộ Chỉ huy',
  'Bộ đội Biên phòng',
  'Tổng công ty',
  'Công ty',
]);

/** Heads that are only a part of another body and mean nothing alone ("Thường trực", "các Ban"). */
export const PART_HEADS = new Set(['thuong truc', 'ban thuong vu', 'ban', 'to', 'dang doan', 'ban can su dang', 'van phong', 'uy ban kiem tra']);

/** Names and name words of bodies (departments, Party committees, mass organizations). */
export const NAME_WORDS = phrases([
  'Nội vụ',
  'Tài chính',
  'Kế hoạch và Đầu tư',
  'Tư pháp',
  'Khoa học và Công nghệ',
  'Thông tin và Truyền thông',
  'Thông tin Truyền thông',
  'Giáo dục và Đào tạo',
  'Y tế',
  'Công Thương',
  'Xây dựng',
  'Giao thông vận tải',
  'Tài nguyên và Môi trường',
  'Nông nghiệp và Phát triển nông thôn',
  'Nông nghiệp và Môi trường',
  'Lao động - Thương binh và Xã hội',
  'Văn hóa, Thể thao và Du lịch',
  'Văn hóa và Thể thao',
  'Du lịch',
  'Ngoại vụ',
  'Dân tộc và Tôn giáo',
  'Dân tộc',
  'Quốc phòng',
  'Ngoại giao',
  'Tuyên giáo và Dân vận',
  'Tuyên giáo',
  'Dân vận',
  'Tổ chức',
  'Kiểm tra',
  'Nội chính',
  'Kinh tế - Ngân sách',
  'Văn hóa - Xã hội',
  'Pháp chế',
  'Truyền thông',
  'Phục vụ hành chính công',
  'Xúc tiến đầu tư',
  'Cải cách hành chính',
  'cải cách hành chính',
  'Chuyển đổi số',
  'Phát thanh và Truyền hình',
  'Quân sự',
  'Thuế',
  'Hải quan',
  'Thống kê',
  'Thường vụ',
  'Chấp hành',
  'Chỉ đạo',
  'Quản lý',
  'công tác',
  'Thanh niên Cộng sản Hồ Chí Minh',
  'Thanh niên',
  'Liên hiệp Phụ nữ',
  'Nông dân',
  'Cựu chiến binh',
  'Lao động',
  'Liên hiệp các Hội Khoa học và Kỹ thuật',
  'xây dựng Đảng',
  'Đảng',
  'Trung ương',
  'Nhà nước',
  'Việt Nam',
  'Lý luận',
  'Đề án',
]);

/** Words restored with diacritics in canonical names only; they never extend a name while reading. */
export const DISPLAY_WORDS = phrases([
  'thực hiện',
  'nội dung',
  'chủ trì',
  'phát triển',
  'khoa học',
  'công nghệ',
  'đổi mới sáng tạo',
  'chuyển đổi số',
  'Đề án',
]);

/** Common nouns naming a kind of body; after "các" they make a group ("các sở, ban, ngành"). */
export const GENERIC_NOUNS = phrases([
  'tổ chức chính trị - xã hội - nghề nghiệp',
  'tổ chức chính trị - xã hội',
  'tổ chức xã hội - nghề nghiệp',
  'tổ chức chính trị',
  'cơ quan báo chí',
  'cơ quan chuyên môn',
  'cơ quan hành chính',
  'cơ quan nhà nước',
  'cơ quan',
  'đơn vị sự nghiệp công lập',
  'đơn vị sự nghiệp',
  'đơn vị',
  'địa phương',
  'sở',
  'ban',
  'ngành',
  'bộ',
  'cấp ủy đảng',
  'cấp ủy',
  'cấp',
  'xã',
  'phường',
  'thị trấn',
  'đặc khu',
  'huyện',
  'thị xã',
  'thành phố',
  'quận',
  'tỉnh',
  'tổ chức đảng',
  'tổ chức',
  'doanh nghiệp',
  'chủ đầu tư',
  'nhà đầu tư',
  'hội',
  'đoàn thể',
  'đảng ủy',
  'huyện ủy',
  'thị ủy',
  'thành ủy',
  'chi bộ',
  'cơ sở',
  'trung tâm',
  'phòng',
  'ban quản lý dự án',
  'ban quản lý',
  'ban đảng',
  'ban xây dựng Đảng',
  'thành viên',
  'đồng chí',
  'tổ',
  'chính quyền',
  'trường học',
  'bệnh viện',
  'nhà trường',
]);

/** What may follow a group's nouns and still belong to the group's name. */
export const GROUP_MODIFIERS = phrases([
  'đóng trên địa bàn tỉnh',
  'đóng trên địa bàn',
  'trên địa bàn tỉnh',
  'trên địa bàn toàn tỉnh',
  'trên địa bàn',
  'trực thuộc',
  'thuộc tỉnh',
  'thuộc',
  'có liên quan',
  'liên quan',
  'trong tỉnh',
  'của tỉnh',
  'toàn tỉnh',
  'các cấp',
  'cấp tỉnh',
  'cấp huyện',
  'cấp xã',
  'cấp cơ sở',
  'nhà nước',
  'trung ương',
  'Trung ương',
  'quản lý',
  'chuyên môn',
  'chuyên trách',
  'tham mưu, giúp việc',
  'hành chính',
  'sự nghiệp công lập',
  'sự nghiệp',
  'công lập',
  'đảng',
  'chính trị - xã hội',
  'xã hội - nghề nghiệp',
  'được giao',
  'đại biểu',
]);

/** Abbreviations of body words, expanded in canonical names. Keys are folded. */
export const ABBREVIATIONS: Record<string, string> = {
  ubnd: 'Ủy ban nhân dân',
  hdnd: 'Hội đồng nhân dân',
  // OCR reads Đ as P or B.
  hpnd: 'Hội đồng nhân dân',
  hbnd: 'Hội đồng nhân dân',
  mttq: 'Mặt trận Tổ quốc',
  ubmttq: 'Ủy ban Mặt trận Tổ quốc',
  ubkt: 'Ủy ban Kiểm tra',
  btv: 'Ban Thường vụ',
  bch: 'Ban Chấp hành',
  tu: 'Tỉnh ủy',
  tw: 'Trung ương',
  vp: 'Văn phòng',
  vpcp: 'Văn phòng Chính phủ',
  vptu: 'Văn phòng Tỉnh ủy',
  vptw: 'Văn phòng Trung ương Đảng',
  ttg: 'Thủ tướng Chính phủ',
  bnv: 'Bộ Nội vụ',
  snv: 'Sở Nội vụ',
  bcd: 'Ban Chỉ đạo',
  tt: 'Thường trực',
  cchc: 'cải cách hành chính',
  'ct-xh': 'chính trị - xã hội',
};

/** Abbreviations that stand for a complete body at the start of a name. */
export const ORG_ABBREVIATIONS = new Set(['ubnd', 'hdnd', 'hpnd', 'hbnd', 'mttq', 'ubmttq', 'ubkt', 'btv', 'vpcp', 'vptu', 'vptw', 'bnv', 'snv', 'bcd']);

/** Words that end a body name: prepositions and conjunctions that start a complement. */
export const STOP_WORDS = new Set([
  'cua',
  've',
  'trong',
  'de',
  'nham',
  'theo',
  'tai',
  'voi',
  'cho',
  'doi',
  'la',
  'duoc',
  'bang',
  'tu',
  'den',
  'khi',
  'neu',
  'thi',
  'ma',
  'nhu',
  'va',
  'hoac',
  'hay',
  'cung',
  'da',
  'se',
  'con',
  'qua',
  'sau',
  'truoc',
  'tren',
  'duoi',
  'gan',
  'nay',
  'do',
  'vao',
  'ra',
  'len',
]);

/** Words and phrases that start a predicate: what a body is told to do. Folded. */
export const PREDICATE_STARTS = phrases([
  'chủ trì',
  'phối hợp',
  'chịu trách nhiệm',
  'có trách nhiệm',
  'triển khai',
  'thực hiện',
  'tổ chức thực hiện',
  'tổ chức triển khai',
  'tổ chức',
  'xây dựng',
  'hướng dẫn',
  'theo dõi',
  'kiểm tra',
  'giám sát',
  'đôn đốc',
  'chỉ đạo',
  'lãnh đạo',
  'tham mưu',
  'báo cáo',
  'đề xuất',
  'nghiên cứu',
  'rà soát',
  'tổng hợp',
  'cập nhật',
  'ban hành',
  'khẩn trương',
  'chủ động',
  'tích cực',
  'kịp thời',
  'tập trung',
  'tiếp tục',
  'tăng cường',
  'đẩy mạnh',
  'đẩy nhanh',
  'nâng cao',
  'đổi mới',
  'quan tâm',
  'cần',
  'phải',
  'lập',
  'quán triệt',
  'tuyên truyền',
  'phân công',
  'bố trí',
  'bảo đảm',
  'đảm bảo',
  'hoàn thành',
  'thống nhất',
  'quyết nghị',
  'yêu cầu',
  'đề nghị',
  'giao',
  'căn cứ',
  'thường xuyên',
  'định kỳ',
  'phát huy',
  'ứng dụng',
  'cung cấp',
  'thi hành',
  'hoàn thiện',
  'hỗ trợ',
  'ưu tiên',
  'quyết liệt',
  'nghiêm túc',
  'xử lý',
  'phân bổ',
  'sửa đổi',
  'điều chỉnh',
  'phê duyệt',
  'sử dụng',
  'học tập',
  'tiếp nhận',
  'giải quyết',
  'đánh giá',
  'xác định',
  'tham gia',
  'vận động',
  'phấn đấu',
  'kết hợp',
  'duy trì',
  'thúc đẩy',
  'chú trọng',
  'áp dụng',
  'sơ kết',
  'tổng kết',
  'thể chế hóa',
  'cụ thể hóa',
  'đồng thời',
  'theo chức năng',
  'căn cứ chức năng',
  'trong phạm vi',
  'nhất trí',
  'thông qua',
  'ghi nhận',
  'trình',
  'gửi',
  'chuẩn bị',
  'khắc phục',
  'tháo gỡ',
  'huy động',
  'quản lý',
  'kiện toàn',
  'bổ sung',
  'thành lập',
  'nắm',
  'đưa',
  'mở rộng',
  'tạo',
  'có kế hoạch',
  'có văn bản',
  'tiến hành',
  'chấp hành',
  'phát triển',
  'thanh tra',
  'vận hành',
  'số hóa',
  'đào tạo',
  'bồi dưỡng',
  'công bố',
  'công khai',
  'tuân thủ',
  'thực hành',
  'bảo vệ',
  'tiếp thu',
  'vận dụng',
  'giải ngân',
  'lựa chọn',
  'kê khai',
  'đăng ký',
  'sắp xếp',
  'rút ngắn',
  'cắt giảm',
  'đơn giản hóa',
  'nâng cấp',
  'khẩn trương',
  'chấn chỉnh',
  'ngăn chặn',
  'phòng, chống',
  'đề nghị',
]);
