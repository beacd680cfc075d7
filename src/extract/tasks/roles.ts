/**
 * Stage 4: roles. A unit is cut into segments, each owned by the actors of the clause event that opens it
 * (or by its section's actors before the first event). The first predicate of an actor decides LEAD (any
 * duty) unless it is "phối hợp" (COORDINATE) or "giám sát / kiểm tra / theo dõi" (SUPERVISE); a later
 * "phối hợp" adds COORDINATE (not after "chủ trì,"), "phối hợp với Y" makes Y COORDINATE, and a later
 * supervising verb adds SUPERVISE.
 */
import { functionWordAt, isCac, parseBodyListAt, type BodyListParse } from '../bodies';
import type { AssignmentRole } from '../types';
import { exactPhraseAt, exactWordsAt, GENERIC_NOUNS, GROUP_MODIFIERS, exactLongestMatch, longestMatch, mayStartAt, NAMED_HEADS, PREDICATE_STARTS, spellingTest, tokenFuzzy, writtenAs, type Token } from '../vocabulary';
import { advisedVerbAt } from './advisedBody';
import { actsOnBody, definesBody } from './bodyDefinitions';
import { actorsOf, startsWith } from './clauses';
import { extendLast, withDutyQualifier } from './qualifiedKinds';
import { markedRoles, roleMarkAt } from './cellRoleMarks';
import { assignmentSection, bracketAt, bracketMembers, endsSentence, isClosing, isListSeparator, predicateAt, sentenceEnd, simultaneouslyAt, skipLabel, tokenAt } from './document';
import { ACTIVITY_NOUN, SERVING_WORD, ADVERBS, AMBIGUOUS_KINDS, COMPLIANCE_OBJECTS, COORDINATE_VERB, COORDINATION_ADVERBS, CO_DIRECTING, damagedPartnerLink, GUIDE_VERB, IMPLEMENTATION_WORDS, JOINT_WORD, jointWordAt, LEAD_VERB, LIGHT_VERBS, LOWER_CASE_PARTNERS, NOMINAL_BEFORE, NOMINAL_COORDINATION, NOMINAL_SUPERVISION, OVERSIGHT_LEADS, OVERSIGHT_REPORTS, partnerLinkAt, PLACE_OPENERS, PUBLIC_WORDS, REFERRAL_LINKS, REFERRAL_PREDICATES, RESPONSIBILITY_PREDICATES, ROLE_NOUNS, SCOPE_OPENERS, SCOPE_WORDS, SUPERVISE_VERBS, SURVEILLANCE_OBJECTS, VIOLATION_HANDLING, VIOLATIONS, WRITTEN_SUPERVISE_VERBS } from './phrases';
import type { Actor, ClauseEvent, RoleFinding, TaskDocument, Unit } from './types';

/**
 * The (actor, role) findings of one unit. `sectionActors` are the bodies its section names: they act in the
 * unit's text before any clause names its own subject.
 */
