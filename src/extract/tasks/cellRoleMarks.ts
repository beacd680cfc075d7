/**
 * Roles written inside a task table's lead cell, where a plan has one column for whoever carries a task out
 * ("Cơ quan thực hiện"): "Sở Văn hóa, Thể thao và Du lịch (chủ trì); Sở Tài chính, Công an tỉnh (phối hợp)", "Sở
 * Khoa học và Công nghệ chủ trì, phối hợp với Sở Nội vụ", "Chủ trì: Sở Xây dựng; phối hợp: Sở Ngoại vụ". The
 * marks split the cell's bodies between the lead and their partners.
 */
import type { AssignmentRole } from '../types';
import { exactWordsAt, type Phrase } from '../vocabulary';
import { COORDINATE_VERB, LEAD_VERB, partnerLinkAt } from './phrases';
import type { Actor, TaskDocument } from './types';

export interface RoleMark {
  role: AssignmentRole;
  /** A bracket after the names it marks ("(phối hợp)"); else a word before the names it opens ("phối hợp với"). */
  after: boolean;
  /** The token after the mark. */
  to: number;
}

/** Words inside a marking bracket at most ("(đơn vị chủ trì)", "(cơ quan phối hợp)"). */
const BRACKET_WORDS = 4;

/** The role mark at token `k` of a cell ending at `to`, or null. */
export function roleMarkAt(doc: TaskDocument, k: number, to: number): RoleMark | null {
  const t = doc.tokens;
  if (t[k]?.raw === '(') {
    let role: AssignmentRole | null = null;
    let words = 0;
    for (let j = k + 1; j < to; j++) {
      if (t[j]!.raw === ')') return role ? { role, after: true, to: j + 1 } : null;
      if (!t[j]!.word || ++words > BRACKET_WORDS) return null;
      role = role ?? roleWordAt(doc, j)?.role ?? null;
    }
    return null;
  }
  const word = roleWordAt(doc, k);
  if (!word) return null;
  let j = k + word.n;
  if (word.role === 'COORDINATE') j += partnerLinkAt(t, j);
  if (t[j]?.raw === ':') j++;
  return { role: word.role, after: false, to: j };
}

/** The role verbs of clauseWords.json (leadVerb, coordinateVerb), read exactly. */
const ROLE_WORDS: readonly (readonly [Phrase, AssignmentRole])[] = [
  [LEAD_VERB, 'LEAD'],
  [COORDINATE_VERB, 'COORDINATE'],
];

/** "chủ trì" (LEAD) or "phối hợp" (COORDINATE) at `k`, written in lower case or opening a label, and its tokens. */
function roleWordAt(doc: TaskDocument, k: number): { role: AssignmentRole; n: number } | null {
  const t = doc.tokens;
  for (const [p, role] of ROLE_WORDS) {
    if (exactWordsAt(t, k, p.words)) return { role, n: p.words.length };
  }
  return null;
}

/**
 * The roles bracket marks give names read as one list ("Cơ quan thực hiện: Sở Xây dựng (chủ trì), Sở Công Thương (phối
 * hợp)"): each mark gives its role to the names since the last one; "(chủ trì)" keeps `base`. Names no mark follows
 * are not in the map.
 */
export function markedRoles(doc: TaskDocument, actors: readonly Actor[], base: AssignmentRole, end: number): Map<Actor, AssignmentRole> {
  const out = new Map<Actor, AssignmentRole>();
  let pending: Actor[] = [];
  actors.forEach((a, n) => {
    pending.push(a);
    const until = Math.min(actors[n + 1]?.parse.from ?? end, end);
    for (let k = a.parse.to; k < until; k++) {
      const mark = roleMarkAt(doc, k, until);
      if (!mark?.after) continue;
      for (const p of pending) out.set(p, mark.role === 'LEAD' ? base : mark.role);
      pending = [];
      break;
    }
  });
  return out;
}
