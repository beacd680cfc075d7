/**
 * Stage 5: bodies. Every spelling of a body resolves to one canonical node per jurisdiction
 * (`resolveBody`); the registry collects the nodes a document names, with their aliases and mentions.
 */
import { foldForSearch } from '../../text/fold';
import { bodyJurisdiction, committeeFieldAt, isPredicateAt, officialsBody, opensWithPersonName, parseBodyAt, resolveBody, type BodyParse, type ResolvedBody } from '../bodies';
import { NATIONAL, type Body, type Jurisdiction } from '../types';
import { exactWordsAt, KINDS_ALONE, LEVELS_AND_PLACES, PROVINCE_PLACE_WORDS, tokenize } from '../vocabulary';
import { namesOwnPlace, namesSectors, namesThePublic } from './nonBodies';

const LEVEL_OR_PLACE = new RegExp(`^(${LEVELS_AND_PLACES.join('|')})\\b`);

/** "(sau đây gọi tắt là Ban Chỉ đạo)", "(gọi tắt là “Ban Quản lý”)": the short form a text defines for the name before it. */
const SHORT_FORM = /\(\s*[*_]*\s*(?:sau đây\s+)?(?:được\s+)?gọi\s+(?:tắt\s+)?là\s+[“"]?([^()\n“”"]{2,80}?)[”"]?\s*[*_]*\s*\)/giu;
/** Characters before the bracket the defined name is looked for in. */
const DEFINED_NAME_CHARS = 200;

/** A mention written on one line: a heading's name and the next line's first word ("Sở Tài chính" / "Hàng năm, ...") are no name. */
export function onOneLine(text: string, span: { start: number; end: number }): boolean {
  return !text.slice(span.start, span.end).includes('\n');
}

export class BodyRegistry {
  private readonly bodies = new Map<string, Body>();
  /** Mention starts already listed per body key (a body named hundreds of times stays linear). */
  private readonly mentionStarts = new Map<string, Set<number>>();
  private readonly fuller = new Map<string, string | null>();
  private defined: Map<string, string> | null = null;
  /**
   * `fullerName`'s candidates, kept as the registry grows (it asks once per short form, and a document names
   * many bodies many times): per body key, its first spelling resolved once a mention is known to be on one
   * line, and how many of its mentions were checked before that. Mentions and first spellings are only ever
   * appended, so a body found on one line stays so.
   */
  private readonly oneLine = new Map<string, ResolvedBody>();
  private readonly mentionsChecked = new Map<string, number>();
  private oneLineText: string | null = null;

  /**
   * `text`: what the rules read; `shown`: the text as written, same offsets (TaskDocument). A name read as a span of
   * the text is kept as an alias as the document writes it.
   */
  /**
   * Whether the shown text differs from the read one, asked once: the two are equally long, so comparing them
   * at every mention read both up to their first difference (a document's first joined line break).
   */
  private readonly shownDiffers: boolean;

  constructor(
    private readonly jurisdiction: Jurisdiction,
    private readonly text = '',
    private readonly shown = text,
  ) {
    this.shownDiffers = shown !== text;
  }

  /** The canonical body for a name as written, noting this mention; null for a name that is no body. */
  note(name: string, p: BodyParse): Body | null {
    const r = resolveBody(name, this.jurisdiction);
    if (!r.key || r.key.startsWith('@')) return null;
    // The public and the text's own province as a place are no bodies (nonBodies.ts).
    if (namesThePublic(name) || namesSectors(name) || namesOwnPlace(name, this.jurisdiction)) return null;
    let b = this.bodies.get(r.key);
    if (!b) {
      b = { key: r.key, name: r.name, jurisdiction: r.jurisdiction, aliases: [], group: r.group, mentions: [] };
      this.bodies.set(r.key, b);
    } else if (r.name.length > b.name.length && r.name.length <= 120) {
      // The fullest spelling names the node best ("Ủy ban nhân dân tỉnh" over "UBND").
      b.name = r.name;
    }
    const written = this.shownDiffers && this.text.slice(p.start, p.end) === p.raw ? this.shown.slice(p.start, p.end) : p.raw;
    const alias = written.replace(/\s+/g, ' ').trim();
    if (!b.aliases.includes(alias) && b.aliases.length < 30) b.aliases.push(alias);
    let starts = this.mentionStarts.get(b.key);
    if (!starts) {
      starts = new Set();
      this.mentionStarts.set(b.key, starts);
    }
    if (!starts.has(p.start)) {
      starts.add(p.start);
      b.mentions.push({ start: p.start, end: p.end });
    }
    return b;
  }

  /**
   * The one body the document names in full that a short form stands for ("Văn phòng Ban Chỉ huy" in a table
   * cell after "Văn phòng Ban Chỉ huy Phòng thủ dân sự tỉnh" in the text, "Sở Công" cut before "Thương"): a
   * named body (no group) whose key the short form's key opens word for word and whose name goes on with a
   * capitalized word, when no other body of the document does. `names` are the document's other names
   * (asked only when its bodies hold none). Null for a complete name, a group, a kind alone ("Sở", "Ngân
   * hàng") or a form that could stand for two bodies.
   */
  fullerName(name: string, text: string, names: () => readonly string[] = () => []): string | null {
    // A document names the same short forms again and again (every row of a task table).
    let r = this.fuller.get(name);
    if (r === undefined) {
      const key = resolveBody(name, this.jurisdiction).key;
      r = this.shortForms(text).get(key) ?? this.shortFormBeforeVerb(name, text) ?? this.fullerNameUncached(name, text, names);
      this.fuller.set(name, r);
    }
    return r;
  }

  /**
   * The short forms the text defines for a body it names in full ("Ban Chỉ đạo Nhà nước về Du lịch (gọi tắt là
   * Ban Chỉ đạo)"), by the short form's key: every later "Ban Chỉ đạo" is that body, whatever other Ban Chỉ
   * đạo the text names. Only a named short form (no group) that opens the full name word for word, so a
   * document's name for a plan or a law is none. The full name may be one the parser does not read as a
   * body, written in lower case after its head ("Quỹ nhà ở quốc gia (sau đây gọi là Quỹ)") or holding a
   * list ("Ban quản lý các khu công nghệ cao và khu công nghiệp thành phố Hà Nội (sau đây gọi tắt là “Ban
   * Quản lý”)"), as decrees and resolutions define the bodies they regulate.
   */
  private shortForms(text: string): ReadonlyMap<string, string> {
    if (this.defined) return this.defined;
    const defined = new Map<string, string>();
    for (const m of text.matchAll(SHORT_FORM)) {
      const short = resolveBody(m[1]!.trim(), this.jurisdiction);
      if (!short.key || short.group || short.key.startsWith('@')) continue;
      const before = text.slice(Math.max(0, m.index! - DEFINED_NAME_CHARS), m.index!);
      const full = nameEndingAt(before) ?? nameOpenedBy(before, m[1]!.trim());
      if (!full) continue;
      const r = resolveBody(full, this.jurisdiction);
      // The short form opens the full name word for word ("Ban Chỉ đạo" of "Ban Chỉ đạo Nhà nước về Du lịch"):
      // "Ủy ban nhân dân xã, phường (gọi tắt là UBND cấp xã)" names a level, the text's own name for them.
      const name = (k: string) => k.slice(0, k.lastIndexOf('@'));
      if (!r.key || r.key === short.key || !name(r.key).startsWith(`${name(short.key)} `)) continue;
      // A short form defined twice for two bodies stands for neither; twice for one body ("... thành phố Hà Nội",
      // "... Thành phố"), for the first spelling.
      const earlier = defined.get(short.key);
      if (earlier === undefined) defined.set(short.key, full);
      else if (earlier && resolveBody(earlier, this.jurisdiction).key !== r.key) defined.set(short.key, '');
    }
    for (const [k, v] of defined) if (!v) defined.delete(k);
    this.defined = defined;
    return defined;
  }

  /**
   * "Quỹ tổ chức thực hiện công tác kế toán", "Ban Quản lý tổ chức đánh giá hồ sơ": a short form the text defined
   * ("Quỹ", "Ban Quản lý") is a whole name, so a lower-case verb the parser read on into as more of the name is the
   * predicate: the name is the short form's body.
   */
  private shortFormBeforeVerb(name: string, text: string): string | null {
    const defined = this.shortForms(text);
    if (defined.size === 0) return null;
    const tokens = tokenize(name);
    for (let n = tokens.length - 1; n > 0; n--) {
      if (tokens[n]!.cap || !isPredicateAt(tokens, n)) continue;
      // "Ban Chỉ đạo phát triển du lịch các địa phương" beside a defined "Ban Chỉ đạo": the field closed by a level
      // names that level's committees (bodies/committeeFields.ts), not the text's own.
      if (committeeFieldAt(tokens, n) === tokens.length - n) continue;
      const full = defined.get(resolveBody(name.slice(0, tokens[n]!.start).trim(), this.jurisdiction).key);
      if (full) return full;
    }
    return null;
  }

  private fullerNameUncached(name: string, text: string, names: () => readonly string[]): string | null {
    const r = resolveBody(name, this.jurisdiction);
    if (!r.key || r.group || r.key.startsWith('@')) return null;
    const short = r.official ? officialsBody(r) : r.written;
    // A body's name is written with its capital ("giám đốc sở" is any department's director).
    if (!/^\p{Lu}/u.test(short)) return null;
    const at = r.key.lastIndexOf('@');
    if (KINDS_ALONE.has(r.key.slice(0, at))) return null;
    const opening = `${r.key.slice(0, at)} `;
    const place = r.key.slice(at);
    // A national text's short form of a local body ("Thường trực Tỉnh ủy" after "Thường trực Tỉnh ủy Thanh Hóa")
    // took the text's jurisdiction; its fuller name is the same body of a place (the key keeps the place apart).
    const anyPlace = this.jurisdiction === NATIONAL && r.jurisdiction === NATIONAL && bodyJurisdiction(short, null) !== NATIONAL;
    const shortWords = short.split(' ').length;
    const found = new Map<string, string>();
    const consider = (c: ResolvedBody) => {
      // The key drops the document's own place ("... tỉnh"): a fuller name that only adds a level or a place
      // ("... cấp tỉnh, cấp xã") is another body.
      // "Trung tâm Chuyển đổi số" beside "Trung tâm Chuyển đổi số Thành phố" in a city's text: the bare word of the
      // text's own place ("Thành phố", "tỉnh") names the same body.
      // Asked of every body the document names: a key of another opening is turned away before any string is made.
      let longer = false;
      if (c.key.endsWith(place) && c.key.startsWith(opening)) {
        const added = c.key.slice(opening.length);
        const ownPlaceAdded = this.jurisdiction !== NATIONAL && PROVINCE_PLACE_WORDS.some((w) => added === `${w}${place}`);
        longer = ownPlaceAdded || !LEVEL_OR_PLACE.test(added);
      }
      const placed = anyPlace && c.jurisdiction !== NATIONAL && c.key === `${opening.trimEnd()}@${c.jurisdiction}`;
      if (c.group || !(longer || placed)) return;
      const full = c.official ? officialsBody(c) : c.written;
      const rest = full.split(' ').slice(shortWords).join(' ');
      // The name goes on as a name, not with the sentence ("Bộ Xây dựng chậm nhất ngày ..."), a person ("Bộ Y tế
      // Đào Hồng Lan") or the document's own place ("Sở Văn hóa, Thể thao và Du lịch Bắc Ninh" in Bắc Ninh).
      if (!/^\p{Lu}/u.test(rest) || opensWithPersonName(rest) || foldForSearch(rest).replace(/^(tinh|thanh pho) /, '') === ownPlace) return;
      if (!found.has(c.key)) found.set(c.key, full);
    };
    const ownPlace = foldForSearch(this.jurisdiction ?? '');
    for (const b of this.bodies.values()) {
      const named = b.group ? null : this.resolvedOnOneLine(b, text);
      if (named) consider(named);
    }
    if (found.size === 0) for (const n of names()) consider(resolveBody(n, this.jurisdiction));
    return found.size === 1 ? [...found.values()][0]! : null;
  }

  /** The body's first spelling resolved when some mention of it is written on one line of `text`, else null. */
  private resolvedOnOneLine(b: Body, text: string): ResolvedBody | null {
    if (text !== this.oneLineText) {
      this.oneLine.clear();
      this.mentionsChecked.clear();
      this.oneLineText = text;
    }
    const known = this.oneLine.get(b.key);
    if (known) return known;
    let k = this.mentionsChecked.get(b.key) ?? 0;
    for (; k < b.mentions.length; k++) {
      if (!onOneLine(text, b.mentions[k]!)) continue;
      const r = resolveBody(b.aliases[0] ?? b.name, this.jurisdiction);
      this.oneLine.set(b.key, r);
      return r;
    }
    this.mentionsChecked.set(b.key, k);
    return null;
  }

  all(): Body[] {
    return [...this.bodies.values()];
  }
}

/**
 * The name that ends `before` and opens with the words of its short form `short` (folded, its first word
 * capitalized), with no mark of a clause between: "Quỹ nhà ở quốc gia" before "(sau đây gọi là Quỹ)".
 */
function nameOpenedBy(before: string, short: string): string | null {
  const tokens = tokenize(before);
  const words = tokenize(short).filter((t) => t.word).map((t) => t.f);
  let end = tokens.length;
  while (end > 0 && !tokens[end - 1]!.word) end--;
  for (let i = end - words.length - 1; i >= 0 && end - i <= OPENED_NAME_TOKENS; i--) {
    if (!tokens[i + words.length]?.word) return null;
    if (tokens[i]!.cap && exactWordsAt(tokens, i, words)) {
      return before.slice(tokens[i]!.start, tokens[end - 1]!.end).replace(/\s+/g, ' ').trim();
    }
  }
  return null;
}

/** Tokens a name `nameOpenedBy` reads holds at most. */
const OPENED_NAME_TOKENS = 16;

/** The body name that ends `before` (the words right before a defining bracket), the longest that does. */
function nameEndingAt(before: string): string | null {
  const tokens = tokenize(before);
  // Emphasis marks the export left before the bracket ("... thành phố *(gọi tắt là ...)*").
  let end = tokens.length;
  while (end > 0 && !tokens[end - 1]!.word) end--;
  for (let i = 0; i < end; i++) {
    if (!tokens[i]!.word || !tokens[i]!.cap) continue;
    const p = parseBodyAt(tokens, i);
    if (!p) continue;
    // "Hội đồng Thi đua – Khen thưởng ngành Y tế thành phố": the unit of the issuer's place closes the name.
    const rest = tokens.slice(p.to, end).map((t) => t.f).join(' ');
    if (p.to === end || /^(tinh|thanh pho)$/.test(rest)) return before.slice(tokens[i]!.start, tokens[end - 1]!.end).replace(/\s+/g, ' ').trim();
  }
  return null;
}
