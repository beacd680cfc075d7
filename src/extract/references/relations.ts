/**
 * The relation of each citation, in text order (SCHEMA.md): BASIS under "Căn cứ", PROPOSAL for a Tờ trình
 * under "Xét" or "Theo đề nghị", AMENDS when the document amends / supplements / updates / replaces the
 * cited one, IMPLEMENTS when the text directs that it be carried out, REFERENCES otherwise. A document cited
 * inside another citation's title ("Chương trình số 25-CTr/TU ... thực hiện Nghị quyết số 19-NQ/TW") is only
 * referenced.
 */
import { foldKeepLength } from '../folding';
import { NATIONAL, type CitationRelation } from '../types';
import { tokenizeWords, lookalikeCost, type Token } from '../matching';
import { clauseAt, sumsUpAt, type Clause } from './clauses';
import { AMEND_CONSIDERED, AMEND_CUES, AMEND_FILLERS, CUE_WINDOW, DIRECTIVE_BEFORE_TAI, EMBED_CUES, IMPLEMENT_CUES, cueAt, cueList } from './cues';
import type { Mention, ReferenceContext } from './mention';
import { proposedAt } from './proposals';

/** Text between two offsets holds only list separators (", ", "; ", " và "). */
export function isListGap(folded: string, from: number, to: number): boolean {
  if (to < from || to - from > 12) return false;
  return /^[\s,;]*(?:va\s*)?(?:cac\s*)?$/.test(folded.slice(from, to));
}


/** The amend verb at `i` is what the text asks to be considered or proposed, not a change it makes. */
function consideredBefore(toks: readonly Token[], i: number): boolean {
  return i >= 2 && AMEND_CONSIDERED.has(`${toks[i - 2]!.w} ${toks[i - 1]!.w}`);
}

/** "sửa đổi, bổ sung (một số điều của) Quyết định số ...": an amend verb whose object is this citation. */
function amendsDirectly(folded: string, clause: Clause, m: Mention): boolean {
  const toks = tokenizeWords(folded, Math.max(clause.start, m.start - 200), m.start);
  for (let i = Math.max(0, toks.length - 12); i < toks.length; i++) {
    const n = cueAt(toks, i, AMEND_CUES);
    if (!n || consideredBefore(toks, i)) continue;
    let j = i + n;
    let direct = true;
    while (j < toks.length) {
      const k = cueAt(toks, j, AMEND_CUES);
      if (k) {
        j += k;
        continue;
      }
      const w = toks[j]!.w;
      if (!(AMEND_FILLERS.has(w) || /^\d+$/.test(w) || w.length === 1)) {
        direct = false;
        break;
      }
      j++;
    }
    if (direct) return true;
  }
  return false;
}

/**
 * The object of the document's own amending title ("Về việc sửa đổi, bổ sung, cập nhật Kế hoạch X"), as
 * folded tokens; null when the title does not amend anything.
 */
export function amendedObject(ownTitle: string | null): string[] | null {
  if (!ownTitle) return null;
  const toks = tokenizeWords(foldKeepLength(ownTitle.normalize('NFC')));
  // OCR may damage one verb beyond recognition ("sira ddi"): the object follows the last verb found early on.
  let objectStart = -1;
  for (let i = 0; i < Math.min(toks.length, 10); i++) {
    const n = cueAt(toks, i, AMEND_CUES);
    if (n) objectStart = i + n;
  }
  if (objectStart < 0) return null;
  const rest = toks.slice(objectStart).map((t) => t.w);
  while (rest.length && (AMEND_FILLERS.has(rest[0]!) || cueAt(toks, toks.length - rest.length, AMEND_CUES))) rest.shift();
  return rest.length >= 5 ? rest : null;
}

/** Object tokens found in order in a haystack of tokens, with OCR tolerance: the share found. */
function inOrderShare(object: readonly string[], hay: readonly Token[]): number {
  let j = 0;
  let found = 0;
  for (const w of object) {
    for (let k = j; k < hay.length && k < j + 4; k++) {
      if (lookalikeCost(w, hay[k]!.w) !== null) {
        found++;
        j = k + 1;
        break;
      }
    }
  }
  return found / object.length;
}