export function unitRoles(doc: TaskDocument, u: Unit, events: readonly ClauseEvent[], sectionActors: readonly Actor[]): RoleFinding[] {
  const found: RoleFinding[] = [];
  const emit = (actor: Actor, role: AssignmentRole, section: string, unit: Unit, dutyFrom: number, dutyTo: number) =>
    found.push({ actor, role, section, unit, dutyFrom, dutyTo });
  const section = assignmentSection(doc, u);
  if (section === null) return found;
  const start = skipLabel(doc, u.from, u.to);
  // A closing formula ("... triển khai thực hiện Kế hoạch này./.") speaks for the document, not for the
  // body its last section is about.
  const ownActors = isClosing(doc, u) ? [] : sectionActors;
  // Segments: [start, first event) belongs to the section's actors, each event's predicate to its actors.
  const segs: { from: number; to: number; actors: readonly Actor[]; forcedLead: boolean; head: boolean; subjectAt?: number; fixedRole?: AssignmentRole; directed?: boolean; directs?: boolean; conditional?: boolean }[] = [];
  let cursor = start;
  let carried: readonly Actor[] | null = null;
  const firstSentenceEnd = sentenceEnd(doc, start, u.to);
  for (const ev of events) {
    // "Căn cứ chức năng, ..., phối hợp thực hiện và chỉ đạo các cơ quan, đơn vị thuộc ngành mình ...": the section's
    // bodies direct others in their own clause, so they lead it too.
    if (ev.at > cursor) segs.push({ from: cursor, to: ev.at, actors: carried ?? ownActors, forcedLead: false, head: cursor === start, directs: !!ev.directed && directsAt(doc, cursor, ev.at) });
    const fixedRole = ev.fixedRole === 'LEAD' && executingLabel(doc, ev.at) ? taskRole(doc, u) : ev.fixedRole;
    segs.push({ from: ev.predAt, to: u.to, actors: ev.actors, forcedLead: ev.forcedLead, head: true, subjectAt: ev.at, fixedRole, directed: ev.directed, conditional: ev.conditional });
    // Bodies directed or pressed to act ("chỉ đạo / đôn đốc X <verb> ...") own their clause only: after its ";"
    // or the sentence end the duties are the subject's again ("..., đôn đốc các cơ quan triển khai ...; kiểm tra").
    if (ev.at < firstSentenceEnd && !ev.silent && !ev.fixedRole && !ev.directed) carried = ev.actors;
    cursor = u.to;
    // The next event cuts this segment; a sentence end passes the floor back to the carried actors.
    const next = events[events.indexOf(ev) + 1];
    const sentEnd = sentenceEnd(doc, ev.predAt, u.to);
    const ownEnd = ev.directed || ev.encouraged ? clauseEnd(doc, ev.predAt, u.to) : ev.at < firstSentenceEnd ? u.to : sentEnd;
    const cut = Math.min(next ? next.at : u.to, ownEnd);
    segs[segs.length - 1]!.to = cut;
    // "Các Bộ: ... chủ động phối hợp với địa phương chỉ đạo các cơ quan chức năng triển khai ...": whoever directs
    // others to act in its own clause leads that duty, whatever its first verb.
    if (next?.directed && next.at <= cut && !ev.silent && !ev.directed && directsAt(doc, ev.predAt, next.at)) segs[segs.length - 1]!.directs = true;
    cursor = cut;
  }
  if (cursor < u.to) segs.push({ from: cursor, to: u.to, actors: carried ?? ownActors, forcedLead: false, head: cursor === start });

  for (const seg of segs) {
    if (seg.fixedRole) {
      // "Cơ quan thực hiện: Sở Xây dựng (chủ trì), Sở Công Thương (phối hợp)"; "...: Sở Y tế chủ trì, phối hợp với Sở
      // Tài chính": the field names the partners too.
      const marked = markedRoles(doc, seg.actors, seg.fixedRole, seg.to);
      for (const a of seg.actors) emit(a, marked.get(a) ?? seg.fixedRole, section, u, seg.from, seg.to);
      if (seg.fixedRole !== 'COORDINATE') for (const c of scanRoles(doc, seg.from, seg.to).partners) emit(c, 'COORDINATE', section, u, seg.from, seg.to);
      continue;
    }
    if (seg.to <= seg.from || seg.conditional) continue;
    // "Thanh tra Ngân hàng Nhà nước thực hiện theo quy định tại Luật Thanh tra và các văn bản pháp luật có liên
    // quan.": a body whose whole predicate refers it to another text's rules is governed by them, given no duty.
    // The subject written before the predicate is read with it ("Thanh tra Ngân hàng Nhà nước", a unit named by its owner).
    if (seg.head && referredOnly(doc, seg.subjectAt ?? seg.from, seg.to)) continue;
    // "Giao các cơ quan, đơn vị:" introducing items: the duties are in the items (each with its subject or
    // taking these actors), not in the colon.
    if (!hasWord(doc, seg.from, seg.to)) continue;
    // "Điều 2. Đại học Công nghiệp" / "Hà Nội là đơn vị sự nghiệp công lập, ...", "Điều 29. Quỹ ..." / "2. Quỹ ... được
    // hình thành từ ...", "4. Chính phủ quy định việc thành lập ... Quỹ ...": the text under a body's heading that says
    // what the body is, or what another does with it, gives it no duty (bodyDefinitions.ts).
    if (seg.head && seg.actors === ownActors && (definesBody(doc, seg.from, seg.to, ownActors) || actsOnBody(doc, seg.from, seg.to, ownActors))) continue;
    if (seg.actors.length === 0) {
      // "- Phối hợp với lực lượng quân đội, công an hỗ trợ ...": an item that opens with "phối hợp" tells its
      // partners to coordinate even where it names no subject (the plan's own executing bodies).
      if (u.section && seg.head && headRole(doc, seg.from, seg.to) === 'COORDINATE') {
        const first = sentenceEnd(doc, seg.from, seg.to);
        for (const c of scanRoles(doc, seg.from, first).partners) emit(c, 'COORDINATE', section, u, seg.from, first);
      }
      continue;
    }
    const roles = new Set<AssignmentRole>();
    const head = seg.head ? headRole(doc, seg.from, seg.to) : null;
    // "Giao X chủ trì / triển khai ..." is LEAD whatever the verb, but "Giao X giám sát ..." only supervises; an
    // inspection or a pressing it is given ("Giao Thanh tra thành phố tổ chức thanh tra ...") it also leads.
    const assignedOversight = head === 'SUPERVISE' && headRole(doc, seg.from, seg.to, false) === 'SUPERVISE';
    if ((seg.forcedLead && !assignedOversight) || seg.directed || seg.directs) roles.add('LEAD');
    if (head) roles.add(head);
    // "Phối hợp với các ngành, các cấp tăng cường ... . Chú trọng công tác tuyên truyền ...": each later sentence
    // without a subject of its own is a duty of the same actors, its first verb deciding its role. After a duty to
    // coordinate, so is each clause after ";" ("Phối hợp với Sở Công Thương ... thẩm định ...; hướng dẫn lập, thanh
    // quyết toán ..."); after oversight, "...; kịp thời đề xuất các giải pháp" reports on it.
    if (seg.head && !roles.has('LEAD')) {
      const next = head === 'COORDINATE' ? clauseEnd : sentenceEnd;
      for (let k = next(doc, seg.from, seg.to); k < seg.to; k = next(doc, k, seg.to)) {
        if (hasWord(doc, k, seg.to) && headRole(doc, k, seg.to) === 'LEAD' && predicateAt(doc, skipPunct(doc, k, seg.to), seg.to)) {
          roles.add('LEAD');
          break;
        }
      }
    }
    // "Văn phòng Chính phủ theo dõi, đôn đốc thực hiện ... Công điện ...; kịp thời báo cáo Thủ tướng Chính phủ ...": an
    // oversight closed by a report on it also leads (not "; kịp thời đề xuất giải pháp", which stays oversight).
    if (head === 'SUPERVISE' && !roles.has('LEAD') && reportsAfterOversight(doc, seg.from, seg.to)) roles.add('LEAD');
    // "Ủy ban nhân dân các cấp ... tổ chức kiểm tra xử lý kịp thời các hành vi vi phạm": handling the violations an
    // inspection finds is acting on them, so the inspecting body also leads.
    if (head === 'SUPERVISE' && !roles.has('LEAD') && handlesViolations(doc, seg.from, seg.to)) roles.add('LEAD');
    const scan = scanRoles(doc, seg.from, seg.to);
    for (const r of scan.roles) roles.add(r);
    for (const a of seg.actors) {
      for (const role of roles) emit(a, role, section, u, seg.from, seg.to);
    }
    for (const c of scan.partners) emit(c, 'COORDINATE', section, u, seg.from, seg.to);
  }
  return found;
}

/**
 * Whether `[from, to)` is one sentence in which a subject (a body's name, as written, restating its heading's or
 * its own: "Thanh tra Ngân hàng Nhà nước") is only referred to another text's rules. A predicate without a subject
 * before it ("Thực hiện theo quy định tại ...", under a body's heading) is that body's duty and stays.
 */
function referredOnly(doc: TaskDocument, from: number, to: number): boolean {
  const t = doc.tokens;
  let k = from;
  while (k < to && !t[k]!.word) k++;
  if (!t[k]?.cap) return false;
  const end = sentenceEnd(doc, k, to);
  for (let j = end; j < to; j++) if (t[j]!.word) return false;
  let words = 0;
  for (let j = k + 1; j < end; j++) {
    if (!t[j]!.word) return false;
    if (++words > REFERRED_SUBJECT_WORDS) return false;
    const pred = exactLongestMatch(t, j, REFERRAL_PREDICATES);
    if (pred && longestMatch(t, j + pred.n, REFERRAL_LINKS, true)) {
      for (let x = j + pred.n; x < end; x++) if (t[x]!.raw === ';') return false;
      return true;
    }
  }
  return false;
}

