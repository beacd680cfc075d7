/**
 * Choosing among the legacy Vietnamese decodings of bytes that are not UTF-8: each of Windows-1258, TCVN3 and VNI
 * is scored by how many accented words it turns into valid Vietnamese syllables, and the file is converted only
 * when one decoding is clearly right. The thresholds below are the policy; converting the wrong way would write
 * garbage into the graph.
 *
 * Decisions:
 * - A legacy decoding is accepted when >= 85% of accented words are valid syllables and no other decoding
 *   comes within 10 points, or — for OCR text with wrong accents — when it is the only decoding that yields
 *   valid syllables at all (then with a "looks damaged" warning). Anything in between is refused with the
 *   likely encoding named.
 * - Non-UTF-8 text that is not Vietnamese in any legacy encoding is refused, with one exception:
 *   when its only non-ASCII bytes are typographic punctuation in Windows-1252 (“ ” – …), the common
 *   case of an unaccented OCR text saved by a Windows tool, it is decoded as Windows-1252 with a warning.
 *   Accented Western letters (é, ü, ñ outside Vietnamese words) mean a text in an encoding we would
 *   garble or a non-Vietnamese document: refusing is safer than writing mojibake into the graph.
 */
import commonSyllables from './data/commonSyllables.json';
import { isVietnameseSyllable } from '../vietnameseSyllable';
import { countChar, percent } from './counts';
import { decodeLegacyVietnamese, decodeTcvn3Raw, restoreTcvn3Capitals } from './legacyVietnamese';
import { ENCODING_LABELS, fail, type Decoded, type DecodeFailure, type LegacyVietnameseEncoding } from './result';
import { CP1252 } from './windows1252';

/** Frequent syllables of administrative Vietnamese: the tie-break between two decodings equally valid. */
const COMMON_WORDS: ReadonlySet<string> = new Set(commonSyllables.syllables);

/** Non-letters that may cling to words in any of the encodings: typographic quotes, dashes, bullets. */
const HARMLESS_PUNCTUATION = /^[\u00A0\u2013\u2014\u2018\u2019\u201A\u201C\u201D\u201E\u2022\u2026\u00B0\u00AB\u00BB\u2039\u203A\u2020\u2021\u2122\u2030]*$/;

export interface CandidateScore {
  encoding: LegacyVietnameseEncoding;
  /** Words with at least one non-ASCII byte that decode to something with letters. */
  evaluated: number;
  valid: number;
  common: number;
  share: number;
}

/** Raw words: runs of ASCII letters and non-ASCII bytes that contain at least one non-ASCII byte. */
function accentedRawWords(bytes: Uint8Array, limit: number): Uint8Array[] {
  const words: Uint8Array[] = [];
  let start = -1;
  let high = false;
  for (let i = 0; i <= bytes.length; i++) {
    const b = i < bytes.length ? bytes[i]! : 0x20;
    const inWord = b >= 0x80 || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a);
    if (inWord) {
      if (start < 0) start = i;
      if (b >= 0x80) high = true;
    } else if (start >= 0) {
      if (high) words.push(bytes.subarray(start, i));
      if (words.length >= limit) break;
      start = -1;
      high = false;
    }
  }
  return words;
}

function scoreCandidate(words: Uint8Array[], encoding: LegacyVietnameseEncoding): CandidateScore {
  let evaluated = 0;
  let valid = 0;
  let common = 0;
  for (const raw of words) {
    const decoded = (encoding === 'tcvn3' ? decodeTcvn3Raw(raw) : decodeLegacyVietnamese(raw, encoding)).normalize('NFC');
    const m = /^([^\p{L}]*)(\p{L}[\p{L}\p{M}]*?|)([^\p{L}\p{M}]*)$/u.exec(decoded);
    const lead = m?.[1] ?? decoded;
    const core = m?.[2] ?? '';
    const tail = m?.[3] ?? '';
    const edgesHarmless = HARMLESS_PUNCTUATION.test(lead + tail);
    // Only punctuation, or an ASCII word with quotes around it: no evidence either way.
    if (edgesHarmless && !/[^\x00-\x7F]/.test(core)) continue;
    evaluated++;
    // Raw TCVN3 spells capital accented letters in lower case ("NGHị"); judge such words in capitals.
    const word = encoding === 'tcvn3' && !/[a-z]/.test(core) && /\p{Lu}/u.test(core) ? core.toUpperCase() : core;
    if (m && edgesHarmless && isVietnameseSyllable(word)) {
      valid++;
      // TCVN3 words are scored before capitals are restored, so compare in lower case.
      if (COMMON_WORDS.has(word.toLowerCase())) common++;
    }
  }
  return { encoding, evaluated, valid, common, share: evaluated === 0 ? 0 : valid / evaluated };
}

