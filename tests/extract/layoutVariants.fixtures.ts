/**
 * The same document laid out or worded as another office or tool would have written it: text transforms that keep
 * every (body, role) pair of a document's gold true, for measuring how far extraction holds on documents of the same
 * genre written differently (scripts/extraction-robustness.ts). Each is one general change, the same output for the
 * same text:
 * - `numbering`: list labels in the other common style: "1." as "1)", "a)" as "a.", "(1)" as "1)";
 * - `bullets`: the two dash bullets swapped ("-" as "+", "+" as "-");
 * - `headingcaps`: headings in capitals: the word opening an article, chapter or section ("Điều 5." as "ĐIỀU 5."),
 *   and a short line opening with a label ("1. Sở Y tế:" as "1. SỞ Y TẾ:");
 * - `headinglower`: a heading in capitals that names no body in sentence case ("III. TỔ CHỨC THỰC HIỆN" as
 *   "III. Tổ chức thực hiện");
 * - `noblank` / `blanklines`: no blank line between paragraphs / a blank line after every line that ends a sentence;
 * - `oldtone`: the old tone placement of open "oa", "oe", "uy" ("Ủy" as "Uỷ", "hòa" as "hoà", "thủy" as "thuỷ");
 * - `abbreviated` / `expanded`: "Ủy ban nhân dân" and "Hội đồng nhân dân" as "UBND" and "HĐND", and back (never
 *   inside a symbol: "KH-UBND" stays);
 * - `notitles`: a head's title before the body dropped ("Giám đốc Sở X" as "Sở X", "Bộ trưởng Bộ X" as "Bộ X");
 * - `nogiao` / `giao`: a task given with "giao" before its body or not ("Giao Sở X chủ trì" / "Sở X chủ trì");
 * - `inlinebodies`: a body's heading over its tasks written as the body in each task ("1. Sở Y tế:" / "- Chủ trì
 *   ..." as "- Sở Y tế chủ trì ...");
 * - `decimal`: parts numbered in arabic and their items by decimals ("II." as "2.", its "1." as "2.1.");
 * - `noperiod`: list items without their closing "." or ";".
 * Written apart from src/extract, so the measure does not read text the way the code under test does.
 */

/** A label at a line's start, after any emphasis marks ("**1.", "*a)"), and the rest of the line. */
const LABELLED = /^([ \t]*[*_]*[ \t]*)(\d{1,2}\.|[a-zđ]\)|\(\d{1,2}\))(?=[\s*_]|$)/gm;

function swapNumbering(text: string): string {
  return text.replace(LABELLED, (_, lead: string, label: string) => {
    if (/^\d+\.$/.test(label)) return `${lead}${label.slice(0, -1)})`;
    if (label.startsWith('(')) return `${lead}${label.slice(1)}`;
    return `${lead}${label.slice(0, -1)}.`;
  });
}

function swapBullets(text: string): string {
  return text.replace(/^([ \t]*)([-+])(?=[ \t])/gm, (_, lead: string, b: string) => `${lead}${b === '-' ? '+' : '-'}`);
}

const HEADING_WORD = /^([ \t]*)(Điều|Chương|Mục)(?=[ \t]+[0-9IVXLC]+\b)/gm;
/** A heading line: a label and a few words, no sentence ending ("1. Sở Y tế:", "III. TỔ CHỨC THỰC HIỆN"). */
const HEADING_LINE = /^([ \t]*(?:[IVX]+\.|\d{1,2}(?:\.\d{1,2})*\.?|[a-zđ]\))[ \t]+)([^\n|]{2,80})$/gm;
// A lead-in with its verb ("1. Cục X có trách nhiệm:") is a sentence, not a heading.
const endsSentence = (s: string) => /[.;,]$/.test(s.trim()) || /(?:có|chịu) trách nhiệm/u.test(s);

function headingsInCapitals(text: string): string {
  return text
    .replace(HEADING_WORD, (_, lead: string, word: string) => lead + word.toLocaleUpperCase('vi'))
    .replace(HEADING_LINE, (whole, label: string, rest: string) => (endsSentence(rest) ? whole : label + rest.toLocaleUpperCase('vi')));
}