/** Words of a referred subject's name at most. */
const REFERRED_SUBJECT_WORDS = 12;

/** "chỉ đạo" written as such right before the directed bodies at `at` (not "đôn đốc": pressing others supervises). */
function directsAt(doc: TaskDocument, from: number, at: number): boolean {
  const t = doc.tokens;
  for (let j = Math.max(from, at - DIRECTION_GAP); j < at; j++) if (t[j]!.f === 'chi' && t[j + 1]?.f === 'dao') return true;
  return false;
}

/** Tokens between "chỉ đạo" and its bodies at most ("chỉ đạo, đôn đốc các ngành"). */
const DIRECTION_GAP = 5;

/** "Cơ quan thực hiện:", "Đơn vị thực hiện:": a field naming who carries the item out, neither lead nor partner. */
function executingLabel(doc: TaskDocument, at: number): boolean {
  const t = doc.tokens;
  return !!t[at]?.word && /^(co|don)$/.test(t[at]!.f) && /^(quan|vi)$/.test(t[at + 1]?.f ?? '') && t[at + 2]?.f === 'thuc' && t[at + 3]?.f === 'hien';
}

/**
 * The role of whoever carries out an item, from the item's own task, its heading ("4. Tổ chức kiểm tra việc thi
 * hành Luật Việc làm ..." then "- Cơ quan thực hiện: Sở Nội vụ, ..."): SUPERVISE for an inspection, else LEAD.
 */
function taskRole(doc: TaskDocument, u: Unit): AssignmentRole {
  const s = u.section;
  if (!s || !s.heading) return 'LEAD';
  const from = skipLabel(doc, tokenAt(doc, s.start), u.from);
  return headRole(doc, from, Math.min(u.from, from + TASK_HEADING_WORDS)) === 'SUPERVISE' ? 'SUPERVISE' : 'LEAD';
}

/** Tokens of an item's heading read for its task's verb. */
const TASK_HEADING_WORDS = 12;

/** A clause after ";" in the first sentence from `from` that opens (after adverbs) with a report ("; kịp thời báo cáo ..."). */
function reportsAfterOversight(doc: TaskDocument, from: number, to: number): boolean {
  const t = doc.tokens;
  const end = sentenceEnd(doc, from, to);
  for (let k = from; k < end; k++) {
    if (t[k]!.raw !== ';') continue;
    let j = skipPunct(doc, k + 1, end);
    for (let adv = longestMatch(t, j, ADVERBS, true); adv; adv = longestMatch(t, j, ADVERBS, true)) j += adv.n;
    if (longestMatch(t, j, OVERSIGHT_REPORTS, true)) return true;
  }
  return false;
}

/**
 * Whether the first sentence from `from` handles violations right after a supervising verb: "kiểm tra xử lý kịp thời
 * các hành vi vi phạm", "Kiểm tra, xử lý vi phạm" (a comma or "và" between), "vi phạm" at most a few words after
 * "xử lý" ("kiểm tra, xử lý văn bản quy phạm pháp luật" handles no violation).
 */
function handlesViolations(doc: TaskDocument, from: number, to: number): boolean {
  const t = doc.tokens;
  const end = sentenceEnd(doc, from, to);
  for (let k = from; k < end; k++) {
    const n = supervisesAt(t, k, end) > 0 ? superviseVerbAt(t, k)?.n ?? 0 : 0;
    if (n === 0) continue;
    let j = k + n;
    if (t[j]?.raw === ',' || exactWordsAt(t, j, ['va'])) j++;
    const handling = longestMatch(t, j, VIOLATION_HANDLING, true);
    if (!handling) continue;
    for (let m = j + handling.n, words = 0; m < end && words < VIOLATION_WORDS; m++) {
      if (longestMatch(t, m, VIOLATIONS, true)) return true;
      if (t[m]!.word) words++;
    }
  }
  return false;
}

/** Words between "xử lý" and the "vi phạm" it handles ("xử lý kịp thời các hành vi vi phạm"). */
const VIOLATION_WORDS = 6;

/** The first word at or after `k`. */
function skipPunct(doc: TaskDocument, k: number, to: number): number {
  while (k < to && !doc.tokens[k]!.word) k++;
  return k;
}

/** The end of the clause from `from`: after its ";" or its sentence's end. */
function clauseEnd(doc: TaskDocument, from: number, to: number): number {
  for (let k = from; k < to; k++) if (doc.tokens[k]!.raw === ';' || endsSentence(doc, k)) return k + 1;
  return to;
}

function hasWord(doc: TaskDocument, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (doc.tokens[k]!.word) return true;
  return false;
}

