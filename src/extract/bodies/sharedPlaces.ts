/** The place a list's councils share ("HĐND, UBND tỉnh"), and a delegate's body taking its neighbour's place. */
import vocab from '../data/bodyVocabulary.json';
import { exactWordsAt, foldedPhrases, type Token } from '../vocabulary';
import { LOCAL_COUNCILS } from './wordSets';
import { type BodyParse, rawOf } from './bodyParse';
import { COMMA, isWord } from './words';
import { localityAt } from './genericLists';
import { completeOrgAt } from './heads';

/**
 * "Chính phủ, Hội đồng nhân dân, Ủy ban nhân dân thành phố Cần Thơ, ...", "HĐND, UBND các xã": a council written
 * bare right before another council of a place (a comma or "và" between) is that place's council too.
 */
function councilsSharingPlace(tokens: readonly Token[], items: BodyParse[]): BodyParse[] {
  const out = items.slice();
  for (let n = out.length - 2; n >= 0; n--) {
    const cur = out[n]!;
    const next = out[n + 1]!;
    const words = tokens.slice(cur.from, cur.to).filter((x) => x.word);
    if (!LOCAL_COUNCILS.has(words.map((x) => x.f).join(' ')) || completeOrgAt(tokens, cur.from) !== cur.to - cur.from) continue;
    const between = tokens.slice(cur.to, next.from);
    if (between.length > 2 || !between.every((x) => x.raw === COMMA || isWord(x, 'va'))) continue;
    const org = completeOrgAt(tokens, next.from);
    if (org === 0 || !LOCAL_COUNCILS.has(tokens.slice(next.from, next.from + org).map((x) => x.f).join(' '))) continue;
    const placeFrom = next.from + org;
    if (placeFrom >= next.to || localityAt(tokens, placeFrom, true) !== next.to - placeFrom) continue;
    // "UBND các xã" is a group: so is the council that takes its places.
    out[n] = { ...cur, raw: `${cur.raw} ${rawOf(tokens, placeFrom, next.to)}`, group: cur.group || next.group };
  }
  return out;
}

export function withSharedPlace(tokens: readonly Token[], items: BodyParse[]): BodyParse[] {
  const last = items[items.length - 1]!;
  if (items.length < 2) return items;
  items = councilsSharingPlace(tokens, items);
  for (let j = last.from; j < last.to; j++) {
    const org = completeOrgAt(tokens, j);
    if (org === 0 || j + org >= last.to) continue;
    const words = tokens.slice(j, j + org).map((x) => x.f).join(' ');
    // Only a council or committee of a place: "các Ủy ban của Quốc hội, ... đại biểu Quốc hội tỉnh Cà Mau" are national.
    if (!LOCAL_COUNCILS.has(words) || localityAt(tokens, j + org, true) !== last.to - (j + org)) return items;
    const place = rawOf(tokens, j + org, last.to);
    return items.map((it) => {
      if (it === last || it.to - org < it.from) return it;
      if (tokens.slice(it.to - org, it.to).map((x) => x.f).join(' ') !== words || !it.raw.endsWith(rawOf(tokens, it.to - org, it.to))) return it;
      return { ...it, raw: `${it.raw} ${place}` };
    });
  }
  return items;
}

/**
 * "Chính phủ, Hội đồng nhân dân, Ủy ban nhân dân tỉnh An Giang, chính quyền địa phương ...", "Đoàn đại biểu Quốc
 * hội và đại biểu Quốc hội thành phố Cần Thơ": a council or a National Assembly delegation named bare right before
 * a body of the same level that names its place is that place's (the place is written once for both).
 */
export function withNeighbourPlace(tokens: readonly Token[], items: BodyParse[]): BodyParse[] {
  const out = [...items];
  for (let n = out.length - 2; n >= 0; n--) {
    const it = out[n]!;
    const next = out[n + 1]!;
    const words = tokens.slice(it.from, it.to).map((x) => x.f).join(' ');
    if (it.raw !== rawOf(tokens, it.from, it.to)) continue;
    const head = LOCAL_COUNCILS.has(words) ? completeOrgAt(tokens, next.from) : words === 'doan dai bieu quoc hoi' ? delegateAt(tokens, next.from) : 0;
    if (head === 0 || (LOCAL_COUNCILS.has(words) && !LOCAL_COUNCILS.has(tokens.slice(next.from, next.from + head).map((x) => x.f).join(' ')))) continue;
    const place = localityAt(tokens, next.from + head, false);
    if (place === 0 || next.from + head + place !== next.to) continue;
    out[n] = { ...it, raw: `${it.raw} ${rawOf(tokens, next.from + head, next.to)}` };
  }
  return out;
}

const DELEGATE_TITLE = foldedPhrases([vocab.delegateTitle])[0]!.split(' ');

/** "đại biểu Quốc hội" at `i`: its token count, else 0. */
function delegateAt(tokens: readonly Token[], i: number): number {
  return exactWordsAt(tokens, i, DELEGATE_TITLE) ? DELEGATE_TITLE.length : 0;
}
