/**
 * OCR damage like the samples': diacritics lost or replaced by look-alikes ("Chinh phii", "Quyét dinh",
 * "B6 Ngi vu", "Piéu 2"), `QĐ` read as `0D`/`QD`/`Qb`, `số` read as `s6`/`5O`, symbols split across a line
 * break (`16-\nCT/TU`), and hard line wraps at a page width.
 */
import type { Rng } from './prng';

export type DiacriticDamage = 'clean' | 'partial' | 'stripped';

export interface DamageProfile {
  diacritics: DiacriticDamage;
  /** Hard-wrapped at `width` columns (OCR output), or one paragraph per line. */
  wrapped: boolean;
  width: number;
}

/** Base letter and OCR look-alikes for each letter family; the first entry is the plain base letter. */
const FAMILIES: readonly { chars: string; base: string; lookalikes: readonly (readonly [string, number])[] }[] = [
  { chars: 'aàáảãạ', base: 'a', lookalikes: [['a', 80], ['á', 10], ['à', 5], ['4', 5]] },
  { chars: 'ăằắẳẵặ', base: 'a', lookalikes: [['a', 75], ['i', 10], ['á', 10], ['é', 5]] },
  { chars: 'âầấẩẫậ', base: 'a', lookalikes: [['a', 75], ['á', 10], ['ä', 5], ['i', 10]] },
  { chars: 'eèéẻẽẹ', base: 'e', lookalikes: [['e', 80], ['é', 15], ['€', 5]] },
  { chars: 'êềếểễệ', base: 'e', lookalikes: [['e', 60], ['é', 30], ['€', 10]] },
  { chars: 'iìíỉĩị', base: 'i', lookalikes: [['i', 85], ['1', 10], ['j', 5]] },
  { chars: 'oòóỏõọ', base: 'o', lookalikes: [['o', 85], ['é', 5], ['6', 5], ['ó', 5]] },
  { chars: 'ôồốổỗộ', base: 'o', lookalikes: [['o', 65], ['é', 15], ['6', 12], ['ô', 8]] },
  { chars: 'ơờớởỡợ', base: 'o', lookalikes: [['o', 80], ['6', 5], ['d', 5], ['ó', 10]] },
  { chars: 'uùúủũụ', base: 'u', lookalikes: [['u', 75], ['ii', 15], ['i', 5], ['t', 5]] },
  { chars: 'ưừứửữự', base: 'u', lookalikes: [['u', 65], ['w', 15], ['ir', 10], ['tr', 10]] },
  { chars: 'yỳýỷỹỵ', base: 'y', lookalikes: [['y', 90], ['ÿ', 5], ['j', 5]] },
  { chars: 'đ', base: 'd', lookalikes: [['d', 90], ['ð', 5], ['đ', 5]] },
];

const FAMILY_OF = new Map<string, (typeof FAMILIES)[number]>();
for (const f of FAMILIES) {
  for (const ch of f.chars) FAMILY_OF.set(ch, f);
}

/** Plain diacritic removal (NFD, no marks, đ -> d), case kept. */
export function stripDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase();
}

/** One letter through an OCR that lost its diacritics, with look-alike confusions. */
function stripLetter(ch: string, rng: Rng): string {
  if (ch === 'Đ') return rng.weighted([['D', 50], ['P', 45], ['B', 5]] as const);
  const lower = ch.toLowerCase();
  const family = FAMILY_OF.get(lower);
  if (!family) return ch;
  // An unmarked base letter stays itself: OCR damages what carries marks.
  if (lower === family.base && lower !== 'đ') return ch;
  const out = rng.weighted(family.lookalikes);
  return isUpper(ch) ? out.toUpperCase() : out;
}

/** A marked letter read with the wrong mark (the "partial" damage of sample 000: "tố chức", "phát triến"). */
function confuseLetter(ch: string, rng: Rng): string {
  const lower = ch.toLowerCase();
  const family = FAMILY_OF.get(lower);
  if (!family || lower === family.base) return ch;
  const out = rng.chance(0.5) ? family.base : rng.pick([...family.chars]);
  return isUpper(ch) ? out.toUpperCase() : out;
}