/** The role the first verb gives: LEAD unless the actor first coordinates or supervises ("đôn đốc" / "thanh tra" only with `written`). */
export function headRole(doc: TaskDocument, from: number, to: number, written = true): AssignmentRole | null {
  const t = doc.tokens;
  let k = from;
  for (let guard = 0; guard < 12 && k < to; guard++) {
    if (!t[k]!.word) {
      if (t[k]!.raw === ',' || t[k]!.raw === '-' || t[k]!.raw === ':') {
        k++;
        continue;
      }
      break;
    }
    if (startsWith(t, k, COORDINATE_VERB) || superviseVerbAt(t, k, written)) break;
    const guidance = guidanceBeforeOversight(t, k, to);
    if (guidance > 0) {
      k += guidance;
      continue;
    }
    // Before the adverbs: "căn cứ chức năng" is no "cần" (an adverb matched without its marks).
    if (longestMatch(t, k, SCOPE_OPENERS, true)) {
      // Skip "theo chức năng, nhiệm vụ được phân công" up to the verb.
      let j = k + 2;
      while (j < to && j < k + 14 && !endsSentence(doc, j) && t[j]!.raw !== ';') {
        if (t[j]!.word && isRoleVerb(doc, j) && !longestMatch(t, j, SCOPE_WORDS, true)) break;
        j++;
      }
      k = j;
      continue;
    }
    const adv = longestMatch(t, k, ADVERBS, true);
    if (adv) {
      k += adv.n;
      continue;
    }
    // "có trách nhiệm phối hợp ...": the duty is to coordinate; "có trách nhiệm giám sát (quá trình tổ chức) thực hiện
    // Nghị quyết" is to oversee the text's implementation. Other responsibilities to check or follow something
    // ("có trách nhiệm theo dõi việc tiếp nhận văn bản", "kiểm tra, tiếp nhận hồ sơ") stay LEAD.
    const duty = longestMatch(t, k, RESPONSIBILITY_PREDICATES, true);
    // "có trách nhiệm thường xuyên phối hợp": adverbs may stand between the responsibility and its verb.
    const verbAt = duty ? k + duty.n + (longestMatch(t, k + duty.n, ADVERBS, true)?.n ?? 0) : k;
    if (duty && (startsWith(t, verbAt, COORDINATE_VERB) || overseesImplementation(t, verbAt, to) || guidanceBeforeOversight(t, verbAt, to) > 0)) {
      k = verbAt;
      continue;
    }
    break;
  }
  if (k >= to) return 'LEAD';
  // "thực hiện việc giám sát", "tổ chức kiểm tra", "tham gia (công tác) giám sát": the light verb hands the role to
  // the verb after it.
  const light = longestMatch(t, k, LIGHT_VERBS, true);
  if (light) {
    let j = k + light.n;
    if (t[j]?.word && t[j]!.f === 'viec') j++;
    else if (t[j]?.word && startsWith(t, j, ACTIVITY_NOUN)) j += ACTIVITY_NOUN.words.length;
    if (supervisesAt(t, j, to, written) > 0) return 'SUPERVISE';
    if (startsWith(t, j, COORDINATE_VERB)) return 'COORDINATE';
  }
  if (startsWith(t, k, COORDINATE_VERB)) return 'COORDINATE';
  if (supervisesAt(t, k, to, written) > 0) return 'SUPERVISE';
  return 'LEAD';
}

/**
 * Tokens of "hướng dẫn," at `k` when an oversight of the implementation follows it: "(có trách nhiệm) hướng dẫn, theo
 * dõi, đôn đốc và kiểm tra việc thực hiện công khai thủ tục hành chính". Guiding joined to overseeing the work is that
 * oversight, SUPERVISE only (the gold's third-round decision for oversight-only duties: "hướng dẫn, theo dõi, đôn đốc,
 * kiểm tra việc thực hiện"); 0 when there is none ("hướng dẫn, tổ chức thực hiện" leads).
 */
function guidanceBeforeOversight(t: TaskDocument['tokens'], k: number, to: number): number {
  const n = GUIDE_VERB.words.length;
  return startsWith(t, k, GUIDE_VERB) && isListSeparator(t[k + n]) && overseesImplementation(t, k + n + 1, to) ? n + 1 : 0;
}

/**
 * "lãnh đạo công tác kiểm tra việc chấp hành ...", "chỉ đạo công tác kiểm tra, giám sát": leading the oversight work
 * is overseeing (a charter's duties of a Đảng đoàn or a ban cán sự đảng), unlike "công tác kiểm tra" as a topic.
 */
function leadsOversightWork(t: TaskDocument['tokens'], k: number): boolean {
  if (!afterActivityNoun(t, k)) return false;
  const at = k - ACTIVITY_NOUN.words.length;
  return OVERSIGHT_LEADS.some((p) => p.words.length <= at && exactWordsAt(t, at - p.words.length, p.words));
}

/** "công tác" right before `k` ("công tác kiểm tra"), as written or folded. */
function afterActivityNoun(t: TaskDocument['tokens'], k: number): boolean {
  const n = ACTIVITY_NOUN.words.length;
  return k >= n && exactWordsAt(t, k - n, ACTIVITY_NOUN.words);
}

/**
 * A supervising verb at `k`: "giám sát", "kiểm tra", "theo dõi" (also as OCR writes them), and with `written` "đôn
 * đốc" (press others to act, SUPERVISE as annotators have it) or "thanh tra" (inspect) written as such with their
 * marks, the latter in lower case ("Thanh tra tỉnh" is a body).
 */
function superviseVerbAt(t: TaskDocument['tokens'], k: number, written = true): { n: number } | null {
  // The role scan asks at every word: a spelling that opens neither list is turned away once, for both.
  const x = t[k];
  if (x === undefined || !spellingTest(x, 'opensSupervision', opensSupervision)) return null;
  const sup = longestMatch(t, k, SUPERVISE_VERBS, true);
  if (sup || !written) return sup;
  const m = longestMatch(t, k, WRITTEN_SUPERVISE_VERBS, true);
  if (!m) return null;
  if (!writtenAsShown(t, k, m.p.display)) return null;
  return t[k]!.cap && m.p.words[0] === 'thanh' ? null : m;
}

/** Whether a supervising verb of either list may start at a word of this spelling (`superviseVerbAt` is null where not). */
export function opensSupervision(x: Token): boolean {
  return mayStartAt(x, SUPERVISE_VERBS, true) || mayStartAt(x, WRITTEN_SUPERVISE_VERBS, true);
}

/**
 * Whether the tokens from `k` spell `display`'s words as written (case aside). Its own function: a closure over
 * `t` and `k` in `superviseVerbAt` made V8 allocate a context at each of its calls, at every clause word.
 */
function writtenAsShown(t: TaskDocument['tokens'], k: number, display: string): boolean {
  const words = display.toLowerCase().split(' ');
  for (let n = 0; n < words.length; n++) {
    const x = t[k + n];
    if (x === undefined || !writtenAs(t, x, words[n]!)) return false;
  }
  return true;
}

/**
 * Tokens of a supervising verb at `k` that oversees someone's work: "giám sát việc thực hiện", "kiểm tra,
 * đôn đốc", "giám sát tuyến xã". 0 when there is none, when the verb is a noun ("trong giám sát", "phục vụ
 * quản lý, giám sát") or when it watches a thing: disease, pollution, infrastructure, networks.
 */
