/** A list of bodies (`parseBodyListAt`): "Sở Nội vụ, Sở Tài chính và các cơ quan liên quan"; "X; Y; và Z". */
import { fold, hasMarks } from '../folding';
import { GENERIC_NOUNS, HEAD_TITLES, longestMatch, tokenize, type Token } from '../vocabulary';
import { LOCALITY_GENERICS } from './wordSets';
import { type BodyListParse, type BodyParse, DASH, type ParseOptions, rawOf, wrappedInName } from './bodyParse';
import { COMMA, isCac, isPredicateAt, isWord } from './words';
import { genericListAt } from './genericLists';
import { individualAt } from './kinds';
import { completeOrgAt, departmentHead } from './heads';
import { afterBackReference, emphasisAt } from './qualifiers';
import { parseBodyAt } from './parse';
import { withNeighbourPlace, withSharedPlace } from './sharedPlaces';
import { levelAfter, pushExpanded } from './listExpansion';
import { unknownNameTailAt } from './nameTail';

export function parseBodyListAt(tokens: readonly Token[], i: number, opts: ParseOptions = {}): BodyListParse | null {
  const first = parseBodyAt(tokens, i, opts);
  if (!first) return null;
  const items: BodyParse[] = [];
  let k = pushExpanded(tokens, first, items);
  // Group items joined by a bare comma: "các tổ chức hành chính khác, đơn vị sự nghiệp công lập thuộc thành phố".
  const commaJoined = new Set<BodyParse>();
  for (let guard = 0; guard < 20; guard++) {
    // "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố nêu trên và lãnh đạo các Bộ ...": the back-reference closes the
    // item (the list ends after it or goes on).
    k = afterBackReference(tokens, k);
    // "Cảng vụ Hàng hải Quy Nhơn, Chi cục Thủy sản tỉnh ...": a name run on in unknown capitalized words, when the
    // list goes on after them.
    k = withNameTail(tokens, items, k);
    // "Trung tâm Dịch vụ việc làm Thành phố (Sở Nội vụ), ...": a bracketed note after an item; "các sở, ban,
    // ngành trong phạm vi chức năng, nhiệm vụ của mình và ...": a scope.
    const skipped = afterQualifier(tokens, afterScope(tokens, afterBracket(tokens, k)));
    const sep = tokens[skipped];
    if (!sep) break;
    let next = skipped;
    if (sep.raw === COMMA || sep.raw === ';') next = skipped + 1;
    // "các Bộ, ngành có liên quan, nhất là các Bộ: Quốc phòng, Công an": the members singled out go on the list.
    if (sep.raw === COMMA) next += emphasisAt(tokens, next);
    // "cùng", not "cung" ("Đơn vị cung cấp ..." is one kind, not "Đơn vị" with "cấp").
    if (isWord(tokens[next], 'va') || (isWord(tokens[next], 'cung') && !isWord(tokens[next + 1], 'cap') && (!hasMarks(tokens[next]!.raw) || tokens[next]!.raw.toLowerCase() === 'cùng'))) next += 1;
    if (next === skipped && !missingComma(tokens, items[items.length - 1]!, skipped)) break;
    // "...; Giám đốc: Trung tâm Công báo - Tin học tỉnh, Trung tâm Phục vụ hành chính công tỉnh; ...": a title
    // whose colon lists the bodies it heads.
    const titled = longestMatch(tokens, next, HEAD_TITLES, true);
    if (titled && tokens[next + titled.n]?.raw === ':') next += titled.n + 1;
    // "Trung tâm Phục vụ hành chính công cấp tỉnh và cấp xã": a level after "và" is the same kind at that level.
    const level = levelAfter(tokens, items[items.length - 1]!, next);
    if (level) {
      items.push(level);
      k = level.to;
      continue;
    }
    const item = parseBodyAt(tokens, next, { bareGeneric: true });
    if (!item) break;
    k = skipped;
    // "các cơ quan, đơn vị, tổ chức và cá nhân có liên quan": individuals closing a list of kinds of bodies
    // are no body of their own; the list is one group.
    const prev = items[items.length - 1]!;
    if (next === k + 1 && isWord(sep, 'va') && kindsOnly(tokens, prev) && kindsOnly(tokens, item) && individualAt(tokens, item.from)) {
      items[items.length - 1] = { ...prev, to: item.to, end: item.end, raw: rawOf(tokens, prev.from, item.to), owner: item.owner ?? prev.owner };
      k = item.to;
      continue;
    }
    // "các cơ quan liên quan thuộc Bộ Xây dựng, Bộ Quốc phòng": a further owner of the group, not a body of the list.
    if (next === k + 1 && coOwnerOf(tokens, prev, item)) {
      items[items.length - 1] = { ...prev, to: item.to, end: item.end, raw: rawOf(tokens, prev.from, item.to) };
      k = item.to;
      continue;
    }
    if (sep.raw === COMMA && next === k + 1) commaJoined.add(item);
    k = pushExpanded(tokens, item, items);
  }
  // The owner that closes such a run ("thuộc thành phố") belongs to every group of the run.
  for (let n = items.length - 1; n > 0; n--) {
    const cur = items[n]!;
    const prev = items[n - 1]!;
    // A run shares one "các"; an item with its own ("..., các đơn vị thuộc ...") is a group of its own.
    // An item with its own head's title ("Thủ trưởng cơ quan thuộc Chính phủ") is a group of its own too.
    if (!commaJoined.has(cur) || !cur.group || !prev.group || prev.bare || isCac(tokens[cur.from]) || longestMatch(tokens, cur.from, HEAD_TITLES, true)) continue;
    // "..., Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương": the provinces' own tail, no owner.
    if (/\btinh, thanh pho truc thuoc trung uong$/.test(fold(cur.raw))) continue;
    // "cơ quan thuộc Chính phủ" is a kind's own name, no owner of the run.
    const kind = longestMatch(tokens, isCac(tokens[cur.from]) ? cur.from + 1 : cur.from, GENERIC_NOUNS, true);
    if (kind?.p.words.includes('thuoc')) continue;
    const owner = /\s((?:trực )?thuộc\s.+)$/u.exec(cur.raw)?.[1];
    if (owner && !/\bthuộc\b/u.test(prev.raw)) items[n - 1] = { ...prev, raw: `${prev.raw} ${owner}` };
  }
  // "Thường trực, các Ban, các Tổ và đại biểu Hội đồng nhân dân tỉnh": parts share the owner named after them,
  // the nearest one ("..., các Tổ đại biểu và đại biểu Hội đồng nhân dân Thành phố, Hội đồng nhân dân cấp xã").
  const last = items[items.length - 1]!;
  const out: BodyParse[] = [];
  items.forEach((it, n) => {
    if (!it.bare) {
      out.push(it);
      return;
    }
    let ownerName: string | null = null;
    for (let m = n + 1; m < items.length && !ownerName; m++) if (!items[m]!.bare) ownerName = items[m]!.owner ?? ownerFromLast(items[m]!);
    if (!ownerName || it === last) return;
    out.push({ ...it, raw: `${it.raw} ${ownerName}`, bare: false });
  });
  if (out.length === 0) return null;
  return { items: withNeighbourPlace(tokens, withSharedPlace(tokens, out)), to: k };
}