/** Words that open a body's name: a heading holding one keeps its capitals when set in sentence case. */
const BODY_WORDS = /\b(SỞ|BỘ|ỦY|UỶ|UBND|HĐND|BAN|CÔNG AN|VĂN PHÒNG|HỘI|ĐOÀN|TỈNH|THÀNH PHỐ|TRUNG TÂM|CỤC|CHI CỤC|KHO BẠC|THUẾ|ĐÀI|BÁO|MẶT TRẬN|QUÂN|BỘ CHỈ HUY|CÁC|XÃ|PHƯỜNG|ĐẢNG|VIỆN|NGÂN HÀNG|TÒA|TRƯỜNG|CHÍNH PHỦ|THỦ TƯỚNG|QUỐC HỘI|CƠ QUAN|ĐƠN VỊ|DOANH NGHIỆP)\b/u;

/** A heading in capitals set in sentence case ("III. TỔ CHỨC THỰC HIỆN" as "III. Tổ chức thực hiện"). */
function headingsInSentenceCase(text: string): string {
  return text.replace(HEADING_LINE, (whole, label: string, rest: string) => {
    if (endsSentence(rest) || /\p{Ll}/u.test(rest) || !/\p{Lu}{2}/u.test(rest) || BODY_WORDS.test(rest)) return whole;
    const lower = rest.toLocaleLowerCase('vi');
    return label + lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
  });
}

function withoutBlankLines(text: string): string {
  return text.replace(/\n[ \t]*\n+/g, '\n');
}

/** A blank line after each line that ends a sentence or a lead-in (table rows left alone). */
function withBlankLines(text: string): string {
  return text.replace(/^([^|\n]*[.;:](?:\*+)?)[ \t]*\n(?=[^\n])/gm, '$1\n\n');
}

const TONES = '[\u0300\u0301\u0303\u0309\u0323]';
/**
 * "oa", "oe", "uy" ending a syllable carry the tone on the first vowel in the newer style and on the second in the
 * older ("hòa"/"hoà", "Ủy"/"Uỷ"); "ua" ("của", "mùa") and "qu" + y ("quý") are written one way only.
 */
const NEW_TONE = new RegExp(`(?<![qQ])(?:([oO])(${TONES})([aAeE])|([uU])(${TONES})([yY]))(?![\\p{L}\\u0300-\\u036f])`, 'gu');

function oldTonePlacement(text: string): string {
  return text
    .normalize('NFD')
    .replace(NEW_TONE, (...m: string[]) => (m[1] ? `${m[1]}${m[3]}${m[2]}` : `${m[4]}${m[6]}${m[5]}`))
    .normalize('NFC');
}

const NOT_IN_SYMBOL = '(?<![-/][ \\t]*)(?<![-/\\p{L}])';
const PEOPLES_COMMITTEE = new RegExp(`${NOT_IN_SYMBOL}(?:Ủy|Uỷ)[ \\t]+ban[ \\t]+(?:nhân[ \\t]+dân|Nhân[ \\t]+dân)(?![\\p{L}])`, 'gu');
const PEOPLES_COUNCIL = new RegExp(`${NOT_IN_SYMBOL}Hội[ \\t]+đồng[ \\t]+(?:nhân[ \\t]+dân|Nhân[ \\t]+dân)(?![\\p{L}])`, 'gu');

function abbreviated(text: string): string {
  return text.replace(PEOPLES_COMMITTEE, 'UBND').replace(PEOPLES_COUNCIL, 'HĐND');
}

function expanded(text: string): string {
  return text
    .replace(new RegExp(`${NOT_IN_SYMBOL}UBND(?![-/\\p{L}])`, 'gu'), 'Ủy ban nhân dân')
    .replace(new RegExp(`${NOT_IN_SYMBOL}HĐND(?![-/\\p{L}])`, 'gu'), 'Hội đồng nhân dân');
}

/**
 * Titles of heads before their bodies: the gold names the body without the title (gold-real README, rule 6). A
 * sentence is changed whole or not at all, so a list of bodies does not mix titled and bare names.
 */
const TITLE_PLACE = '(?<=(?:^|[,;:]|(?:và|giao|Giao|cầu|nghị)|Điều[ \\t]+\\d+\\.|^[ \\t]*(?:[-+•]|\\d{1,2}[.)]|[a-zđ]\\)))[ \\t]*)';
const HEAD_TITLE = new RegExp(
  `${TITLE_PLACE}(?:Giám đốc(?=[ \\t]+(?:các[ \\t]+[Ss]ở|Sở[ \\t]+\\p{Lu}))|Bộ trưởng(?=[ \\t]+Bộ[ \\t]+\\p{Lu})|` +
    `Chủ tịch(?=[ \\t]+(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân))|Chánh(?=[ \\t]+(?:Văn phòng|Thanh tra)[ \\t]+\\p{L})|Thủ trưởng(?=[ \\t]+các[ \\t]))[ \\t]+`,
  'gmu',
);
const ANY_TITLE = /(?<![\p{L}])(?:giám đốc|bộ trưởng|chủ tịch|thủ trưởng|chánh|trưởng|người đứng đầu)(?![\p{L}])/iu;