export function supervisesAt(t: TaskDocument['tokens'], k: number, to: number, written = true): number {
  const sup = superviseVerbAt(t, k, written);
  if (!sup) return 0;
  for (let n = 1; n <= 2 && k - n >= 0; n++) if (longestMatch(t, k - n, NOMINAL_BEFORE, true)?.n === n) return 0;
  // The object: the next few words, across a list of verbs ("giám sát, vận hành hạ tầng").
  let words = 0;
  for (let j = k + sup.n; j < to && words < SUPERVISED_OBJECT_WORDS; j++) {
    const x = t[j]!;
    if (!x.word) {
      if (x.raw === ';' || x.raw === '.' || x.raw === ':') break;
      continue;
    }
    if (longestMatch(t, j, COMPLIANCE_OBJECTS, true)) break;
    if (longestMatch(t, j, SURVEILLANCE_OBJECTS, true)) return 0;
    words++;
  }
  return sup.n;
}

/**
 * What a supervising verb at its object `j` oversees: the implementation ("việc", "thực hiện", ...) or bodies pressed
 * to act (after a second verb of direction: "đôn đốc, hướng dẫn các ngành ..."), not the public ("tổ chức, cá nhân").
 */
function oversightObject(doc: TaskDocument, j: number, to: number): boolean {
  const t = doc.tokens;
  if (t[j]?.raw === ',') {
    const co = longestMatch(t, j + 1, CO_DIRECTING, true) ?? longestMatch(t, j + 1, WRITTEN_SUPERVISE_VERBS, true);
    if (co) j += 1 + co.n;
  }
  if (longestMatch(t, j, COMPLIANCE_OBJECTS, true)) return true;
  // "các ..." (as OCR writes it too: "các ngảnh, các địa phương") or a list of bodies.
  const at = isCac(t[j]) ? j + 1 : j;
  if (PUBLIC_WORDS.has(`${t[at]?.f ?? ''} ${t[at + 1]?.f ?? ''}`)) return false;
  if (at > j && t[at]?.word) return true;
  const list = parseBodyListAt(t, j, { bareGeneric: true });
  return !!list && list.to <= to;
}

/** The public a duty may press ("tổ chức, cá nhân", "người dân") (folded word pairs). */

/**
 * A supervising verb at `k` whose object is the implementation itself: "giám sát việc thực hiện", "giám sát quá
 * trình tổ chức thực hiện Nghị quyết", "kiểm tra việc thi hành".
 */
function overseesImplementation(t: TaskDocument['tokens'], k: number, to: number): boolean {
  const n = supervisesAt(t, k, to);
  if (n === 0) return false;
  // "theo dõi, kiểm tra, đôn đốc thực hiện Quy chế này": the window opens after the list of oversight verbs.
  let from = k + n;
  for (let sep = listSeparator(t, from); sep > 0; sep = listSeparator(t, from)) {
    const next = superviseVerbAt(t, from + sep);
    if (!next) break;
    from += sep + next.n;
  }
  for (let j = from; j < to && j < from + IMPLEMENTATION_WINDOW; j++) if (longestMatch(t, j, IMPLEMENTATION_WORDS, true)) return true;
  return false;
}

/** Tokens of a list separator at `j` (", ", "và"), 0 when there is none. */
function listSeparator(t: TaskDocument['tokens'], j: number): number {
  return isListSeparator(t[j]) ? 1 : 0;
}

/** Words after a supervising verb within which "thực hiện / thi hành / chấp hành" names the implementation. */
const IMPLEMENTATION_WINDOW = 5;

/** Words read after a supervising verb for its object ("giám sát, vận hành hạ tầng"). */
const SUPERVISED_OBJECT_WORDS = 6;

function isRoleVerb(doc: TaskDocument, j: number): boolean {
  return longestMatch(doc.tokens, j, PREDICATE_STARTS, true) !== null && !longestMatch(doc.tokens, j, ADVERBS, true);
}