/**
 * "các cơ quan liên quan thuộc Bộ Xây dựng, Bộ Quốc phòng", "đơn vị trực thuộc Bộ Quốc phòng, Bộ Công an": a group
 * owned by a named body ("thuộc Bộ Xây dựng") and, after a comma or "và", another body with the same head and a name
 * of its own: the group is the units of both, written with the head repeated (three issuers of the open collection
 * write it). A bare owner ("thuộc Bộ, Bộ Tài chính": the text's own ministry) or another head ("thuộc Bộ Xây dựng,
 * Sở Tài chính") leaves the item a body of the list.
 */
function coOwnerOf(tokens: readonly Token[], prev: BodyParse, item: BodyParse): boolean {
  if (!prev.group || prev.bare || item.group || item.bare) return false;
  const head = tokens[item.from]!;
  // "..., Bộ trưởng Bộ Quốc phòng": a head's title opens a body of its own.
  if (!head.cap || !departmentHead(head) || longestMatch(tokens, item.from, HEAD_TITLES, true)) return false;
  // The group's last relation word and the owner right after it, a head and its name, no list mark inside.
  let rel = -1;
  for (let j = prev.to - 1; j > prev.from; j--) {
    const x = tokens[j]!;
    if (!x.word && x.raw !== COMMA) return false;
    if (isWord(x, 'thuoc')) {
      rel = j;
      break;
    }
  }
  if (rel < 0 || tokens[rel + 1]?.f !== head.f || !tokens[rel + 1]!.cap || prev.to - (rel + 1) < 2) return false;
  for (let j = rel + 1; j < prev.to; j++) if (!tokens[j]!.word) return false;
  return item.to - item.from >= 2;
}