/**
 * Spans masked so far: `covers(s, e)` says whether one span [a, b] has a <= s and e <= b, in log time (the
 * spans sorted by start with the running maximum of their ends) rather than a scan of every span.
 */
class Spans {
  private starts: number[] = [];
  private maxEnds: number[] = [];
  private spans: [number, number][] = [];

  add(a: number, b: number): void {
    const last = this.starts[this.starts.length - 1];
    this.spans.push([a, b]);
    if (last !== undefined && a < last) {
      // Out of order (never in text-order reading): rebuild sorted.
      this.spans.sort((x, y) => x[0] - y[0]);
      this.starts = [];
      this.maxEnds = [];
      for (const [x, y] of this.spans) this.append(x, y);
      return;
    }
    this.append(a, b);
  }

  private append(a: number, b: number): void {
    const prevMax = this.maxEnds[this.maxEnds.length - 1];
    this.starts.push(a);
    this.maxEnds.push(prevMax === undefined || b > prevMax ? b : prevMax);
  }

  covers(s: number, e: number): boolean {
    // Spans starting at or before s: the furthest end among them.
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! <= s) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && this.maxEnds[lo - 1]! >= e;
  }
}

/**
 * Whether the clause's trigger ("Căn cứ", "Xét", "Theo đề nghị") governs this citation: the first citation of
 * the clause, an item of a list that starts there, or a numbered citation right after the previous one's
 * title ("... về công tác văn thư và Nghị định số ..."), unless it is cited as what that one carries out
 * ("... thực hiện Nghị quyết số ..."). A scheme named deep inside a Căn cứ sentence is not a basis.
 */
function governedByTrigger(folded: string, m: Mention, clause: Clause, listPrev: Mention | null, previous: Mention | null): boolean {
  if (!previous || previous.start < clause.start) return true;
  if (listPrev) return listPrev.relation === 'BASIS' || listPrev.relation === 'PROPOSAL';
  // "Căn cứ Luật X số 64/2025/QH15 được sửa đổi, bổ sung bởi Luật số 87/2025/QH15": the basis is the law as
  // amended, so the amending law is a basis too.
  if (AMENDED_BY.test(folded.slice(previous.tailEnd, m.start))) return previous.relation === 'BASIS' || previous.relation === 'PROPOSAL';
  if (!m.parsed) return false;
  return previous.end >= m.start - 2;
}