function withoutHeadTitles(text: string): string {
  return text.replace(/[^.\n]+/g, (sentence) => {
    const bare = sentence.replace(HEAD_TITLE, '');
    if (bare === sentence || ANY_TITLE.test(bare)) return sentence;
    // A sentence that opened with the title opens with the body's word now.
    return /^[ \t]*\p{Lu}/u.test(sentence) ? bare.replace(/^([ \t]*)(\p{Ll})/u, (_, lead: string, c: string) => lead + c.toLocaleUpperCase('vi')) : bare;
  });
}

/** A body opening a task, the verb "giao" in front of it or not ("Giao Sở X chủ trì" / "Sở X chủ trì"). */
const BODY_START = '(?:Sở|Bộ|UBND|Ủy ban|Uỷ ban|Ban(?=[ \\t]+\\p{Lu})|Văn phòng|Công an|Thanh tra|Đài|Trung tâm|Kho bạc|Thuế|Cục|Chi cục|Bộ Chỉ huy|Các|Hội|Liên đoàn|Tỉnh đoàn|Mặt trận|Báo)[ \\t]+\\p{L}';
const ITEM_LABEL = '(?:[-+•]|\\d{1,2}(?:\\.\\d{1,2})*[.)]|\\(\\d{1,2}\\)|[a-zđ]\\))';
const GIAO_BEFORE_BODY = new RegExp(`(^|[.;:][ \\t]+|^[ \\t]*${ITEM_LABEL}[ \\t]+)[Gg]iao(?:[ \\t]+cho)?[ \\t]+(?=${BODY_START})`, 'gmu');
// A task item (not a rule's "X có trách nhiệm"): the body's name, then a verb of a task in the same clause.
const ITEM_OPENING_WITH_BODY = new RegExp(`^([ \\t]*${ITEM_LABEL}[ \\t]+)(?![^\\n]*(?:có trách nhiệm|được giao))(?=${BODY_START}[^\\n:;]{0,150}?[ \\t](?:chủ trì|thực hiện|chịu trách nhiệm|phối hợp|tham mưu|hướng dẫn|triển khai))`, 'gmu');

function withoutGiao(text: string): string {
  return text.replace(GIAO_BEFORE_BODY, '$1');
}

/** "giao" written before a body that opens a task item ("- Sở X chủ trì" as "- Giao Sở X chủ trì"). */
function withGiao(text: string): string {
  return text.replace(ITEM_OPENING_WITH_BODY, '$1Giao ').replace(/(?<=Giao )Các(?= )/g, 'các');
}

const TASK_VERB = /(?:chủ trì|thực hiện|chịu trách nhiệm|có trách nhiệm|phối hợp|tham mưu|hướng dẫn|triển khai|chỉ đạo)/u;
const ROMAN = /^[ \t]*[IVX]+[.)\-][ \t]/;
const ARABIC = /^[ \t]*\d{1,2}[.)][ \t]/;
const LETTER = /^[ \t]*[a-zđ]\)[ \t]/;
const BODY_HEADING = new RegExp(`^[ \\t]*(\\d{1,2}(?:\\.\\d{1,2})*[.)]|[a-zđ]\\))[ \\t]+(${BODY_START}[^\\n]{0,100}?)[ \\t]*:?[ \\t]*$`, 'u');
const OWN_SUBJECT = new RegExp(`^${BODY_START}`, 'u');

/** Whether `line` ends the units under a heading labelled like `label` (one of its level or above). */
function endsHeading(line: string, label: string): boolean {
  if (ROMAN.test(line) || /^[ \t]*(?:Điều|Chương|Mục)[ \t]+\d/u.test(line)) return true;
  if (/^[a-zđ]\)$/.test(label)) return ARABIC.test(line) || LETTER.test(line) || /^[ \t]*\d{1,2}(?:\.\d{1,2})+\.?[ \t]/.test(line);
  const depth = label.split('.').filter(Boolean).length;
  const m = /^[ \t]*(\d{1,2}(?:\.\d{1,2})*)[.)]?[ \t]/.exec(line);
  return !!m && m[1]!.split('.').length <= depth;
}

/**
 * A body's heading over its tasks written instead as the body in each task ("1. Sở Y tế:" / "- Chủ trì triển
 * khai ..." as "1. Sở Y tế chủ trì triển khai ..."): the heading line goes, each task under it opens with the body,
 * the first with the heading's label, the others as dash items (no lettered point left without its parent).
 * A task that names a subject of its own keeps it; a short sub-heading follows the body and a colon.
 */