/** Damages free text (never symbols: the caller protects those) according to the profile. */
export function damageText(text: string, profile: DamageProfile, rng: Rng): string {
  if (profile.diacritics === 'clean') return text;
  const nfc = text.normalize('NFC');
  if (profile.diacritics === 'stripped') {
    let out = '';
    for (const ch of nfc) out += stripLetter(ch, rng);
    return out;
  }
  // partial: about one word in six has one letter misread.
  return nfc.replace(/\p{L}+/gu, (word) => {
    if (!rng.chance(0.16)) return word;
    const chars = [...word];
    const marked = chars.map((c, i) => (FAMILY_OF.has(c.toLowerCase()) && c.toLowerCase() !== FAMILY_OF.get(c.toLowerCase())!.base ? i : -1)).filter((i) => i >= 0);
    if (marked.length === 0) return word;
    const i = rng.pick(marked);
    chars[i] = confuseLetter(chars[i]!, rng);
    return chars.join('');
  });
}

export interface SymbolDamage {
  text: string;
  /** What was done: `code` (QĐ -> 0D ...), `space` (`2898 /QĐ`), `split` (line break inside), `digits` (`1 24`). */
  tags: string[];
}

const CODE_DAMAGE: Record<string, readonly string[]> = {
  QĐ: ['0D', 'QD', 'Qb', 'OD', 'QÐ'],
  NĐ: ['ND', 'NÐ'],
  HĐND: ['HDND', 'HÐND', 'HĐNĐ'],
  CĐ: ['CD'],
};

/**
 * A document symbol as an OCR would print it. `p` scales how often each kind of damage happens;
 * stripped documents lose the Đ of every code anyway.
 */
export function damageSymbol(symbol: string, profile: DamageProfile, rng: Rng, p = 1): SymbolDamage {
  const tags: string[] = [];
  let text = symbol;
  if (profile.diacritics !== 'clean') {
    let damagedCode = false;
    for (const [code, variants] of Object.entries(CODE_DAMAGE)) {
      if (text.includes(code) && rng.chance(0.35 * p)) {
        text = text.replace(code, rng.pick(variants));
        damagedCode = true;
      }
    }
    if (damagedCode) tags.push('code');
    if (profile.diacritics === 'stripped') text = stripDiacritics(text);
    if (rng.chance(0.1 * p)) {
      const slash = text.indexOf('/');
      if (slash > 0 && /\d/.test(text[slash - 1]!)) {
        text = `${text.slice(0, slash)} ${text.slice(slash)}`;
        tags.push('space');
      }
    }
    const lead = /^(\d{3,})/.exec(text);
    if (lead && rng.chance(0.03 * p)) {
      text = `${lead[1]!.slice(0, 1)} ${text.slice(1)}`;
      tags.push('digits');
    }
  }
  if (profile.wrapped && rng.chance(0.08 * p)) {
    const at = text.search(/[-/]/);
    if (at > 0) {
      text = `${text.slice(0, at + 1)}\n${text.slice(at + 1)}`;
      tags.push('split');
    }
  }
  return { text, tags };
}

/** The word "số" before a number, as OCR reads it. */
export function damageSoWord(profile: DamageProfile, rng: Rng): { text: string; damaged: boolean } {
  if (profile.diacritics === 'clean') return { text: 'số', damaged: false };
  if (rng.chance(0.3)) return { text: rng.pick(['s6', 'sé', '56', '5O', 'sb', 'sô', 's0']), damaged: true };
  return { text: profile.diacritics === 'stripped' ? 'so' : 'số', damaged: false };
}

/**
 * Hard-wraps text at `width` columns on spaces, keeping existing line breaks; some lines get the stray
 * leading space or "~ " an OCR leaves at a margin.
 */
export function wrapText(text: string, width: number, rng: Rng): string {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    if (line.length <= width) {
      out.push(line);
      continue;
    }
    const words = line.split(' ');
    let current = '';
    for (const word of words) {
      if (current.length > 0 && current.length + 1 + word.length > width) {
        out.push(current);
        current = word;
      } else current = current ? `${current} ${word}` : word;
    }
    if (current) out.push(current);
  }
  return out
    .map((line) => {
      if (line.length === 0) return line;
      const r = rng.next();
      if (r < 0.04) return ` ${line}`;
      if (r < 0.047) return `~ ${line}`;
      return line;
    })
    .join('\n');
}