/** The words between a cited document and the one that amended it: "được sửa đổi, bổ sung (một số điều) bởi". */
const AMENDED_BY =
  /^[\s,;(*]*(?:da\s+)?duoc\s+sua\s+doi,?\s*(?:bo\s+sung\s*)?(?:mot\s+so\s+dieu\s*)?(?:theo|boi|tai)\s*(?:diem\s+\S{1,2}\s+)?(?:khoan\s+\d+\s+)?(?:dieu\s+\d+\s+)?(?:cua\s+)?$/;

/** Passive "được sửa đổi, bổ sung (bởi|tại|theo)" closing a title: the next citation amended the cited one (a basis too). */
const AMENDED_BY_TAIL = /duoc\s+sua\s+doi[^;]{0,60}$/;
const THEO_CUES = cueList(['theo']);
/** A cited law's title opening with what it amends, up to the next citation: "sửa đổi, bổ sung một số điều của". */
const UNREAD_AMENDING_TITLE = /^[\s,*]*(?:sua\s+doi,?\s*(?:bo\s+sung\s*)?|bo\s+sung\s+)(?:mot\s+so\s+dieu\s+)?(?:cua\s+)?(?:cac\s+)?$/;

/**
 * A citation named inside the previous citation's title as what that one carries out, follows or changes
 * ("Căn cứ Quyết định số 1529/QĐ-UBND ... phê duyệt kế hoạch hành động thực hiện Quyết định số 339/QĐ-TTg",
 * "... về việc sửa đổi, bổ sung Quyết định số 3212/QĐ-BKHCN", "... theo Kết luận số 183-KL/TW"): the trigger
 * governs the outer citation only (gold-real README, fourth round: documents named only inside a cited one's
 * title are REFERENCES). A list joined by "và" and an amending citation ("được sửa đổi, bổ sung bởi ...") are
 * still governed.
 */
function citedInPreviousTitle(folded: string, m: Mention, previous: Mention | null): boolean {
  if (!previous?.parsed || !m.parsed || previous.tailEnd >= m.start) return false;
  const gap = folded.slice(previous.tailEnd, m.start);
  // "Luật số 43/2024/QH15 sửa đổi, bổ sung một số điều của Luật Đất đai số ...": a title no "về" opens, read as none.
  if (!previous.title || previous.end < m.start - 2) return UNREAD_AMENDING_TITLE.test(gap);
  if (AMENDED_BY_TAIL.test(gap)) return false;
  const toks = tokenizeWords(folded, previous.tailEnd, m.start).slice(-12);
  for (let i = 0; i < toks.length; i++) {
    if (cueAt(toks, i, EMBED_CUES) || cueAt(toks, i, AMEND_CUES) || cueAt(toks, i, THEO_CUES, 0)) return true;
  }
  return false;
}

const PROPOSAL_CUES = cueList(['de nghi']);
/** "ý kiến (thẩm định) của X tại (các) Văn bản: (số)" ending where the citation starts; not "ý kiến chỉ đạo". */
const OPINION_BEFORE = /y\s+kien(?!\s+chi\s+dao)[^;]{0,40}?\s+cua\s+[^;]{2,90}?\s+tai\s+(?:cac\s+)?(?:[a-z]+\s+){0,3}?[:\s]*(?:so\s*:?\s*)?$/;

/** A clause of the preamble's proposal ("Theo đề nghị", "Xét"), or one that continues it after "; " ("; trên cơ sở ..."). */
function inProposal(clauses: readonly Clause[], clause: Clause): boolean {
  if (clause.mode === 'PROPOSAL' || clause.mode === 'XET') return true;
  if (clause.mode) return false;
  const i = clauses.indexOf(clause);
  const before = i > 0 ? clauses[i - 1]! : null;
  return !!before && (before.mode === 'PROPOSAL' || before.mode === 'XET');
}
/** "Báo cáo thẩm tra số ...", "Báo cáo thẩm định số ..." at a citation's start. */
const EXAMINATION_REPORT = /^bao\s+cao\s+tham\s+(?:tra|dinh)\b/;

/** Assign each mention its relation, in text order (embedding and lists look at the previous mention). */
export function assignRelations(folded: string, clauses: readonly Clause[], mentions: Mention[], ctx: ReferenceContext): void {
  const object = amendedObject(ctx.ownTitle);
  const masked = new Spans();
  let prev: Mention | null = null;
  // Citations of another body's opinion in the preamble, and the list items after them.
  const opinions = new Set<Mention>();
  // Citations read as named inside a preamble citation's title.
  const inTitle = new Set<Mention>();
  for (const m of mentions) {
    const clause = clauseAt(clauses, m.start);
    // A list item follows the previous citation directly, or right after its title ("...; Chỉ thị số ...").
    const listPrev = prev && (isListGap(folded, prev.tailEnd, m.start) || isListGap(folded, prev.end, m.start)) ? prev : null;
    if (clause && inProposal(clauses, clause) && ((listPrev && opinions.has(listPrev)) || OPINION_BEFORE.test(folded.slice(Math.max(clause.start, m.start - 160), m.start)))) {
      // "Theo đề nghị ... tại Tờ trình ... (sau khi có ý kiến của Sở Nội vụ tại các Văn bản: số ...)", "ý kiến
      // thẩm định của Sở Tư pháp tại Báo cáo số ...", "lấy phiếu ý kiến của các thành viên ... tại Công văn số
      // ...": another body's opinion on the proposal is a basis (gold-real README, second and fourth rounds).
      opinions.add(m);
      m.relation = 'BASIS';
    } else m.relation = relationOf(m, clause, listPrev, prev);
    prev = m;
  }

  /**
   * A province's text amends no central one (the hierarchy of legal texts): its "sửa đổi, bổ sung" beside a law or
   * a decree tells the central text's own amendments ("Luật Đấu thầu số 22/2023/QH15 (được sửa đổi, bổ sung tại
   * Luật số 57/2024/QH15)", a procedure list's column "Căn cứ pháp lý quy định nội dung sửa đổi, bổ sung").
   */
  function mayAmend(m: Mention): boolean {
    return !ctx.province || m.jurisdiction !== NATIONAL;
  }

  function relationOf(m: Mention, clause: Clause | null, listPrev: Mention | null, previous: Mention | null): CitationRelation {
    if (clause?.mode && clause.mode !== 'IMPLEMENTS' && previous && previous.start >= clause.start) {
      // Inside a preamble citation's title, or listed after one that is ("thực hiện Quyết định A và Quyết định B").
      if (citedInPreviousTitle(folded, m, previous) || (listPrev && inTitle.has(listPrev))) {
        inTitle.add(m);
        m.embedded = true;
        return 'REFERENCES';
      }
    }
    if (clause?.mode && clause.mode !== 'IMPLEMENTS' && governedByTrigger(folded, m, clause, listPrev, previous)) {
      if (clause.mode === 'BASIS') return 'BASIS';
      // A Báo cáo thẩm tra / thẩm định is another body's examination of the proposal: a basis, not part of it.
      if (EXAMINATION_REPORT.test(folded.slice(m.start, m.start + 30))) return 'BASIS';
      if (clause.mode === 'PROPOSAL') return 'PROPOSAL';
      const before = tokenizeWords(folded, Math.max(clause.start, m.start - CUE_WINDOW), m.start);
      const proposal = m.kind === 'TO_TRINH' || before.some((t, i) => cueAt(before, i, PROPOSAL_CUES) > 0);
      return proposal ? 'PROPOSAL' : 'BASIS';
    }
    // A change proposed under "Kiến nghị thực thi" is neither made (AMENDS) nor carried out (the label's own "thực
    // thi", a cited title's "thi hành"): the text is only referred to (gold-real README, sixth and seventh rounds).
    const proposed = proposedAt(folded, m.start);
    // The amendment a province's text tells of a central one is the central text's own history: referred to.
    if (clause && amendsDirectly(folded, clause, m) && !proposed) return mayAmend(m) ? 'AMENDS' : 'REFERENCES';
    if (object && m.parsed && m.end > m.tailEnd && mayAmend(m)) {
      // The cited document's title names what this document amends ("... về việc ban hành Kế hoạch X").
      const hay = tokenizeWords(folded, m.tailEnd, m.end);
      if (inOrderShare(object, hay) >= 0.85) return 'AMENDS';
    }
    // Cited in the previous citation's title: "... của Tỉnh ủy thực hiện Nghị quyết số 19-NQ/TW".
    if (previous && m.start - previous.tailEnd <= 30) {
      const gap = tokenizeWords(folded, previous.tailEnd, m.start);
      const n = gap.length ? cueAt(gap, 0, EMBED_CUES) : 0;
      if (n && n === gap.length) {
        m.embedded = true;
        m.embeddingCue = [gap[0]!.start, gap[n - 1]!.end];
        masked.add(m.embeddingCue[0], m.embeddingCue[1]);
        return 'REFERENCES';
      }
    }
    if (listPrev && !listPrev.embedded) return listPrev.relation;
    if (!clause || proposed || sumsUpAt(folded, clause.leadStart)) return 'REFERENCES';
    // A verb in another table cell ("nộp theo quy định của Luật ..." in the fee cell) is no cue for the legal-basis
    // cell beside it: the window starts after the last cell border.
    const cellStart = folded.lastIndexOf('|', m.start - 1) + 1;
    const toks = tokenizeWords(folded, Math.max(clause.start, m.start - CUE_WINDOW, cellStart), m.start).filter(
      (t) => !masked.covers(t.start, t.end),
    );
    for (let i = 0; i < toks.length; i++) if (cueAt(toks, i, IMPLEMENT_CUES)) return 'IMPLEMENTS';
    // "theo Nghị quyết số ...", "quy định tại Nghị định số ...", "được phê duyệt tại Quyết định số ..."; but
    // "như đã đánh giá tại ..." only refers to it.
    const near = toks.slice(-4);
    if (near.some((t) => t.w === 'theo')) return 'IMPLEMENTS';
    const tai = near.findIndex((t) => t.w === 'tai');
    if (tai >= 1 && near.slice(0, tai).some((t, i, a) => cueAt(a, i, DIRECTIVE_BEFORE_TAI, 0))) return 'IMPLEMENTS';
    if (clause.mode === 'IMPLEMENTS') return 'IMPLEMENTS';
    return 'REFERENCES';
  }
}