/** Below this many accented words a verdict would be a guess. */
const MIN_EVIDENCE = 3;
/** Share of accented words that must be valid syllables to convert without asking. */
const CONFIDENT_SHARE = 0.85;
/** Lead over the runner-up needed to tell two plausible decodings apart. */
const CONFIDENT_MARGIN = 0.1;
/** From this share on, the text is probably Vietnamese in that encoding, just too damaged to trust. */
const PLAUSIBLE_SHARE = 0.5;
/**
 * OCR text with wrong accents ("trién" for "triển") has few valid syllables in any decoding. When one
 * decoding still yields some and the others ten times fewer, the encoding is certain even if the text is not.
 */
const CONTRAST_MIN_EVIDENCE = 50;
const CONTRAST_MIN_SHARE = 0.2;
const CONTRAST_RATIO = 10;

/** Scores of the three legacy decodings, best first. Exported for diagnostics and tests. */
export function scoreLegacyEncodings(bytes: Uint8Array): CandidateScore[] {
  const words = accentedRawWords(bytes, 20000);
  const scores = (['windows-1258', 'tcvn3', 'vni'] as const).map((enc) => scoreCandidate(words, enc));
  return scores.sort((a, b) => b.share - a.share || b.common - a.common || b.evaluated - a.evaluated);
}