/**
 * "Sở Tài chính Công an tỉnh": a Sở or Bộ named by its field, then a complete body on the same line with no comma
 * between (`nameAt` ends the first name there), is two items of the list.
 */
function missingComma(tokens: readonly Token[], prev: BodyParse, k: number): boolean {
  const t = tokens[k];
  if (!t || !t.cap || t.nl > 0 || prev.to !== k || prev.group) return false;
  const head = tokens[prev.from];
  if (!head?.cap || !departmentHead(head)) return false;
  return completeOrgAt(tokens, k) > 0;
}

/** "trong phạm vi chức năng, nhiệm vụ của mình", "theo chức năng, nhiệm vụ được giao" (folded words and commas). */
const SCOPE_IN_LIST = /^(trong pham vi |theo )chuc nang( , nhiem vu)?( , quyen han)?( (cua minh|duoc giao|duoc phan cong))? /;

/** The token after a scope phrase at `k` that a list continues after, else `k`. */
function afterScope(tokens: readonly Token[], k: number): number {
  const t = tokens[k];
  if (!t?.word || (t.f !== 'trong' && t.f !== 'theo')) return k;
  const words = tokens.slice(k, k + 14).map((x) => (x.word ? x.f : x.raw));
  const m = SCOPE_IN_LIST.exec(`${words.join(' ')} `);
  if (!m) return k;
  const end = k + m[0].trim().split(' ').length;
  const after = tokens[end];
  return after && (after.raw === COMMA || after.raw === ';' || isWord(after, 'va')) ? end : k;
}

/**
 * The token after a relative qualifier at `k` that a list continues after, else `k`: "Chủ tịch Ủy ban nhân dân
 * các xã, phường có tài sản kết cấu hạ tầng cấp nước sạch và các cơ quan, tổ chức ... chịu trách nhiệm thi hành".
 * "có trách nhiệm", "có kế hoạch" are predicates, not qualifiers.
 */
function afterQualifier(tokens: readonly Token[], k: number): number {
  const t = tokens[k];
  if (!t?.word || t.f !== 'co' || (hasMarks(t.raw) && t.raw.toLowerCase() !== 'có') || isPredicateAt(tokens, k)) return k;
  for (let j = k + 1; j < tokens.length && j <= k + 18; j++) {
    const x = tokens[j]!;
    if (!x.word) return k;
    if (x.f === 'va' && j > k + 1 && parseBodyAt(tokens, j + 1, { bareGeneric: true })) return j;
  }
  return k;
}

/** The token after a short bracketed note at `k` that a list continues after ("(Sở Nội vụ), ..."), else `k`. */
function afterBracket(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.raw !== '(') return k;
  for (let j = k + 1; j < tokens.length && j < k + 16; j++) {
    if (tokens[j]!.raw === ')') {
      const after = tokens[j + 1];
      return after && (after.raw === COMMA || after.raw === ';' || isWord(after, 'va')) ? j + 1 : k;
    }
    if (tokens[j]!.raw === '(' || tokens[j]!.raw === '.' || tokens[j]!.raw === ';') return k;
  }
  return k;
}