/** Roles added later in the predicate, and the partners of "phối hợp với". */
/** Roles added later in the predicate, and the partners of "phối hợp với". */
export function scanRoles(doc: TaskDocument, from: number, to: number): { roles: AssignmentRole[]; partners: Actor[] } {
  const t = doc.tokens;
  const roles = new Set<AssignmentRole>();
  const partners: Actor[] = [];
  let purpose = false;
  let nounList = false;
  // "tăng cường công tác kiểm tra, giám sát hiện trường, đôn đốc các nhà thầu ...": a "đôn đốc" or "thanh tra" of a
  // "công tác" list, up to the clause's end, is a noun of that list.
  let activityList = false;
  // The verb right after a "phối hợp" that names no partner: the task done together.
  let joint = -1;
  for (let k = from; k < to; k++) {
    const tok = t[k]!;
    if (!tok.word) {
      if (tok.raw === ';' || endsSentence(doc, k)) {
        purpose = false;
        activityList = false;
      }
      continue;
    }
    if (((tok.f === 'de' || tok.f === 'nham') && k > from) || (k > from && !tok.cap && exactWordsAt(t, k, SERVING_WORD.words))) purpose = true;
    if (simultaneouslyAt(t, k)) purpose = false;
    if (startsWith(t, k, COORDINATE_VERB)) {
      const prev = t[k - 1]?.f ?? '';
      const next = t[k + 1 + 1]?.f ?? '';
      // "hiệu quả phối hợp giữa ...", "quy chế phối hợp", "các chương trình phối hợp": a noun, not a duty; "tham mưu UBND
      // tỉnh phối hợp các bộ, ngành Trung ương xây dựng ...": the advised body's coordination, nobody's duty here.
      if ((NOMINAL_COORDINATION.has(prev) && !afterResponsibility(t, k)) || tokenFuzzy(t[k + 1 + 1], 'giua') || advisedVerbAt(doc, k, from)) {
        k += 1;
        continue;
      }
      const coordinates = !purpose && !afterLead(doc, k, from);
      // "Sở X chủ trì, phối hợp với Văn phòng UBND tỉnh: Rà soát, phối hợp với các cơ quan, đơn vị có liên quan xây
      // dựng ...": partners named later in a duty the subject leads are its partners; it coordinates only where
      // its "phối hợp" names nobody ("chủ trì ..., phối hợp thực hiện ...").
      const ledBefore = coordinates && ledEarlierInSentence(doc, k);
      if (coordinates && !ledBefore) roles.add('COORDINATE');
      let j = k + 2;
      j += longestMatch(t, j, COORDINATION_ADVERBS, true)?.n ?? 0;
      // "phối hợp, hướng dẫn Bộ Y tế, Ban Quản lý dự án và các nhà thầu ...": the bodies coordinated with and guided.
      if (t[j]?.raw === ',' && startsWith(t, j + 1, GUIDE_VERB) && t[j + 1 + GUIDE_VERB.words.length]?.cap) j += 1 + GUIDE_VERB.words.length;
      // "với", as OCR writes it: vdi, v6i, vé1, véi; in lower case ("phối hợp Văn phòng UBND tỉnh" names a partner).
      // "phối hợp văn phòng UBND tỉnh (Trung tâm ...)": an office in lower case, no OCR-damaged "với".
      const office = exactPhraseAt(t, j, LOWER_CASE_PARTNERS);
      // "phối hợp cùng các cơ quan chuyên môn thuộc các bộ, ngành Trung ương ...": "cùng" names the partners as "với" does.
      const linked = jointWordAt(t, j) ? JOINT_WORD.shown.length : t[j] !== undefined && !office && damagedPartnerLink(t[j]!) ? 1 : 0;
      if (linked > 0) {
        const parsed = parseBodyListAt(t, j + linked, { bareGeneric: true });
        const list = parsed && parsed.to <= to ? withDutyQualifier(doc, parsed, to) : null;
        if (list) {
          const named = namedPartners(doc, list, to);
          partners.push(...named.actors);
          k = named.to - 1;
          continue;
        }
      } else if (t[j]?.word && (t[j]!.cap || office)) {
        // "phối hợp Sở Nông nghiệp và Môi trường, Sở Công Thương ...": partners without "với".
        const list = parseBodyListAt(t, j);
        if (list && list.to <= to) {
          const named = namedPartners(doc, list, to);
          partners.push(...named.actors);
          k = named.to - 1;
          continue;
        }
      } else {
        // "Phối hợp chính quyền địa phương, Mặt trận cơ sở và các đoàn thể giám sát ...": kinds of bodies as
        // partners without "với", in lower case.
        const list = lowerPartnersAt(doc, j, to);
        if (list) {
          partners.push(...actorsOf(list));
          k = list.to - 1;
          continue;
        }
      }
      if (ledBefore) roles.add('COORDINATE');
      // "phối hợp kiểm tra an toàn trong sử dụng điện ...": an inspection done together is coordinated; overseeing the
      // implementation together ("phối hợp giám sát việc thực hiện") still supervises.
      joint = j;
      k += 1;
      continue;
    }
    // "chủ trì cùng (với) Bộ Xây dựng và các bộ, ngành liên quan rà soát": "cùng" names the partners.
    if (jointWordAt(t, k) && k > from && startsWith(t, k - LEAD_VERB.words.length, LEAD_VERB)) {
      const at = k + JOINT_WORD.shown.length + partnerLinkAt(t, k + JOINT_WORD.shown.length);
      const parsed = parseBodyListAt(t, at, { bareGeneric: true });
      const list = parsed && parsed.to <= to ? withDutyQualifier(doc, parsed, to) : null;
      if (list) {
        partners.push(...actorsOf(list));
        k = list.to - 1;
        continue;
      }
    }
    const sup = superviseVerbAt(t, k);
    // A "công tác" list opens here whatever its verbs watch ("tăng cường công tác kiểm tra, giám sát hiện trường, đôn đốc ...").
    if (sup && afterActivityNoun(t, k)) activityList = true;
    if (sup && (supervisesAt(t, k, to) === 0 || (k === joint && !overseesImplementation(t, k, to)))) {
      k += sup.n - 1;
      nounList = false;
      continue;
    }
    if (sup) {
      const prev = t[k - 1]?.f ?? '';
      // "tự kiểm tra", "chịu sự giám sát", "sau thanh tra, kiểm tra", "công tác kiểm tra, giám sát", the passive
      // "tài sản chưa được theo dõi trên sổ kế toán": a noun or someone else's supervision, and so is the rest of its list.
      if (NOMINAL_SUPERVISION.has(prev) && !leadsOversightWork(t, k)) nounList = true;
      else if (!(nounList && (prev === ',' || prev === 'va'))) nounList = false;
      // "đôn đốc" / "thanh tra" later in a duty oversee when they press bodies to act or name the implementation
      // ("đôn đốc các ngành, các địa phương triển khai", "đôn đốc thực hiện"), not the public ("hướng dẫn, đôn đốc các
      // tổ chức, cá nhân ... tuân thủ") nor a document's kind ("văn bản chỉ đạo, đôn đốc").
      const written = !longestMatch(t, k, SUPERVISE_VERBS, true);
      if (!purpose && !nounList && !(written && (activityList || !oversightObject(doc, k + sup.n, to)))) roles.add('SUPERVISE');
      k += sup.n - 1;
      continue;
    }
    nounList = false;
  }
  return { roles: [...roles], partners };
}

/**
 * The partners a list names, with the members a kind lists in brackets and those a colon introduces: "phối hợp
 * với Văn phòng UBND tỉnh (Trung tâm Công báo - Tin học tỉnh)" names the office (its unit is left to it);
 * "phối hợp với các đơn vị: Văn phòng UBND tỉnh (...) và các cơ quan, đơn vị liên quan" names the members, not
 * "các đơn vị". `to` of the result is where the partners end.
 */
function namedPartners(doc: TaskDocument, list: BodyListParse, to: number): { actors: Actor[]; to: number } {
  const t = doc.tokens;
  const last = list.items[list.items.length - 1]!;
  if (list.items.length === 1 && last.group && t[list.to]?.raw === ':') {
    const members = parseBodyListAt(t, list.to + 1);
    if (members && members.to <= to) return namedPartners(doc, members, to);
  }
  // "phối hợp với cơ quan chủ trì thực hiện ...": the role a plan gives ("cơ quan chủ trì", "đơn vị đầu mối"), no body.
  const actors = actorsOf(list).filter((a) => (longestMatch(t, a.parse.from, ROLE_NOUNS, true)?.n ?? 0) <= a.parse.to - a.parse.from);
  let end = list.to;
  // Brackets the parser passed over between two items, then one right after the list. A bracket after a kind lists
  // its members ("các cơ quan đăng ký đầu tư (Sở Tài chính, ...)"); after a named body it names the body's own unit
  // ("Văn phòng UBND tỉnh (Trung tâm Phục vụ hành chính công)"), which the annotators leave to the outer body.
  const listsMembers = (item: BodyListParse['items'][number]) => item.group || item.bare;
  for (let n = 1; n < list.items.length; n++) {
    if (!listsMembers(list.items[n - 1]!)) continue;
    for (let j = list.items[n - 1]!.to; j < list.items[n]!.from; j++) {
      if (t[j]!.raw === '(') actors.push(...(bracketMembers(doc, j, to) ?? []).map((p) => ({ parse: p, name: p.raw })));
    }
  }
  if (t[end]?.raw === '(') {
    const bracket = bracketAt(doc, end, to);
    if (bracket) {
      if (listsMembers(last)) actors.push(...bracket.members.map((p) => ({ parse: p, name: p.raw })));
      end = bracket.close + 1;
      // "(Trung tâm Phục vụ Hành chính công tỉnh), các cơ quan, đơn vị liên quan xây dựng ...": the list goes on.
      const more = isListSeparator(t[end]) ? parseBodyListAt(t, end + 1, { bareGeneric: true }) : null;
      if (more && more.to <= to) {
        const rest = namedPartners(doc, withDutyQualifier(doc, more, to), to);
        actors.push(...rest.actors);
        end = rest.to;
      }
    }
  }
  return { actors, to: end };
}