export function decodeNonUnicode(bytes: Uint8Array, name: string): Decoded | DecodeFailure {
  const scores = scoreLegacyEncodings(bytes);
  const [best, second] = scores as [CandidateScore, CandidateScore, CandidateScore];
  const label = ENCODING_LABELS[best.encoding];
  const evidence = (s: CandidateScore): string =>
    `${percent(s.share)} of ${s.evaluated} accented word${s.evaluated === 1 ? '' : 's'} decode to valid Vietnamese syllables`;

  // Clean text: nearly every accented word is a Vietnamese syllable in one decoding only.
  const cleanFit = best.evaluated >= MIN_EVIDENCE && best.share >= CONFIDENT_SHARE && best.share - second.share >= CONFIDENT_MARGIN;
  // Damaged text (OCR with wrong accents): few valid words, but only one decoding produces any at all.
  const contrastFit =
    best.evaluated >= CONTRAST_MIN_EVIDENCE && best.share >= CONTRAST_MIN_SHARE && second.share <= best.share / CONTRAST_RATIO;

  if (cleanFit || contrastFit) {
    const warnings = [`${name} is not UTF-8: it looks like Vietnamese in the legacy ${label} encoding (${evidence(best)}); converted to Unicode.`];
    if (!cleanFit) {
      warnings.push(
        `${name}: no other encoding fits (${otherFits(scores)}), but so few words are valid that the text itself looks damaged (OCR?); check the converted text.`,
      );
    }
    let text: string;
    if (best.encoding === 'tcvn3') {
      const restored = restoreTcvn3Capitals(decodeTcvn3Raw(bytes));
      text = restored.text;
      if (restored.restored > 0) {
        warnings.push(
          `${name}: TCVN3 has no capital accented letters; capitals were restored in ${restored.restored} all-capital title(s), ` +
            'but a capital accented letter at the start of a lower-case word (e.g. "Ủy") may read as lower case.',
        );
      }
    } else text = decodeLegacyVietnamese(bytes, best.encoding);
    const replaced = countChar(text, '\uFFFD');
    if (replaced > 0) warnings.push(`${name}: ${replaced} byte(s) have no character in ${label} and were replaced by "\uFFFD".`);
    return { ok: true, text, encoding: best.encoding, converted: true, warnings };
  }

  const advice = (enc: string): string =>
    `Convert it to Unicode UTF-8 (for example with UniKey's converter${enc ? `, source encoding ${enc}` : ''}) and ingest it again.`;
  const plausible =
    best.evaluated >= MIN_EVIDENCE &&
    (best.share >= PLAUSIBLE_SHARE || (best.share >= CONTRAST_MIN_SHARE && second.share <= best.share / 3));
  if (plausible) {
    const why =
      best.share < CONFIDENT_SHARE
        ? `only ${evidence(best)}`
        : `${ENCODING_LABELS[second.encoding]} fits almost as well (${percent(best.share)} against ${percent(second.share)} of ${best.evaluated} accented words)`;
    return fail(
      'UNSUPPORTED_ENCODING',
      `${name} is not UTF-8: it most likely is Vietnamese in the legacy ${label} encoding, but it was not converted because ${why}. ${advice(label)}`,
    );
  }

  const western = westernPunctuationOnly(bytes);
  if (western !== null) {
    return {
      ok: true,
      text: Array.from(bytes, (b) => (b < 0x80 ? String.fromCharCode(b) : CP1252[b]!)).join(''),
      encoding: 'windows-1252',
      converted: true,
      warnings: [
        `${name} is not UTF-8; its only non-ASCII characters are punctuation (${western}), decoded as ${ENCODING_LABELS['windows-1252']}. ` +
          'Save documents as UTF-8 to avoid this guess.',
      ],
    };
  }
  if (best.evaluated > 0 && best.evaluated < MIN_EVIDENCE && best.share >= PLAUSIBLE_SHARE) {
    return fail(
      'UNSUPPORTED_ENCODING',
      `${name} is not UTF-8 and has too few accented words (${best.evaluated}) to tell which legacy Vietnamese ` +
        `encoding it uses (best fit: ${label}). ${advice('')}`,
    );
  }
  if (best.evaluated >= MIN_EVIDENCE && best.share >= CONTRAST_MIN_SHARE) {
    return fail(
      'UNSUPPORTED_ENCODING',
      `${name} is not UTF-8, and no legacy Vietnamese encoding fits it clearly (valid Vietnamese syllables among its accented words: ` +
        `${otherFits(scores, true)}); it may be heavily damaged OCR text in one of them. ${advice('')}`,
    );
  }
  const hint = best.evaluated > 0 ? ` (best fit: ${label}, where ${evidence(best)})` : '';
  return fail(
    'UNSUPPORTED_ENCODING',
    `${name} is not UTF-8, and its accented text is not Vietnamese in Windows-1258, TCVN3 or VNI${hint}. ` +
      'If it is Western European (Windows-1252/Latin-1) text it is not a document this tool reads; ' +
      'otherwise save it as UTF-8 and ingest it again.',
  );
}

/** "TCVN3 39%, VNI 36%": the fits of the runners-up (or of all candidates). */
function otherFits(scores: CandidateScore[], all = false): string {
  return (all ? scores : scores.slice(1)).map((s) => `${ENCODING_LABELS[s.encoding].split(' ')[0]} ${percent(s.share)}`).join(', ');
}

/** The distinct punctuation characters when every non-ASCII byte is Windows-1252 punctuation, else null. */
function westernPunctuationOnly(bytes: Uint8Array): string | null {
  const seen = new Set<string>();
  for (const b of bytes) {
    if (b < 0x80) continue;
    const ch = CP1252[b]!;
    if (!HARMLESS_PUNCTUATION.test(ch)) return null;
    seen.add(ch === '\u00A0' ? 'no-break space' : ch);
  }
  return seen.size === 0 ? null : [...seen].slice(0, 6).join(' ');
}