function bodiesInEachItem(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = BODY_HEADING.exec(lines[i]!);
    if (!m || TASK_VERB.test(m[2]!) || /;/.test(m[2]!)) {
      out.push(lines[i]!);
      continue;
    }
    const body = m[2]!.replace(/:$/, '').trim();
    let j = i + 1;
    const under: string[] = [];
    while (j < lines.length && !endsHeading(lines[j]!, m[1]!)) under.push(lines[j++]!);
    const tasks = under.filter((l) => l.trim());
    if (!tasks.length) {
      out.push(lines[i]!);
      continue;
    }
    let first = true;
    for (const [n, line] of under.entries()) {
      // A line that goes on the one before (a hard-wrapped paragraph) is no task of its own.
      const previous = n > 0 ? under[n - 1]! : lines[i]!;
      if (previous.trim() && !/^[ \t]*(?:-|[a-zđ]\)|\d{1,2}(?:\.\d{1,2})+\.?)[ \t]/u.test(line)) {
        out.push(line);
        continue;
      }
      const item = /^([ \t]*(?:-[ \t]+|[a-zđ]\)[ \t]+|\d{1,2}(?:\.\d{1,2})+\.?[ \t]+)?)(\p{Lu})(\S*)(.*)$/u.exec(line);
      if (!item) {
        out.push(line);
        continue;
      }
      // The first task takes the heading's label, so the numbering of the part goes on without a gap.
      const label = first ? `${m[1]} ` : '- ';
      first = false;
      const rest = item[2]! + item[3]! + item[4]!;
      if (OWN_SUBJECT.test(rest) || /^\p{Lu}{2}/u.test(item[2]! + item[3]!)) out.push(`${label}${rest}`);
      else if (rest.length <= 60 && !/[.;:]$/.test(rest.trim())) out.push(`${label}${body}: ${rest}`);
      else out.push(`${label}${body} ${item[2]!.toLocaleLowerCase('vi')}${item[3]}${item[4]}`);
    }
    i = j - 1;
  }
  return out.join('\n');
}

/** Roman part headings numbered in arabic, and the items under them by decimals ("II." as "2.", its "1." as "2.1."). */
function decimalNumbering(text: string): string {
  const romanValue = (r: string) => r.split('').reduce((v, c, k, a) => {
    const x = { I: 1, V: 5, X: 10 }[c as 'I' | 'V' | 'X'];
    const next = { I: 1, V: 5, X: 10 }[a[k + 1] as 'I' | 'V' | 'X'] ?? 0;
    return v + (x < next ? -x : x);
  }, 0);
  let part = 0;
  return text
    .split('\n')
    .map((line) => {
      const roman = /^([ \t]*)([IVX]+)[.)\-]([ \t].*)$/.exec(line);
      if (roman) {
        part = romanValue(roman[2]!);
        return `${roman[1]}${part}.${roman[3]}`;
      }
      if (/^[ \t]*(?:Điều|Chương|Mục)[ \t]+\d/u.test(line)) part = 0;
      const item = /^([ \t]*)(\d{1,2}(?:\.\d{1,2})*)\.([ \t].*)$/.exec(line);
      return part && item ? `${item[1]}${part}.${item[2]}.${item[3]}` : line;
    })
    .join('\n');
}

/** List items written without their closing "." or ";" (many offices end only the last item, or none). */
function itemsWithoutPeriod(text: string): string {
  return text.replace(/^([ \t]*(?:[-+•]|\d{1,2}(?:\.\d{1,2})*[.)]|\(\d{1,2}\)|[a-zđ]\))[ \t][^\n]*?)[.;](?=[ \t]*$)/gmu, (whole, item: string) =>
    // The closing mark "./." and an ellipsis stay.
    /\/\.$|\.\.$/.test(whole) ? whole : item,
  );
}

export const LAYOUT_VARIANTS: Record<string, (text: string) => string> = {
  numbering: swapNumbering,
  bullets: swapBullets,
  headingcaps: headingsInCapitals,
  headinglower: headingsInSentenceCase,
  noblank: withoutBlankLines,
  blanklines: withBlankLines,
  oldtone: oldTonePlacement,
  abbreviated,
  expanded,
  notitles: withoutHeadTitles,
  nogiao: withoutGiao,
  giao: withGiao,
  inlinebodies: bodiesInEachItem,
  decimal: decimalNumbering,
  noperiod: itemsWithoutPeriod,
};