/** A group named by kinds of bodies only ("các cơ quan, đơn vị", "cá nhân có liên quan"), after any title. */
function kindsOnly(tokens: readonly Token[], p: BodyParse): boolean {
  if (!p.group || p.bare) return false;
  let k = p.from;
  const title = longestMatch(tokens, k, HEAD_TITLES, true);
  if (title) k += title.n;
  if (isCac(tokens[k])) k++;
  return genericListAt(tokens, k, false) > 0 && !LOCALITY_GENERICS.has(tokens[k]!.f) && completeOrgAt(tokens, k) === 0;
}

/**
 * Whether a name read in the paragraph before the dash at `dash` (a hard-wrapped paragraph's line opening with "- ")
 * runs on over it ("các Tập đoàn: ..., Công nghiệp" / "- Viễn thông Quân đội theo ..."): the dash is no bullet.
 * `from` is the paragraph's first token (the list may open lines before); the search looks back a few lines at most.
 */
export function nameRunsOverDash(tokens: readonly Token[], dash: number, from: number): boolean {
  if (!tokens[dash] || !DASH.test(tokens[dash]!.raw) || !wrappedInName(tokens, dash)) return false;
  return listOverLineMark(tokens, dash, from) !== null;
}

/**
 * Whether a list read in the paragraph before the bullet at `bullet` lists its members over it ("Giám đốc các Sở:" /
 * "- Tài chính;" / "- Xây dựng;", `pushExpanded`): the bullet is a member's mark, not a new item. `from` is the
 * paragraph's first token.
 */
export function membersRunOverBullet(tokens: readonly Token[], bullet: number, from: number): boolean {
  return listOverLineMark(tokens, bullet, from)?.items.some((it) => it.from > bullet) ?? false;
}

/**
 * The list of bodies read in the paragraph from `from` that runs on over the mark opening a line at `mark` (a dash or
 * a bullet) past the word after it, or null: lists are read left to right from each capitalized word, a list read
 * skipping its own words, within the few lines before the mark.
 */
function listOverLineMark(tokens: readonly Token[], mark: number, from: number): BodyListParse | null {
  for (let j = Math.max(from, mark - DASH_LOOKBACK); j < mark; j++) {
    if (!tokens[j]!.word || !tokens[j]!.cap) continue;
    const p = parseBodyListAt(tokens, j);
    if (!p) continue;
    if (p.to > mark + 1) return p;
    j = Math.max(j, p.to - 1);
  }
  return null;
}

/** Tokens before a line-opening mark searched for a list that runs on over it. */
const DASH_LOOKBACK = 60;

/** The owner part of "đại biểu Hội đồng nhân dân tỉnh" is "Hội đồng nhân dân tỉnh". */
function ownerFromLast(last: BodyParse): string | null {
  const toks = tokenize(last.raw);
  for (let i = 1; i < toks.length; i++) {
    if (completeOrgAt(toks, i) > 0) return rawOf(toks, i, toks.length);
  }
  return null;
}

/** `k` past the last item's unknown name tail (bodies/nameTail.ts) when another member follows it, the item run on. */
function withNameTail(tokens: readonly Token[], items: BodyParse[], k: number): number {
  const last = items[items.length - 1]!;
  const n = unknownNameTailAt(tokens, last, k);
  if (n === 0 || last.raw !== rawOf(tokens, last.from, last.to)) return k;
  const sep = tokens[k + n];
  const next = sep?.raw === COMMA || sep?.raw === ';' || isWord(sep, 'va') ? parseBodyAt(tokens, k + n + 1) : null;
  if (!next) return k;
  items[items.length - 1] = { ...last, to: k + n, end: tokens[k + n - 1]!.end, raw: rawOf(tokens, last.from, k + n), known: false };
  return k + n;
}