/**
 * Kinds of bodies written in lower case right after "phối hợp" ("phối hợp các địa phương giám sát", "phối hợp
 * cơ quan báo chí và hệ thống truyền thông thông tin ..."), followed by what they do together. Not a verb that
 * is also a kind ("phối hợp tổ chức thực hiện": "tổ chức" alone is the verb there).
 */
function lowerPartnersAt(doc: TaskDocument, j: number, to: number): BodyListParse | null {
  const t = doc.tokens;
  if (!t[j]?.word || (!isCac(t[j]) && !longestMatch(t, j, GENERIC_NOUNS, true))) return null;
  const kind = longestMatch(t, isCac(t[j]) ? j + 1 : j, GENERIC_NOUNS, true);
  if (!kind || AMBIGUOUS_KINDS.has(kind.p.words.join(' '))) return null;
  const parsed = parseBodyListAt(t, j, { bareGeneric: true });
  if (!parsed || parsed.to > to) return null;
  // "Phối hợp cơ quan có thẩm quyền tham mưu ...": a group's modifier written right after the kind is its name's,
  // as after "với" ("cơ quan có thẩm quyền").
  const modifier = parsed.items[parsed.items.length - 1]!.group ? exactLongestMatch(t, parsed.to, GROUP_MODIFIERS, 'written') : null;
  const list = withPlace(doc, modifier ? extendLast(doc, parsed, parsed.to + modifier.n) : parsed, to);
  const next = t[list.to];
  const verb = next?.word && !next.cap && !functionWordAt(t, list.to);
  // "Phối hợp chính quyền địa phương, Mặt trận cơ sở ...": a list the parser ends early still names partners.
  return verb || next?.raw === ',' || longestMatch(t, list.to, PREDICATE_STARTS, true) ? list : null;
}

/**
 * "phối hợp tổ chức chính trị - xã hội tại địa phương thực hiện ...": where the partners are ("tại / trên địa bàn /
 * thuộc ...") belongs to their name when a duty verb follows the place.
 */
function withPlace(doc: TaskDocument, list: BodyListParse, to: number): BodyListParse {
  const t = doc.tokens;
  if (!exactPhraseAt(t, list.to, PLACE_OPENERS)) return list;
  for (let k = list.to + 1; k < to && k <= list.to + PLACE_WORDS; k++) {
    if (!t[k]!.word) return list;
    if (predicateAt(doc, k, to)) return extendLast(doc, list, k);
  }
  return list;
}

/** Words a partner's place holds at most ("tại địa phương", "trên địa bàn tỉnh"). */
const PLACE_WORDS = 5;


/**
 * "có trách nhiệm phối hợp với Sở Khoa học và Công nghệ và các cơ quan, đơn vị có liên quan ...": a responsibility
 * right before "phối hợp" makes it the duty (its partners named), unlike the noun "trách nhiệm phối hợp của ...".
 */
function afterResponsibility(t: TaskDocument['tokens'], k: number): boolean {
  return RESPONSIBILITY_PREDICATES.some((p) => p.words.length <= k && exactWordsAt(t, k - p.words.length, p.words));
}

/**
 * "chủ trì" earlier in the sentence of the "phối hợp" at `k` (not across a ";"), not right before it (`afterLead`):
 * the subject leads the duty whose partners that "phối hợp" names. The sentence may open before the segment, across
 * the colon of "X chủ trì, phối hợp với Y: Rà soát, phối hợp với Z ..."; "cơ quan chủ trì" is a role's name.
 */
function ledEarlierInSentence(doc: TaskDocument, k: number): boolean {
  const t = doc.tokens;
  for (let j = k - 1; j >= 0 && j >= k - LED_LOOKBACK; j--) {
    if (t[j]!.raw === ';' || endsSentence(doc, j)) return false;
    if (j < k - 3 && startsWith(t, j, LEAD_VERB) && !ROLE_NOUNS.some((p) => p.words.length > 2 && j >= p.words.length - 2 && exactWordsAt(t, j - p.words.length + 2, p.words))) return true;
  }
  return false;
}

/** Tokens looked back from "phối hợp" for the "chủ trì" of its sentence. */
const LED_LOOKBACK = 40;

/** "chủ trì, phối hợp với ...": the lead is not also a coordinator. */
function afterLead(doc: TaskDocument, k: number, from: number): boolean {
  const t = doc.tokens;
  for (let j = k - 1; j >= from && j >= k - 3; j--) {
    if (startsWith(t, j, LEAD_VERB)) return true;
  }
  return false;
}

/**
 * The findings of a task-table row: the bodies in each responsibility cell take that column's role. A cell
 * may list several bodies ("Bộ Công an, Bộ Quốc phòng; UBND các tỉnh") and words between them.
 */
export function rowRoles(doc: TaskDocument, u: Unit): RoleFinding[] {
  const found: RoleFinding[] = [];
  const section = assignmentSection(doc, u) ?? '';
  const oversight = rowOversees(doc, u);
  for (const cell of u.row?.cells ?? []) {
    if (cell.role !== 'LEAD' && cell.role !== 'COORDINATE' && cell.role !== 'SUPERVISE') continue;
    const columnRole = cell.role === 'LEAD' && oversight ? 'SUPERVISE' : cell.role;
    let role: AssignmentRole = columnRole;
    // Findings of this cell not yet marked by a bracket after them ("Sở Tài chính, Công an tỉnh (phối hợp)").
    let unmarked = found.length;
    const to = tokenAt(doc, cell.end);
    // Bodies start the cell or follow a separator ("Sở Tài chính; Sở Y tế", "... và cơ quan liên quan").
    for (let k = tokenAt(doc, cell.start); k < to; ) {
      // A lead cell naming partners too: "X (chủ trì); Y (phối hợp)", "X chủ trì, phối hợp với Y".
      const mark = cell.role === 'LEAD' ? roleMarkAt(doc, k, to) : null;
      if (mark) {
        const marked = mark.role === 'LEAD' ? columnRole : mark.role;
        if (mark.after) for (const f of found.slice(unmarked)) f.role = marked;
        else role = marked;
        unmarked = found.length;
        k = mark.to;
        continue;
      }
      const parsed = beforeRoleMark(doc, cell.role === 'LEAD', parseBodyListAt(doc.tokens, k, { bareGeneric: true }));
      const list = parsed && parsed.to <= to && k === tokenAt(doc, cell.start) ? wholeCellName(doc, parsed, to) : parsed;
      if (list && list.to <= to) {
        for (const actor of actorsOf(list)) found.push({ actor, role, section, unit: u, dutyFrom: u.from, dutyTo: u.to });
        k = list.to;
        // A bracket after a kind of body lists its members, each holding the cell's role ("Các cơ quan đăng ký
        // đầu tư (Sở Tài chính, Ban quản lý ...)"); after a named body it names the unit inside it that does the
        // work ("Bộ Công an (Trung tâm Dữ liệu quốc gia)"), which is the outer body's (gold-real README, audit
        // rule 4), as in prose.
        const bracket = cell.role === 'LEAD' && roleMarkAt(doc, k, to) ? null : bracketAt(doc, k, to + 1);
        if (bracket) {
          if (list.items[list.items.length - 1]!.group) {
            for (const p of bracket.members) found.push({ actor: { parse: p, name: p.raw }, role, section, unit: u, dutyFrom: u.from, dutyTo: u.to });
          }
          k = bracket.close + 1;
        }
        continue;
      }
      // A cell listing its bodies as bullets ("- Sở Tài chính; - Sở Nội vụ", "Sở Y tế - Sở Xây dựng" once its lines
      // are joined): the mark opens the next name, it does not hide it.
      k = CELL_MARKS.has(doc.tokens[k]!.raw) ? k + 1 : nextSeparator(doc, k + 1, to);
    }
  }
  return found;
}

/**
 * A row whose whole task is oversight of others ("Theo dõi, giám sát, đôn đốc ngành điện thực hiện nhiệm vụ ..."): its
 * lead column supervises, as the same duty written in prose does (the gold's oversight-only convention).
 */
function rowOversees(doc: TaskDocument, u: Unit): boolean {
  const task = u.row?.cells.find((c) => c.role === 'TASK' && c.end > c.start);
  if (!task) return false;
  const from = tokenAt(doc, task.start);
  const to = tokenAt(doc, task.end);
  if (from >= to || headRole(doc, from, to) !== 'SUPERVISE') return false;
  // Oversight of others' work, not watching a thing ("Theo dõi, cập nhật thường xuyên các chỉ số ..." leads).
  const t = doc.tokens;
  let k = from;
  while (k < to && k < from + ROW_VERB_WORDS && supervisesAt(t, k, to) === 0) k++;
  if (k >= to || supervisesAt(t, k, to) === 0) return false;
  if (overseesImplementation(t, k, to)) return true;
  let after = k + supervisesAt(t, k, to);
  for (let sep = listSeparator(t, after); sep > 0; sep = listSeparator(t, after)) {
    const next = superviseVerbAt(t, after + sep);
    if (!next) break;
    after += sep + next.n;
  }
  return oversightObject(doc, after, to);
}

/** Words before an oversight row's first verb at most ("Thường xuyên theo dõi, ..."). */
const ROW_VERB_WORDS = 4;

/** The names of a lead cell's list before a role mark the body parser read across ("X (chủ trì); Y (phối hợp)"). */
function beforeRoleMark(doc: TaskDocument, marked: boolean, list: BodyListParse | null): BodyListParse | null {
  if (!marked || !list) return list;
  const from = list.items[0]!.from;
  for (let j = from + 1; j < list.to; j++) {
    if (!roleMarkAt(doc, j, list.to + 1)?.after) continue;
    const items = list.items.filter((i) => i.to <= j);
    return items.length > 0 ? { items, to: j } : null;
  }
  return list;
}

/** Marks that separate or open the names listed in a responsibility cell. */
const CELL_MARKS = new Set([',', ';', '-', '+', '•']);

/**
 * A cell holding one body's name, which the parser read only in part: "Vụ Công tác thanh niên và Bình đẳng
 * giới", "Cục Văn thư và Lưu trữ nhà nước", "Cục Người có công". The cell is the name when it starts with a
 * named body and the rest is a few words without punctuation, verbs or another body's head.
 */
function wholeCellName(doc: TaskDocument, list: BodyListParse, to: number): BodyListParse {
  const t = doc.tokens;
  const first = list.items[0]!;
  if (list.items.length !== 1 || first.group || first.bare || list.to >= to || to - list.to > 8) return list;
  if (!longestMatch(t, first.from, NAMED_HEADS, true)) return list;
  for (let j = list.to; j < to; j++) {
    const x = t[j]!;
    if (!x.word) {
      if (x.raw !== '-') return list;
      continue;
    }
    if (exactLongestMatch(t, j, PREDICATE_STARTS) || longestMatch(t, j, NAMED_HEADS, true) || isCac(x)) return list;
  }
  const raw = doc.text.slice(first.start, t[to - 1]!.end).replace(/\s+/g, ' ').trim();
  return { items: [{ ...first, to, end: t[to - 1]!.end, raw }], to };
}

/** The token after the next list separator in [from, to), or `to`. */
function nextSeparator(doc: TaskDocument, from: number, to: number): number {
  for (let k = from; k < to; k++) {
    const t = doc.tokens[k]!;
    if (CELL_MARKS.has(t.raw)) return k + 1;
    if (t.word && t.f === 'va') return k + 1;
  }
  return to;
}
