/**
 * Stage 3: clause events. Each unit is read clause by clause for who acts:
 * - a clause opening with bodies and a predicate ("Sở Nội vụ chủ trì ...", "Các cơ quan, đơn vị, địa phương
 *   chủ động ...", also after a fronted "Để ...," or "Căn cứ ...,") makes those bodies the actors of what
 *   follows; the issuer speaking of itself ("HĐND tỉnh thống nhất với ...") is nobody's duty;
 * - "Giao X ..." (LEAD whatever the verb), "Yêu cầu / Đề nghị X ..." and "... chỉ đạo X <verb>" make X actors;
 *   the one who assigns is not;
 * - "X:" or "Giao X:" closing a unit hands X the items that follow; labelled fields ("Cơ quan chủ trì: X;
 *   cơ quan phối hợp: Y") give their role directly.
 */
import { functionWordAt, isCac, officialsBody, parseBodyListAt, resolveBody, type BodyListParse, type BodyParse } from '../bodies';
import { exactLongestMatch, exactPhraseAt, exactWordsAt, firstExactWordsAt, GENERIC_NOUNS, spellingTest, HEAD_TITLES, longestMatch, marksLost, mayStartAt, matchPhraseDetail, phraseAt, PREDICATE_STARTS, tokenFuzzy, tokenize, writtenAs, type Phrase, type Token } from '../vocabulary';
import { bracketMembers, dutyVerbAt, endsSentence, simultaneouslyAt, isListSeparator, lastWordBefore, predicateAfterAdverb, predicateAt, skipApposition, skipJunk, skipLabel } from './document';
import { foldKeepLength } from '../folding';
import { ADVERBS, APPROVALS_BEFORE_TRIGGER, CLOSING_ACTS, CONTENT_OPENERS, PROJECT_PARTIES, KIND_QUALIFIER_STARTS, AMENDMENT_NEEDS, ASSIGN_TRIGGERS, CAN_CU, COORDINATE_VERB, COMPLEMENT_OPENERS, CO_DIRECTING, DECLARATIVES, DELEGATION_HEADINGS, DIFFICULTIES, DIFFICULTY_OPENERS, DIFFICULTY_REPORTS, DIRECT_TRIGGER, DUTY_VERBS, ENCOURAGING_TRIGGERS, FRONTED, GIVEN_DUTIES, JOINT_WORD, jointWordAt, LEAD_VERB, LISTING_WORDS, NOMINAL_DIRECTION, NOMINAL_REQUEST, NOT_PLACES, partnerLinkAt, PLACE_OPENERS, PRESSING_TRIGGER, PROBLEMS_FOUND, PUBLIC_WORDS, QUALIFIER_MODALS, RELATED_TO, REQUESTED_VERBS, RESPONSIBILITY_PREDICATES, ROLE_LABELS, RUN_ON_PLACE_WORDS, SCOPE_OPENERS, STRONG_PREDICATES, TOPIC_LINKS, TOPIC_OPENERS } from './phrases';
import { escapeRegExp } from '../../text/regex';
import { endsInQualifiableGroup, extendLast, withDutyQualifier, withQualifier } from './qualifiedKinds';
import { withPlaceRelative } from './placeRelative';
import { afterPeriod } from './periodOpeners';
import { closingSubjects, ministryOfficeAt } from './closingArticle';
import { standingBodyAt } from './standingBodies';
import { advisedVerbAt, insideAdvisedList } from './advisedBody';
import { insidePassiveAgent } from './passiveAgent';
import { continuesBodyList } from './listContinuation';
import { inRecipientPurpose } from './recipientPurpose';
import { toActFormula } from './informedName';
import { groupLeadersAt } from './groupLeaders';
import { withPlaceTail } from './placeTail';
import { ownerOpeningEvent } from './ownerOpening';
import { afterGroupPlace } from './groupPlace';
import { addressedPlaceAt } from './addressedPlace';
import { withNameTail } from './nameTail';
import type { Section } from '../types';
import type { Actor, ClauseEvent, TaskDocument, Unit } from './types';

/**
 * The clause events of one unit, in order. `scope` are the bodies its section names (a subject spelled
 * like one of them is that body).
 */
export function clauseEvents(doc: TaskDocument, scope: readonly Actor[], u: Unit): ClauseEvent[] {
  const events: ClauseEvent[] = [];
  const t = doc.tokens;
  let sentenceNo = 0;
  let clauseStart = true;
  let sentenceFrom = skipLabel(doc, u.from, u.to);
  // "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, X báo cáo ...": what a subject does only if a difficulty
  // arises is no assignment. A request is ("đề nghị Thuế tỉnh báo cáo UBND tỉnh có công văn gửi Bộ ..."), unless all it
  // asks is to report the difficulty back ("đề nghị các cơ quan, đơn vị kịp thời phản ánh về Sở ..."): the closing
  // formula of plans and regulations, which the gold leaves out (28 of 31 development documents).
  const conditional = (ev: ClauseEvent): boolean =>
    !ev.silent &&
    (((!ev.assigned || reportsBack(doc, ev.predAt, u.to)) && difficultyBefore(doc, sentenceFrom, ev.at)) ||
      // "..., các cấp, các ngành ... phát hiện những vấn đề chưa phù hợp ..., báo cáo ...": the same formula, its
      // condition after the subject.
      (!ev.assigned && !!longestMatch(t, ev.predAt, PROBLEMS_FOUND, true)));
  // "... phần mềm. Khuyến khích các cơ sở giáo dục phối hợp với các tổ chức, doanh nghiệp ...", "..., khuyến khích doanh
  // nghiệp phát triển giải pháp ...": bodies encouraged past the unit's opening are given nothing, nor their partners,
  // up to the clause's end; an item that opens with "Khuyến khích X ..." still gives X the item (the gold of plans).
  // The label may be written in bold ("**16.** Khuyến khích ...").
  const opening = skipJunk(doc, skipLabel(doc, skipJunk(doc, u.from, u.to), u.to), u.to);
  const encouraged = (ev: ClauseEvent): boolean => !!ev.assigned && ev.at > opening && !!longestMatch(t, ev.at, ENCOURAGING_TRIGGERS, true);
  // "... gửi Văn phòng UBND tỉnh để có cơ sở đôn đốc các sở, ngành ...": the recipient's purpose tasks nobody here.
  const recipients = (ev: ClauseEvent): boolean => !!ev.assigned && ev.at > opening && inRecipientPurpose(doc, ev.at);
  const push = (ev: ClauseEvent) =>
    events.push(
      conditional(ev)
        ? { ...ev, actors: [], silent: true, conditional: true }
        : encouraged(ev)
          ? { ...ev, actors: [], silent: true, conditional: true, encouraged: true }
          : recipients(ev)
            ? { ...ev, actors: [], silent: true }
            : ev,
    );
  for (let i = sentenceFrom; i < u.to; i++) {
    const tok = t[i]!;
    if (!tok.word) {
      if (endsSentence(doc, i)) {
        sentenceNo++;
        clauseStart = true;
        sentenceFrom = i + 1;
      } else if (tok.raw === ';') clauseStart = true;
      // "phối hợp với các đơn vị: Văn phòng UBND tỉnh (...) và ...": a colon inside the partners opens no clause.
      else if (tok.raw === ':') clauseStart = !insidePartnerList(doc, i, true);
      else if (tok.raw === ',' && !clauseStart) {
        const ev = commaSubject(doc, scope, i + 1, u.to, sentenceNo === 0) ?? midDirected(doc, i + 1, u.to);
        if (ev) {
          push(ev);
          i = ev.predAt - 1;
        }
      }
      continue;
    }
    // "... phối hợp thực hiện và chỉ đạo các cơ quan thuộc ngành mình cung cấp ...": the directed bodies act.
    if (tok.f === 'va' && !clauseStart && opensMidEventAt(t, i + 1)) {
      const ev = midDirected(doc, i + 1, u.to);
      if (ev) {
        push(ev);
        i = ev.predAt - 1;
        continue;
      }
    }
    // "... tiếp tục nâng cao tinh thần trách nhiệm khẩn trương chỉ đạo các cơ quan, đơn vị, ..., nhà thầu nỗ lực
    // ...", "... chủ động phối hợp với địa phương chỉ đạo các cơ quan chức năng triển khai ...": a direction anywhere
    // in the clause, not a noun ("sự chỉ đạo của", "theo chỉ đạo").
    // Most words open neither a direction nor a request: their spelling says so before either is tried.
    const mid = !clauseStart && opensMidEventAt(t, i);
    if (mid && !tok.cap && t[i - 1]?.word && !NOMINAL_DIRECTION.has(t[i - 1]!.f)) {
      const ev = midDirected(doc, i, u.to);
      if (ev) {
        push(ev);
        i = ev.predAt - 1;
        continue;
      }
    }
    // "..., nếu có phát sinh vướng mắc yêu cầu các Sở, ban, ngành, ... phản ánh kịp thời về ...": a request
    // inside the clause, after a condition, not the noun ("theo yêu cầu của", "có yêu cầu").
    if (mid && t[i - 1]?.word && !NOMINAL_REQUEST.has(t[i - 1]!.f)) {
      const ev = midRequest(doc, i, u.to, sentenceNo === 0);
      if (ev) {
        push(ev);
        i = ev.predAt - 1;
        continue;
      }
    }
    if (clauseStart) {
      clauseStart = false;
      const start = skipJunk(doc, i, u.to);
      let ev = clauseEvent(doc, scope, start, u.to, sentenceNo === 0) ?? frontedSubject(doc, scope, start, u.to, sentenceNo === 0);
      if (!ev && sentenceNo === 0 && delegating(doc, u)) ev = delegatedEvent(doc, start, u.to);
      // "1. Trách nhiệm của Sở Tư pháp hướng dẫn, ...": the item's owner heading run on into its duty.
      if (!ev && start === opening) ev = ownerOpeningEvent(doc, start, u.to);
      if (!ev) {
        // A clause without its own subject may still direct others: "Chủ trì, chỉ đạo các doanh nghiệp ... nghiên cứu".
        const directed = directedEvent(doc, { at: start, predAt: start, actors: [], forcedLead: false, silent: false, explicit: false }, u.to);
        if (directed) ev = { ...directed, explicit: false };
      }
      if (ev) {
        push(ev);
        i = Math.max(i, ev.predAt - 1);
        const directed = ev.silent ? null : directedEvent(doc, ev, u.to);
        if (directed) {
          push(directed);
          i = directed.predAt - 1;
        }
      }
      continue;
    }
    // "... xin thông báo để Bộ Xây dựng và các cơ quan liên quan biết, thực hiện": those bodies carry it out.
    if (tok.f === 'de') {
      const ev = informedEvent(doc, i + 1, u.to);
      if (ev) {
        push(ev);
        i = ev.predAt - 1;
        continue;
      }
    }
    // "đồng thời" opens a clause that may name its own subject.
    if (simultaneouslyAt(t, i)) {
      const ev = clauseEvent(doc, scope, i + 2 + (t[i + 2]?.raw === ',' ? 1 : 0), u.to, sentenceNo === 0);
      if (ev) {
        push(ev);
        i = ev.predAt - 1;
      }
    }
  }
  return events;
}

/** A condition on a difficulty arising: "nếu có (phát sinh) khó khăn", "trường hợp có vướng mắc" (folded words). */
const DIFFICULTY = new RegExp(
  `\\b(${DIFFICULTY_OPENERS.map((p) => p.words.join(' ')).join('|')})( co)?( phat sinh)?( nhung)? (${[...DIFFICULTIES, ...AMENDMENT_NEEDS].map((p) => p.words.join(' ')).join('|')})\\b`,
);

/** The duty at `k` (after adverbs: "kịp thời phản ánh") reports a difficulty back ("phản ánh", "báo cáo"). */
function reportsBack(doc: TaskDocument, k: number, end: number): boolean {
  const t = doc.tokens;
  const adverbs = longestMatch(t, k, ADVERBS, true)?.n ?? 0;
  return k + adverbs < end && !!longestMatch(t, k + adverbs, DIFFICULTY_REPORTS, true);
}

/** Whether the sentence's words before the event, from `from`, hold a difficulty condition. */
function difficultyBefore(doc: TaskDocument, from: number, at: number): boolean {
  if (at <= from) return false;
  const words = doc.tokens.slice(from, at).filter((x) => x.word).map((x) => x.f).join(' ');
  return DIFFICULTY.test(words);
}

/** A clause starting at `i`: a subject with its predicate, or an assignment trigger with its objects. */
export function clauseEvent(doc: TaskDocument, scope: readonly Actor[], i: number, end: number, first: boolean): ClauseEvent | null {
  const t = doc.tokens;
  if (i >= end) return null;
  const labelled = labelEvent(doc, i, end, first);
  if (labelled) return labelled;
  // "Giao X ...", "Đề nghị X ...", "Yêu cầu X ..."; also "Về đề nghị X ..." answering a proposal.
  if (t[i]?.f === 've' && longestMatch(t, i + 1, ASSIGN_TRIGGERS, true)) i++;
  // "Thống nhất giao Sở X ...": a conclusion's approval before the assignment.
  const approval = exactLongestMatch(t, i, APPROVALS_BEFORE_TRIGGER);
  if (approval && longestMatch(t, i + approval.n, ASSIGN_TRIGGERS, true)) i += approval.n;
  // "Nội dung Sở Văn hóa, Thể thao và Du lịch có trách nhiệm chủ trì: ...": a Quy chế's point lists the contents a
  // body leads or joins; the body after the opener is the subject.
  const contents = exactLongestMatch(t, i, CONTENT_OPENERS);
  if (contents && t[i]!.cap && parseBodyListAt(t, i + contents.n)) i += contents.n;
  const trig = longestMatch(t, i, ASSIGN_TRIGGERS, true);
  if (trig) {
    const objects = objectsAt(doc, i + trig.n, end);
    if (objects) {
      return { at: i, predAt: objects.to, actors: actorsOf(objects), forcedLead: isGiao(trig.p), assigned: true, silent: false, explicit: first, intro: lastWordBefore(doc, end) < objects.to };
    }
  }
  // "Cấp ủy, tổ chức đảng các cấp tổ chức ...": a capitalized group opening the clause needs no "các"; nor does a
  // standing body's kind ("Chi bộ lãnh đạo ...", "Đảng ủy cơ sở xét ...").
  const read = standingBodyAt(doc, i, parseBodyListAt(t, i) ?? bareGroupAt(doc, i, end) ?? groupLeadersAt(doc, i, end) ?? addressedPlaceAt(doc, i));
  // "Chánh Văn phòng, Cục trưởng Cục ..., Giám đốc Sở ... chịu trách nhiệm thi hành Thông tư này": a ministry's closing
  // list opening with its office's head alone.
  if (!read && ministryOfficeAt(doc, i)) {
    const closing = closingSubjects(doc, i, end);
    if (closing) return { at: i, predAt: closing.predAt, actors: closing.actors, forcedLead: false, silent: false, explicit: first };
  }
  if (!read || read.to > end) return null;
  const parsed = withPlaceRelative(doc, withNameTail(doc, withPlaceTail(doc, beforeDutyVerb(doc, read), end), end), end);
  // "Chánh Văn phòng ...; Giám đốc các Sở: ...; Chủ tịch UBND các xã ... chịu trách nhiệm thi hành Quyết định này":
  // the closing article's whole list.
  const closing = closingSubjects(doc, i, end);
  if (closing) return { at: i, predAt: closing.predAt, actors: closing.actors, forcedLead: false, silent: false, explicit: first };
  const complemented = withComplement(doc, parsed, end);
  const list = withLeadersOf(doc, qualifiedToScope(doc, runsOnAfterQualifier(doc, withPassiveQualifier(doc, complemented === parsed ? withQualifier(doc, parsed, end) : complemented, end), end), end), end);
  const heading = introHeading(doc, list, end);
  if (heading) return { at: i, predAt: heading.colon + 1, actors: heading.actors, forcedLead: false, silent: false, explicit: first, intro: true };
  let k = afterGroupPlace(doc, list, skipRelatedTo(doc, list, skipApposition(doc, list.to, end), end), end);
  if (k >= end) return null;
  // "Chánh Văn phòng UBND tỉnh; Giám đốc các sở; Thủ trưởng các ban, ngành cấp tỉnh; ... chịu trách nhiệm thi hành":
  // lists joined by ";" share the predicate of the last.
  if (t[k]!.raw === ';') {
    const chain = chainedSubjects(doc, list, k, end);
    if (chain) return { at: i, predAt: chain.predAt, actors: chain.actors, forcedLead: false, silent: false, explicit: first };
  }
  // The speaker assigns: "Ủy ban nhân dân tỉnh yêu cầu Thủ trưởng các sở ...".
  const assign = longestMatch(t, k, ASSIGN_TRIGGERS, true);
  if (assign) {
    // "Ủy ban nhân dân tỉnh yêu cầu Thủ trưởng các sở, ban, ngành; Chủ tịch UBND các xã ...; ... chịu trách nhiệm triển
    // khai thực hiện Kế hoạch này": the closing article's list.
    const listed = closingSubjects(doc, k + assign.n, end);
    if (listed) return { at: i, predAt: listed.predAt, actors: listed.actors, forcedLead: isGiao(assign.p), assigned: true, silent: false, explicit: first };
    const objects = objectsAt(doc, k + assign.n, end);
    if (objects) {
      return { at: i, predAt: objects.to, actors: actorsOf(objects), forcedLead: isGiao(assign.p), assigned: true, silent: false, explicit: first, intro: lastWordBefore(doc, end) < objects.to };
    }
    if (t[k + assign.n]?.raw === ':' || k + assign.n >= end) {
      return { at: i, predAt: k + assign.n, actors: [], forcedLead: false, silent: true, explicit: first };
    }
    // "Bộ Giáo dục và Đào tạo đề nghị các Sở GDĐT chỉ đạo ...": objects the parser cannot read are still the ones
    // asked; the speaker who asks them takes no duty of theirs. (A rule's "Bộ Quốc phòng giao nhiệm vụ cho các tổ
    // chức ..." is the ministry's own duty to assign.)
    if (!isGiao(assign.p) && isCac(t[k + assign.n])) return { at: i, predAt: k + assign.n, actors: [], forcedLead: false, silent: true, explicit: first };
  }
  if (longestMatch(t, k, DECLARATIVES)) return { at: i, predAt: k, actors: [], forcedLead: false, silent: true, explicit: first };
  // "Sở Nội vụ: chủ trì ..." and "Sở Nội vụ:" introducing its items.
  if (t[k]?.raw === ':') {
    if (lastWordBefore(doc, end) < k) return { at: i, predAt: k + 1, actors: actorsOf(list), forcedLead: false, silent: false, explicit: first, intro: true };
    if (predicateAt(doc, k + 1, end)) k += 1;
  }
  // "Công an tỉnh được giao quản lý tài khoản ...", "Ủy ban nhân dân cấp xã được phân cấp thẩm quyền quyết định ...":
  // what the subject is given is its duty (a responsibility further on was read as the name's qualifier above).
  const given = givenAt(doc, k, end);
  if (given > 0) return { at: i, predAt: given, actors: actorsOf(list), forcedLead: false, silent: false, explicit: first };
  if (!predicateAt(doc, k, end)) return null;
  const spelled = withSectionSpelling(doc, scope, list, i, end);
  return { at: i, predAt: spelled.predAt ?? k, actors: spelled.actors, forcedLead: false, silent: false, explicit: first };
}

/**
 * "Đồng chí Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh: ..., Gia Lai và lãnh đạo các Bộ, ngành theo chức
 * năng ... tiếp tục ...": the leaders of a group, joined to a list of bodies by "và" or ",", act for that group
 * ("lãnh đạo" written so, before "các": elsewhere it is the verb "to lead").
 */
function withLeadersOf(doc: TaskDocument, list: BodyListParse, end: number): BodyListParse {
  const t = doc.tokens;
  const k = list.to;
  const x = t[k];
  if (x === undefined || !(x.raw === ',' || writtenAs(t, x, 'và'))) return list;
  const leaders = groupLeadersAt(doc, k + 1, end);
  return leaders ? { items: [...list.items, ...leaders.items], to: leaders.to } : list;
}

/**
 * "được giao / được phân công / được phân cấp / được ủy quyền (nhiệm vụ)" at `k`, then a duty in lower case: the token
 * where the duty starts, else 0.
 */
function givenAt(doc: TaskDocument, k: number, end: number): number {
  const t = doc.tokens;
  const x = t[k];
  if (x === undefined || !writtenAs(t, x, 'được')) return 0;
  const n = firstExactWordsAt(t, k + 1, GIVEN_DUTIES)?.length ?? 0;
  if (n === 0) return 0;
  let at = k + 1 + n;
  if (t[at]?.f === 'nhiem' && t[at + 1]?.f === 'vu') at += 2;
  return at < end && t[at]!.word && !t[at]!.cap && !functionWordAt(t, at) ? at : 0;
}

/**
 * The list without the duty the parser read into its last named body: "Bộ Xây dựng làm việc với ...", "Bộ Xây dựng
 * lồng ghép ...": a verb of the genre's duties written in lower case with its marks ends a body's name (a group's
 * qualifier is read apart, see qualifiedKinds.ts).
 */
function beforeDutyVerb(doc: TaskDocument, list: BodyListParse): BodyListParse {
  const t = doc.tokens;
  const last = list.items[list.items.length - 1]!;
  if (last.group || list.to !== last.to) return list;
  for (let j = last.from + 1; j < last.to; j++) {
    // Verbs of two words or more: one syllable may end a compound of the name ("Ban Chỉ đạo bầu cử").
    if (t[j]!.word && !t[j]!.cap && dutyVerbAt(doc, j) && (longestMatch(t, j, DUTY_VERBS, true)?.n ?? 0) >= 2) return extendLast(doc, list, j);
  }
  return list;
}

/**
 * "Các Sở, ban, ngành quản lý quy hoạch theo chức năng, nhiệm vụ được giao có trách nhiệm ...": a group named by
 * what it manages, then a scope or a responsibility. The few plain lower-case words before them qualify the group
 * and belong to its name; a verb or a preposition among them, or any punctuation, leaves the list as it is.
 */
function qualifiedToScope(doc: TaskDocument, list: BodyListParse, end: number): BodyListParse {
  const t = doc.tokens;
  if (!endsInQualifiableGroup(list) || predicateAt(doc, list.to, end)) return list;
  for (let j = list.to; j < end && j <= list.to + SCOPE_QUALIFIER_WORDS; j++) {
    const x = t[j]!;
    if (j > list.to && (exactPhraseAt(t, j, SCOPE_OPENERS) || exactPhraseAt(t, j, RESPONSIBILITY_PREDICATES))) return extendLast(doc, list, j);
    if (!x.word || x.cap || /\d/.test(x.f) || functionWordAt(t, j) || isCac(x) || predicateAt(doc, j, end)) return list;
  }
  return list;
}

/** Plain words such a qualifier holds at most ("quản lý quy hoạch"). */
const SCOPE_QUALIFIER_WORDS = 5;

/**
 * Under an article that delegates powers ("Điều 3. Phân cấp thẩm quyền quyết định giao tài sản ..."), an item whose
 * bodies "quyết định" something is the power they are given: "1. Sở, ban, ngành, đơn vị thuộc Ủy ban nhân dân tỉnh
 * quyết định giao tài sản ...", "2. Ủy ban nhân dân cấp xã quyết định khai thác tài sản công ...". Elsewhere "quyết
 * định" ends a name without making a duty (the issuer deciding, a decision named).
 */
function delegatedEvent(doc: TaskDocument, i: number, end: number): ClauseEvent | null {
  const t = doc.tokens;
  const read = parseBodyListAt(t, i) ?? bareGroupAt(doc, i, end) ?? parseBodyListAt(t, i, { bareGeneric: true });
  if (!read || read.to >= end) return null;
  // "Chủ tịch Ủy ban nhân dân các phường, xã nơi cơ quan thi hành án dân sự khu vực đóng trụ sở quyết định ...".
  let list = withPlaceRelative(doc, read, end);
  let k = skipApposition(doc, list.to, end);
  // "Sở, ban, ngành, đơn vị thuộc Ủy ban nhân dân tỉnh quyết định ...": whose units they are belongs to the name.
  if (t[k]?.f === 'thuoc' || (t[k]?.f === 'truc' && t[k + 1]?.f === 'thuoc')) {
    for (let j = k + 1; j < end && j <= k + DELEGATED_OWNER_TOKENS; j++) {
      if (!t[j]!.word) break;
      if (decidesAt(t, j)) {
        list = extendLast(doc, list, j);
        k = j;
        break;
      }
    }
  }
  if (!decidesAt(t, k)) return null;
  // "Ủy ban nhân dân xã, phường (sau đây gọi tắt là Ủy ban nhân dân cấp xã) quyết định ...": the name the text defines.
  const alias = shortName(doc, list.to, k);
  if (alias) list = { items: [...list.items.slice(0, -1), ...alias.items], to: list.to };
  // The issuer deciding keeps a power of its own ("UBND tỉnh quyết định ..." in the committee's own decision); the
  // same words in a council's resolution give the committee a power.
  if (list.items.length === 1 && isIssuer(doc, list.items[0]!.raw)) return null;
  return { at: i, predAt: k, actors: actorsOf(list), forcedLead: false, silent: false, explicit: true };
}

/** Whether `name` is the document's issuer (or its head: "Chủ tịch UBND tỉnh" of a UBND decision). */
function isIssuer(doc: TaskDocument, name: string): boolean {
  if (!doc.issuer) return false;
  const named = resolveBody(name, doc.jurisdiction);
  const body = named.official ? resolveBody(officialsBody(named), doc.jurisdiction) : named;
  return body.key === resolveBody(doc.issuer, doc.jurisdiction).key;
}

/** The body a bracket right at `open` names as the text's short form: "(sau đây gọi (tắt) là X)", before `end`. */
function shortName(doc: TaskDocument, open: number, end: number): BodyListParse | null {
  const t = doc.tokens;
  if (t[open]?.raw !== '(' || t[open + 1]?.f !== 'sau' || t[open + 2]?.f !== 'day' || t[open + 3]?.f !== 'goi') return null;
  const at = t[open + 4]?.f === 'tat' ? open + 5 : open + 4;
  if (t[at]?.f !== 'la') return null;
  const list = parseBodyListAt(t, at + 1);
  return list && list.items.length === 1 && list.to < end && t[list.to]?.raw === ')' ? list : null;
}

/** "quyết định" written as such, followed by what is decided in lower case. */
function decidesAt(t: readonly Token[], k: number): boolean {
  return t[k]?.raw === 'quyết' && t[k + 1]?.raw === 'định' && !!t[k + 2]?.word && !t[k + 2]!.cap;
}

/** Tokens of "thuộc <owner>" between the delegated bodies and "quyết định" at most. */
const DELEGATED_OWNER_TOKENS = 8;

/** Whether the unit's article (or a part above it) delegates powers: "Phân cấp thẩm quyền ...", "Ủy quyền ...". */
function delegating(doc: TaskDocument, u: Unit): boolean {
  return !!u.section && underDelegation(doc, u.section);
}

/** Whether `s` or a section above it is headed as a delegation: asked for most units, answered once per section. */
function underDelegation(doc: TaskDocument, s: Section): boolean {
  let r = doc.delegating.get(s);
  if (r === undefined) {
    const parent = s.parentPath ? (doc.byPath.get(s.parentPath) ?? null) : null;
    r = delegationHeading(s.heading ?? '') || (parent !== null && underDelegation(doc, parent));
    doc.delegating.set(s, r);
  }
  return r;
}

/**
 * Whether a heading opens with the words of a delegation ("Phân cấp thẩm quyền ...") as a whole word. Asked for
 * the sections above every unit whose first clause finds no subject: folding whole headings (some run to a
 * paragraph) was 5% of the clause scanner's time. Only the opening is folded: `foldKeepLength` maps each code unit
 * (a surrogate pair as one) to one, and lower-casing maps each code point alone, some to two units, the final sigma
 * by what follows it. So the folded prefix agrees with the whole heading's fold up to its one but last character,
 * which is as far as the test reads (a pair or a sigma cut at the prefix's end is that last character).
 */
export function delegationHeading(heading: string): boolean {
  const folded = foldKeepLength(heading.slice(0, DELEGATION_PREFIX)).toLowerCase();
  return DELEGATION_HEADINGS.some((h) => folded.startsWith(h) && !/[a-z0-9]/.test(folded[h.length] ?? ''));
}

/** Characters of a heading `delegationHeading` folds: the longest opening, the character after it, one more. */
const DELEGATION_PREFIX = Math.max(...DELEGATION_HEADINGS.map((h) => h.length)) + 2;


/**
 * Lists of bodies joined by ";" up to one followed by its predicate, in the same sentence: "Chánh Văn phòng UBND
 * tỉnh; Giám đốc Sở Tài chính, Giám đốc các sở; Thủ trưởng các ban, ngành cấp tỉnh; ... và các tổ chức, cá nhân có
 * liên quan chịu trách nhiệm thi hành Quyết định này./.". Every segment must be a list and nothing else.
 */
function chainedSubjects(doc: TaskDocument, list: BodyListParse, semi: number, end: number): { actors: Actor[]; predAt: number } | null {
  const t = doc.tokens;
  const actors = actorsOf(list);
  for (let hop = 0, k = semi; hop < MAX_CHAINED_LISTS && k < end && t[k]!.raw === ';'; hop++) {
    // "Giám đốc: Trung tâm Công báo - Tin học tỉnh, Trung tâm Phục vụ hành chính công tỉnh": a head's title
    // shared by the bodies after its colon.
    const title = longestMatch(t, k + 1, HEAD_TITLES, true);
    const at = title && t[k + 1 + title.n]?.raw === ':' ? k + 2 + title.n : k + 1;
    const next = parseBodyListAt(t, at);
    if (!next || next.to > end) return null;
    actors.push(...actorsOf(next));
    k = skipApposition(doc, next.to, end);
    if (k < end && predicateAt(doc, k, end)) return { actors, predAt: k };
  }
  return null;
}

/** Lists a ";"-joined subject holds at most. */
const MAX_CHAINED_LISTS = 8;

/**
 * A unit that only names bodies and ends in ":", their duties in the items below, where the name runs past what
 * the parser reads: "1. Chủ tịch UBND các tỉnh, thành phố từ Hà Tĩnh đến Khánh Hòa:" (a qualifier without a
 * verb, only a place), "1. Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban quản lý Khu kinh tế ...):" (a group named with its
 * members in brackets: the group and each member).
 */
function introHeading(doc: TaskDocument, list: BodyListParse, end: number): { actors: Actor[]; colon: number } | null {
  const t = doc.tokens;
  const last = lastWordBefore(doc, end);
  let colon = -1;
  for (let j = last + 1; j < end; j++) {
    if (t[j]!.raw === ':') {
      colon = j;
      break;
    }
  }
  // The colon closes the unit: nothing after it ("Hội đồng cho ý kiến: ......" is a form's field).
  if (colon < 0 || colon <= list.to || colon !== end - 1) return null;
  // A bracket of members may be long ("(Sở Tài chính, Ban quản lý Khu Kinh tế ..., Ban Quản lý các Khu công nghiệp
  // tỉnh)"); its parse bounds it. A place's qualifier is short.
  if (colon - list.to > (t[colon - 1]!.raw === ')' ? MEMBERS_HEADING_TOKENS : 40)) return null;
  if (t[colon - 1]!.raw === ')' && list.items.length === 1) {
    let open = -1;
    for (let j = colon - 2; j > list.items[0]!.from; j--) {
      if (t[j]!.raw === '(') {
        open = j;
        break;
      }
    }
    const members = open > 0 ? bracketMembers(doc, open, colon) : null;
    if (!members || open - list.items[0]!.from > 12) return null;
    for (let j = list.to; j < open; j++) if (!t[j]!.word && t[j]!.raw !== ',' && t[j]!.raw !== '-') return null;
    const first = list.items[0]!;
    const raw = doc.text.slice(first.start, t[open - 1]!.end).replace(/\s+/g, ' ').trim();
    return { actors: [{ parse: { ...first, to: open, end: t[open - 1]!.end, raw }, name: raw }, ...actorsOf({ items: members, to: colon })], colon };
  }
  // Only a place qualifies the name: "... các tỉnh, thành phố từ Hà Tĩnh đến Khánh Hòa:".
  if (!exactPhraseAt(t, list.to, PLACE_OPENERS)) return null;
  let words = 0;
  for (let j = list.to; j < colon; j++) {
    const x = t[j]!;
    if (!x.word) {
      if (x.raw !== ',' && x.raw !== '-') return null;
      continue;
    }
    // "Các Phòng chuyên môn thuộc Chi cục gồm:", "Hội đồng có 03 thành viên, bao gồm:": members follow, not duties.
    if (++words > 8 || /\d/.test(x.f) || LISTING_WORDS.has(x.f) || (!x.cap && predicateAt(doc, j, colon))) return null;
  }
  return words > 0 ? { actors: actorsOf(list), colon } : null;
}

/** Tokens from a group's name to the colon after its bracket of members, at most. */
const MEMBERS_HEADING_TOKENS = 90;


/**
 * "Ủy ban nhân dân tỉnh khẩn trương chỉ đạo các sở, ngành ... rà soát": the directed bodies act too.
 * Returns the event for the directed bodies, starting at them.
 */
function directedEvent(doc: TaskDocument, ev: ClauseEvent, end: number): ClauseEvent | null {
  const t = doc.tokens;
  let k = ev.predAt;
  for (let guard = 0; guard < 4 && k < end; guard++) {
    // "khẩn trương chỉ đạo", "chủ trì, chỉ đạo".
    const adv = longestMatch(t, k, ADVERBS, true) ?? (startsWith(t, k, LEAD_VERB) ? { n: 2 } : null);
    if (adv) k += adv.n;
    else if (t[k]?.raw === ',' && k > ev.predAt) k++;
    else break;
  }
  if (!startsWith(t, k, DIRECT_TRIGGER) && !pressingAt(t, k)) return null;
  // "Tham mưu UBND tỉnh theo dõi, đôn đốc các sở ...": the advised body directs them, not the subject.
  if (advisedVerbAt(doc, k)) return null;
  let o = k + 2;
  // "đôn đốc, các cơ quan, đơn vị tổ chức triển khai ...": a comma before the pressed bodies.
  if (t[o]?.raw === ',' && isCac(t[o + 1])) o++;
  // "chỉ đạo, đôn đốc các ngành ...": a second verb of direction before the bodies.
  const coVerb = t[o]?.raw === ',' ? longestMatch(t, o + 1, CO_DIRECTING, true) : null;
  if (coVerb) o += 1 + coVerb.n;
  // "chỉ đạo chủ đầu tư, các nhà thầu ...": kinds of bodies without "các"; "tổ chức" there is the verb.
  const parsed = t[o]?.f === 'to' && t[o + 1]?.f === 'chuc' ? null : parseBodyListAt(t, o, { bareGeneric: true });
  if (!parsed || parsed.to > end) return null;
  const objects = withDutyQualifier(doc, parsed, end);
  let after = skipApposition(doc, objects.to, end);
  const intro = lastWordBefore(doc, end) < objects.to;
  // "chỉ đạo phòng, ban chuyên môn, phối hợp ...", "chỉ đạo các Cơ sở y tế trên địa bàn tỉnh: Đảm bảo ...":
  // the duty after a comma or a colon.
  if ((t[after]?.raw === ',' || t[after]?.raw === ':') && predicateAt(doc, after + 1, end)) after++;
  // "chỉ đạo <bodies> <verb>": whatever lower-case word follows the bodies is what they are told to do.
  const verbAfter = t[after]?.word === true && !t[after]!.cap && !functionWordAt(t, after);
  if (!intro && !predicateAt(doc, after, end) && !verbAfter) return null;
  return { at: o, predAt: objects.to, actors: actorsOf(objects), forcedLead: false, assigned: true, directed: true, silent: false, explicit: ev.explicit, intro };
}

/**
 * "đôn đốc" written with its marks (or unmarked in a text that lost them all, markLoss.ts): the pressed bodies that
 * follow act. Text where OCR damaged some marks keeps the rule off, as it keeps other mid-clause rules off (its lists
 * are read less surely there).
 */
function pressingAt(t: readonly Token[], i: number): boolean {
  return exactWordsAt(t, i, PRESSING_TRIGGER.written, 'written');
}

/** A kind of body at `o` as written with its marks ("cơ quan", not "quản" read as "quận"). */
function writtenKind(t: readonly Token[], o: number): boolean {
  return GENERIC_NOUNS.some((p) => exactWordsAt(t, o, p.written, 'written'));
}


/** "yêu cầu" written as such inside a clause, its objects a list of bodies followed by their duty. */
function midRequest(doc: TaskDocument, i: number, end: number, first: boolean): ClauseEvent | null {
  const t = doc.tokens;
  // A trigger's words exactly (folded): inside a clause OCR tolerance would read "chế độ" as "chỉ đạo".
  const trig = firstExactWordsAt(t, i, MID_REQUEST_WORDS);
  if (!trig) return null;
  const objects = objectsAt(doc, i + trig.length, end);
  if (!objects || !(t[objects.items[0]!.from]?.cap || isCac(t[objects.items[0]!.from]))) return null;
  const after = skipApposition(doc, objects.to, end);
  if (!predicateAt(doc, after, end) && !requestedVerbAt(doc, after)) return null;
  return { at: i, predAt: objects.to, actors: actorsOf(objects), forcedLead: false, assigned: true, silent: false, explicit: first };
}

/** Only "yêu cầu": inside a clause "đề nghị" is mostly a proposal upwards ("hồ sơ đề nghị Chủ tịch UBND tỉnh thu hồi"). */
const MID_REQUEST_WORDS = ASSIGN_TRIGGERS.filter((p) => p.words.join(' ') === 'yeu cau').map((p) => p.words);

/**
 * Whether `midDirected` or `midRequest` may find something at `t[i]`, as far as its spelling tells: each needs its
 * trigger's first word there exactly (folded, or as written for "đôn đốc"). Asked at every word inside a clause,
 * answered once per spelling; false means both are null there.
 */
function opensMidEventAt(t: readonly Token[], i: number): boolean {
  const x = t[i];
  if (x === undefined) return false;
  // A text without marks has "don doc" for "đôn đốc" (the answer per spelling holds for marked texts only).
  return spellingTest(x, 'opensMidEvent', opensMidEvent) || (x.f === PRESSING_TRIGGER.words[0] && marksLost(t));
}

function opensMidEvent(x: Token): boolean {
  const pressing = PRESSING_TRIGGER.written[0]!;
  return (
    x.f === DIRECT_TRIGGER.words[0] ||
    MID_REQUEST_WORDS.some((words) => x.f === words[0]) ||
    (x.raw.length === pressing.length && x.raw.toLowerCase() === pressing)
  );
}

/**
 * "Căn cứ chức năng, nhiệm vụ, chỉ đạo các cơ sở giáo dục ... lồng ghép ...", "..., và chỉ đạo X <verb>": a
 * direction inside a clause whose subject is already known (or is the section's body): the directed bodies act.
 */
function midDirected(doc: TaskDocument, i: number, end: number): ClauseEvent | null {
  const t = doc.tokens;
  // As written: inside a clause OCR tolerance would read "chế độ" as "chỉ đạo".
  if (!exactWordsAt(t, i, DIRECT_TRIGGER.words) && !pressingAt(t, i)) return null;
  const ev = directedEvent(doc, { at: i, predAt: i, actors: [], forcedLead: false, silent: false, explicit: false }, end);
  // The directed bodies are named ("Phòng nghiệp vụ") or a group ("các cơ quan"), not an activity ("quản lý nhà nước").
  const o = ev?.actors[0]?.parse.from ?? -1;
  if (!ev || !(t[o]?.cap || isCac(t[o]) || writtenKind(t, o))) return null;
  // A one-word kind in lower case is an activity there: "chỉ đạo phòng trừ", "chỉ đạo phòng thủ dân sự".
  if (!t[o]!.cap && !isCac(t[o]) && ev.actors.length === 1 && ev.actors[0]!.parse.to - o === 1) return null;
  return { ...ev, explicit: false };
}

/**
 * A subject that begins like its section's actor is that actor, written out in full:
 * "3.2. Các cơ quan chủ trì thực hiện các nội dung CCHC" then "Các cơ quan chủ trì thực hiện các nội
 * dung CCHC chịu trách nhiệm ..." — the parser alone would stop at the verb "chủ trì".
 */
function withSectionSpelling(doc: TaskDocument, scope: readonly Actor[], list: BodyListParse, i: number, end: number): { actors: Actor[]; predAt: number | null } {
  const t = doc.tokens;
  for (const a of scope) {
    const words = a.name.split(/\s+/).length;
    if (words <= list.items[0]!.to - list.items[0]!.from + 1) continue;
    const actorToks = tokenize(a.name).filter((x) => x.word);
    let k = i;
    let matched = 0;
    // OCR damages the heading and the text differently: tolerate one unreadable word in six.
    let misses = Math.floor(actorToks.length / 6);
    for (const w of actorToks) {
      while (k < end && !t[k]!.word) k++;
      if (k >= end) break;
      if (t[k]!.f === w.f || tokenFuzzy(t[k], w.f) || tokenFuzzy(w, t[k]!.f) || (isCac(t[k]) && isCac(w))) matched++;
      else if (misses-- > 0 && t[k]!.f[0] === w.f[0]) matched++;
      else break;
      k++;
    }
    if (matched === actorToks.length && predicateAt(doc, k, end)) {
      const raw = doc.text.slice(t[i]!.start, t[k - 1]!.end).replace(/\s+/g, ' ').trim();
      const parse: BodyParse = { ...list.items[0]!, to: k, end: t[k - 1]!.end, raw };
      return { actors: [{ parse, name: raw }], predAt: k };
    }
  }
  return { actors: actorsOf(list), predAt: null };
}

/**
 * A group subject may end in a place or a field before its predicate: "các doanh nghiệp trong khối thi đua
 * tỉnh (gọi tắt là ...) xác định ...", "các đơn vị thuộc ngành y tế tổ chức ...". The complement belongs to
 * the last group's name. Named bodies take none ("Sở Nội vụ trong năm 2025 ..." keeps its name).
 */
function withComplement(doc: TaskDocument, list: BodyListParse, end: number): BodyListParse {
  const t = doc.tokens;
  const last = list.items[list.items.length - 1]!;
  const k = list.to;
  if (!last.group || !t[k]?.word || !COMPLEMENT_OPENERS.has(t[k]!.f) || predicateAt(doc, k, end)) return list;
  // "các bộ, ngành trên cơ sở nhiệm vụ được giao, ...": a basis, not a place.
  if (t[k]!.f === 'tren' && t[k + 1]?.f === 'co' && t[k + 2]?.f === 'so') return list;
  // The complement's words, up to a bracket or punctuation: a bracketed apposition followed by the predicate
  // ends it surely ("... thi đua tỉnh (gọi tắt là ...) xác định"); else the first verb does.
  let verbAt = -1;
  for (let j = k + 1; j < end && j <= k + 6; j++) {
    const x = t[j]!;
    if (!x.word) {
      if (x.raw !== '(' || j === k + 1) break;
      const after = skipApposition(doc, j, end);
      return after > j && predicateAt(doc, after, end) ? extendLast(doc, list, j) : list;
    }
    if (/\d/.test(x.f) || x.upper || NOT_PLACES.has(x.f) || (j === k + 1 && predicateAt(doc, j, end))) return list;
    if (verbAt < 0 && !x.cap && j > k + 1 && predicateAt(doc, j, end) && !COMPLEMENT_OPENERS.has(x.f)) verbAt = j;
  }
  return verbAt > 0 ? extendLast(doc, list, verbAt) : list;
}

/**
 * "Các sở, ban, ngành tỉnh có liên quan tới việc thực hiện Kế hoạch này có trách nhiệm ...": what a group is
 * concerned with ("tới / đến ...") stands between its name and its responsibility; the gold names the group
 * "... có liên quan". The predicate is the responsibility, within a clause's few words and no punctuation.
 */
function skipRelatedTo(doc: TaskDocument, list: BodyListParse, k: number, end: number): number {
  const t = doc.tokens;
  const last = list.items[list.items.length - 1]!;
  if (k !== list.to || !last.group || !/\blien quan$/.test(foldKeepLength(last.raw).toLowerCase()) || !t[k]?.word || !RELATED_TO.has(t[k]!.f)) return k;
  for (let j = k + 1; j < end && j <= k + RELATED_WORDS; j++) {
    if (!t[j]!.word) return k;
    if (longestMatch(t, j, RESPONSIBILITY_PREDICATES, true)) return j;
  }
  return k;
}

/** Words the concern of a group "có liên quan tới ..." holds at most before its responsibility. */
const RELATED_WORDS = 12;

/**
 * "Thủ trưởng các đơn vị thuộc, trực thuộc Bộ được giao nhiệm vụ phổ biến thông tin thống kê chịu trách nhiệm
 * ...": a subject qualified by what it was given to do ("được giao (nhiệm vụ)", "được phân công") names its task
 * next; the verbs there belong to the name, and the subject's own predicate is the responsibility further on.
 */
function withPassiveQualifier(doc: TaskDocument, list: BodyListParse, end: number): BodyListParse {
  const t = doc.tokens;
  const last = list.items[list.items.length - 1]!;
  if (list.to !== last.to) return list;
  // "Các cơ quan được phân công chủ trì thực hiện nhiệm vụ theo Kế hoạch này có trách nhiệm ...": the passive
  // right after the name.
  const next = `${t[list.to]?.f ?? ''} ${t[list.to + 1]?.f ?? ''} ${t[list.to + 2]?.f ?? ''}`;
  if (!PASSIVE_QUALIFIER.test(foldKeepLength(last.raw).toLowerCase()) && !(last.group && PASSIVE_NEXT.test(next))) return list;
  for (let j = list.to, words = 0; j < end && words <= PASSIVE_TASK_WORDS; j++) {
    const x = t[j]!;
    if (!x.word) {
      if (x.raw !== ',') return list;
      continue;
    }
    if (j > list.to && longestMatch(t, j, RESPONSIBILITY_PREDICATES, true)) return extendLast(doc, list, j);
    words++;
  }
  return list;
}

/**
 * "..., các tổ chức hành nghề công chứng trên địa bàn thành phố và các tổ chức, cá nhân có liên quan chịu trách
 * nhiệm thi hành ...": a kind of body qualified by what it does or where it is, then more bodies after "và" or a
 * comma, then the predicate. The qualifier is part of the kind's name and the list runs on.
 */
function runsOnAfterQualifier(doc: TaskDocument, list: BodyListParse, end: number): BodyListParse {
  const t = doc.tokens;
  if (!endsInQualifiableGroup(list) || predicateAt(doc, list.to, end) || !t[list.to]?.word || t[list.to]!.cap) return list;
  for (let j = list.to, words = 0; j < end && words <= RUN_ON_QUALIFIER_WORDS; j++) {
    const x = t[j]!;
    const sep = isListSeparator(x);
    if (sep && j > list.to) {
      const next = parseBodyListAt(t, j + 1);
      if (!next || next.to > end || !predicateAt(doc, skipApposition(doc, next.to, end), end)) return list;
      const head = extendLast(doc, list, j);
      return { items: [...head.items, ...next.items], to: next.to };
    }
    if (!x.word || /\d/.test(x.f) || isCac(x) || predicateAt(doc, j, end) || (functionWordAt(t, j) && !RUN_ON_PLACE_WORDS.has(x.f))) return list;
    words++;
  }
  return list;
}

/** Words such a qualifier holds at most (the prepositions of place it may hold are RUN_ON_PLACE_WORDS). */
const RUN_ON_QUALIFIER_WORDS = 10;

/** A body's name ending in what it was given: "... được giao nhiệm vụ", "... được phân công" (folded). */
const PASSIVE_QUALIFIER = /\bduoc (giao|phan cong)( nhiem vu)?$/;
const PASSIVE_NEXT = /^duoc (giao|phan cong)\b/;
/** Words of the task such a name holds at most before "chịu / có trách nhiệm". */
const PASSIVE_TASK_WORDS = 16;

/** "Cơ quan chủ trì: Sở Nội vụ", "cơ quan phối hợp: Công an tỉnh, Văn phòng UBND tỉnh". */
function labelEvent(doc: TaskDocument, i: number, end: number, first: boolean): ClauseEvent | null {
  const t = doc.tokens;
  if (!mayOpenRoleLabel(t, i)) return null;
  for (const [p, role] of ROLE_LABELS) {
    const n = phraseAt(t, i, p, true);
    if (!n || t[i + n]?.raw !== ':') continue;
    const parsed = parseBodyListAt(t, i + n + 1, { bareGeneric: true });
    if (!parsed || parsed.to > end) return null;
    // The column ends at ";" before the next label: "Cơ quan chủ trì: Sở Nội vụ; cơ quan phối hợp: ...". Between
    // bodies ";" only separates them: "Cơ quan phối hợp: Công an tỉnh; Sở Công Thương; Ủy ban nhân dân các xã".
    let stop = i + n + 1;
    while (stop < parsed.to && !(t[stop]!.raw === ';' && mayOpenRoleLabel(t, stop + 1))) stop++;
    const items = parsed.items.filter((p) => p.to <= stop);
    if (items.length === 0) return null;
    const list = { items, to: items[items.length - 1]!.to };
    return { at: i, predAt: list.to, actors: actorsOf(list), forcedLead: false, silent: false, explicit: false, fixedRole: role };
  }
  return null;
}

/** The role labels' phrases (what may start one at a token) and their lengths in tokens (where its colon stands). */
const LABEL_PHRASES: readonly Phrase[] = ROLE_LABELS.map(([p]) => p);
const LABEL_LENGTHS: readonly number[] = [...new Set(LABEL_PHRASES.map((p) => p.words.length))];

/**
 * Whether a role label ("Cơ quan chủ trì:") may stand at `i`, asked at every clause start before each label is
 * tried: a spelling that may start one of the labels' phrases (kept per spelling), and a colon where one of their
 * lengths ends. Derived from ROLE_LABELS, so a label added to the data passes.
 */
export function mayOpenRoleLabel(t: readonly Token[], i: number): boolean {
  const x = t[i];
  return !!x && mayStartAt(x, LABEL_PHRASES, true) && LABEL_LENGTHS.some((n) => t[i + n]?.raw === ':');
}

/**
 * A capitalized list of kinds of bodies opening a clause ("Cấp ủy, tổ chức đảng các cấp"), not a verb. `end` is the
 * unit's: a kind announcing its points there ("Cơ quan nhà nước nhận được dữ liệu có trách nhiệm sau đây:") is read
 * with its whole qualifier.
 */
function bareGroupAt(doc: TaskDocument, i: number, end: number): BodyListParse | null {
  const t = doc.tokens;
  // A verb opening the clause is no kind, but only as it is spelt: "Chủ đầu tư" is no OCR-damaged "chỉ đạo".
  if (!t[i]?.cap) return null;
  // ... unless a comma and another kind follow it: "Tổ chức, cá nhân quản lý khu vực công cộng có trách nhiệm ...".
  const verb = exactLongestMatch(t, i, PREDICATE_STARTS);
  if (verb && t[i + verb.n]?.raw !== ',') return null;
  const list = parseBodyListAt(t, i, { bareGeneric: true });
  if (!list || (verb && !list.items[0]!.raw.includes(','))) return null;
  // ... and only as the subject of a responsibility, read up to it: the public told what to do ("Tổ chức, cá nhân
  // thực hiện ...", "Tổ chức, đơn vị tham gia hoạt động ..., giám sát, ... phải có quyết định ...") is no body.
  if (verb) {
    const responsible = withQualifier(doc, list, end);
    return responsible !== list || longestMatch(t, list.to, RESPONSIBILITY_PREDICATES, true) ? responsible : null;
  }
  if (list.items[0]!.raw.includes(',')) return list;
  // "Đơn vị cung cấp dịch vụ đăng kiểm có trách nhiệm ...": one kind, named by its qualifier.
  const qualified = withQualifier(doc, list, end);
  if (qualified !== list) return qualified;
  // "Cơ quan Thuế tỉnh hướng dẫn người nộp thuế ...", "Cơ quan thuế có trách nhiệm ...": a kind the parser named by
  // its field (a name word after the kind) is a subject before its duty, as a qualified kind is.
  const only = list.items.length === 1 ? list.items[0]! : null;
  const kind = only ? longestMatch(t, only.from, GENERIC_NOUNS, true) : null;
  // The words after the kind name it ("thuế", "Thuế tỉnh"); a verb or a passive there qualifies it ("Cá nhân được
  // giao nhiệm vụ ...") and is withQualifier's to read.
  const after = only && kind ? only.from + kind.n : -1;
  const named = after > 0 && after < only!.to && !isCac(t[after]) && !KIND_QUALIFIER_STARTS.has(t[after]!.f) && !predicateAt(doc, after, t.length);
  // "Chủ đầu tư chịu trách nhiệm thiết lập hệ thống quản lý chất lượng ...", "Cơ quan nhà nước chịu trách nhiệm tổ chức
  // lưu trữ dữ liệu ...": a kind alone is the subject of a responsibility right after it, as a named one is.
  if (longestMatch(t, list.to, RESPONSIBILITY_PREDICATES, true)) return list;
  // "(ii) Chủ đầu tư phối hợp chặt chẽ với ...": a party of a project written alone is the subject of its duty.
  const party = !!only && only.to === only.from + (exactLongestMatch(t, only.from, PROJECT_PARTIES)?.n ?? -1);
  return (named || party) && predicateAt(doc, list.to, t.length) ? list : null;
}

/** After a comma inside a sentence: "..., thành phố Hạ Long yêu cầu hoàn thành ...". */
function commaSubject(doc: TaskDocument, scope: readonly Actor[], i: number, end: number, first: boolean): ClauseEvent | null {
  const t = doc.tokens;
  if (!t[i]?.word) return null;
  // "..., yêu cầu các cơ quan, đơn vị nghiêm túc triển khai thực hiện./."
  const trig = longestMatch(t, i, ASSIGN_TRIGGERS, true);
  const list = parseBodyListAt(t, i);
  // Most commas open neither a trigger nor a body: answered before looking back for partners.
  if ((!trig && (!list || list.to >= end)) || insidePartnerList(doc, i - 1) || insidePassiveAgent(doc, i - 1) || continuesBodyList(doc, i - 1)) return null;
  if (trig) {
    const objects = objectsAt(doc, i + trig.n, end);
    const after = objects ? skipApposition(doc, objects.to, end) : end;
    if (objects && (predicateAt(doc, after, end) || requestedVerbAt(doc, after))) {
      return { at: i, predAt: objects.to, actors: actorsOf(objects), forcedLead: isGiao(trig.p), assigned: true, silent: false, explicit: first };
    }
  }
  if (!list || list.to >= end) return null;
  // "..., các cơ quan phối hợp có trách nhiệm phối hợp với cơ quan chủ trì ...": a kind named by its role, then
  // its responsibility, is a subject too.
  const named = withPassiveQualifier(doc, withQualifier(doc, list, end), end);
  if (!longestMatch(t, list.to, STRONG_PREDICATES, true) && !(named !== list && longestMatch(t, named.to, RESPONSIBILITY_PREDICATES, true))) return null;
  const ev = clauseEvent(doc, scope, i, end, first);
  return ev && !ev.silent ? ev : null;
}

/**
 * Whether the comma at `comma` separates partners of "phối hợp (với) / cùng" ("phối hợp với Bộ Xây dựng, Văn phòng
 * Chính phủ, các bộ, ngành liên quan khẩn trương hướng dẫn ...": the bodies after the comma are partners, not a
 * new subject). With `colon`, whether a colon at `comma` closes a group of partners whose members follow.
 */
function insidePartnerList(doc: TaskDocument, comma: number, colon = false): boolean {
  const t = doc.tokens;
  for (let j = comma - 1; j >= 0 && j > comma - PARTNER_LOOKBACK; j--) {
    const x = t[j]!;
    if (!x.word) {
      if (x.raw === ';' || x.raw === ':' || endsSentence(doc, j)) return false;
      continue;
    }
    // "với", or "cùng" as written (not "cung" of "cung cấp").
    const link = partnerLinkAt(t, j);
    const opener = link > 0 ? j + link : jointWordAt(t, j) ? j + JOINT_WORD.shown.length : startsWith(t, j, COORDINATE_VERB) ? j + COORDINATE_VERB.words.length : -1;
    if (opener < 0) continue;
    const list = parseBodyListAt(t, opener, { bareGeneric: true });
    // A colon closes a group whose members follow ("các đơn vị: A, B").
    if (colon) return !!list && list.to === comma && list.items.length === 1 && list.items[0]!.group && !!parseBodyListAt(t, comma + 1);
    return !!list && list.to > comma + 1;
  }
  return false;
}

/** Tokens looked back from a comma for the partners' "với". */
const PARTNER_LOOKBACK = 40;

/** "Để đạt mục tiêu ..., các cấp, các ngành trong tỉnh cần ...": try the subject after each comma. */
function frontedSubject(doc: TaskDocument, scope: readonly Actor[], i: number, end: number, first: boolean): ClauseEvent | null {
  const t = doc.tokens;
  // "Định kỳ 06 tháng các cơ quan có liên quan báo cáo ...", "Định kỳ trước ngày 31 tháng 12 hằng năm, X ...": the
  // subject follows a fronted period, comma or not.
  const period = afterPeriod(doc, i, end);
  if (period > 0) {
    const ev = clauseEvent(doc, scope, period, end, first);
    if (ev && !ev.silent) return ev;
  }
  if (!exactPhraseAt(t, i, FRONTED) && !startsWith(t, i, CAN_CU)) return null;
  for (let k = i + 1, n = 0; k < end && n < 80; k++, n++) {
    const tok = t[k]!;
    if (endsSentence(doc, k) || tok.raw === ';') break;
    // "... khi chưa được Chính phủ, Thủ tướng Chính phủ phê duyệt": a comma inside a passive's agent opens no subject,
    // nor one inside the bodies advised ("... phải tham mưu cho UBND tỉnh, Chủ tịch UBND tỉnh có văn bản thông báo"),
    // nor one between the kinds of a list ("... thì các sở, ban, ngành có văn bản giải trình"), nor one inside the
    // bodies proposed to ("..., nghiên cứu, đề xuất với Ủy ban nhân dân tỉnh, Chủ tịch Ủy ban nhân dân tỉnh, ...").
    if (tok.raw !== ',' || insidePassiveAgent(doc, k) || insideAdvisedList(doc, k) || continuesBodyList(doc, k) || insidePartnerList(doc, k)) continue;
    // "Căn cứ chức năng nhiệm vụ, chỉ đạo các cơ sở giáo dục phổ thông, các cơ sở ... lồng ghép ...": the
    // direction after the fronted scope names the acting bodies; a comma inside its list opens no subject.
    const ev = clauseEvent(doc, scope, k + 1, end, first) ?? midDirected(doc, k + 1, end);
    if (ev && !ev.silent) return ev;
  }
  return topicSubject(doc, i, end);
}

/** Words a topic's last body may be qualified by before its comma ("các đơn vị thực hiện sắp xếp tổ chức bộ máy"). */
const TOPIC_QUALIFIER_WORDS = 10;

/**
 * "Đối với các đơn vị thực hiện sắp xếp tổ chức bộ máy, thì tiếp tục rà soát ...", "Đối với UBND cấp xã: được giao
 * quản lý, sử dụng tài khoản ...": a topic naming bodies, then their duty with no subject of its own (a clause that
 * names one after the comma was read before). The bodies must end at the comma or colon and the duty follow at once.
 */
function topicSubject(doc: TaskDocument, i: number, end: number): ClauseEvent | null {
  const t = doc.tokens;
  const opener = longestMatch(t, i, TOPIC_OPENERS, true);
  if (!opener) return null;
  let list = parseBodyListAt(t, i + opener.n);
  if (!list || list.to >= end) return null;
  // "các đơn vị thực hiện sắp xếp tổ chức bộ máy,": the topic's words up to its comma qualify its last body.
  let close = list.to;
  while (close < end && close < list.to + TOPIC_QUALIFIER_WORDS && t[close]!.word) {
    // "Đối với các chủ đầu tư cần nhanh chóng dọn dẹp mặt bằng, ...": the topic holds its own duty after a modal.
    if (exactLongestMatch(t, close, QUALIFIER_MODALS, 'written')) {
      return { at: i, predAt: close, actors: actorsOf(extendLast(doc, list, close)), forcedLead: false, silent: false, explicit: true };
    }
    close++;
  }
  if (t[close]?.raw !== ',' && t[close]?.raw !== ':') return null;
  if (close > list.to) list = extendLast(doc, list, close);
  let k = close + 1;
  k += longestMatch(t, k, TOPIC_LINKS, true)?.n ?? 0;
  const given = givenAt(doc, k, end) > 0;
  // "Đối với các tổ chức cung cấp dịch vụ chi trả: Căn cứ vào số lượng ... để xếp loại": how they are assessed.
  if (startsWith(t, k, CAN_CU) || (!given && !predicateAfterAdverb(doc, k, end))) return null;
  return { at: i, predAt: k, actors: actorsOf(list), forcedLead: false, silent: false, explicit: true };
}

/** Objects of an assignment trigger, followed by their predicate, ':' or the clause end. */
function objectsAt(doc: TaskDocument, i: number, end: number): BodyListParse | null {
  const t = doc.tokens;
  // "giao trách nhiệm cho các thành viên Ban Chỉ đạo, Lãnh đạo các sở, ngành liên quan thực hiện ...": leaders of a
  // group stand for it among the objects too.
  const read = parseBodyListAt(t, i) ?? groupLeadersAt(doc, i, end) ?? addressedPlaceAt(doc, i);
  const list = read && withLeadersOf(doc, read, end);
  if (!list || list.to > end) {
    // "đề nghị bộ, ngành, địa phương khẩn trương tổng hợp ...": kinds of bodies without "các", written with their
    // marks and followed by their duty.
    // Not the public ("yêu cầu tổ chức, cá nhân bổ sung hồ sơ"): "tổ chức" is a verb too, and people are no body.
    const bare = writtenKind(t, i) && !PUBLIC_WORDS.has(`${t[i]!.f} ${t[i + 1]?.f ?? ''}`) ? parseBodyListAt(t, i, { bareGeneric: true }) : null;
    return bare && bare.to <= end && predicateAt(doc, skipApposition(doc, bare.to, end), end) ? bare : null;
  }
  const k = skipApposition(doc, list.to, end);
  if (k >= end || t[k]!.raw === ':' || endsSentence(doc, k) || predicateAfterAdverb(doc, k, end) || requestedVerbAt(doc, k)) return list;
  const tailed = withPlaceTail(doc, list, end);
  return tailed !== list ? tailed : null;
}

/**
 * Verbs that are a duty only when someone is told to do them ("nếu có vướng mắc, yêu cầu các Sở, ... phản ánh kịp
 * thời về Sở Nông nghiệp và Môi trường"); said by a subject alone they are a feedback formula, no assignment.
 */
function requestedVerbAt(doc: TaskDocument, k: number): boolean {
  return exactPhraseAt(doc.tokens, k, REQUESTED_VERBS);
}


export function actorsOf(list: BodyListParse): Actor[] {
  return list.items.map((p) => ({ parse: p, name: p.raw }));
}

/** One phrase at `i` (short one-word phrases exactly). */
export function startsWith(tokens: readonly Token[], i: number, p: Phrase): boolean {
  return phraseAt(tokens, i, p, true) > 0;
}

function isGiao(p: Phrase): boolean {
  return p.words[0] === 'giao';
}

/** Exact (folded) phrase match: for function words, where OCR tolerance would confuse "trên" and "trong". */
/** "đề nghị <body>" written before the body's mention `p` (line breaks and case aside). */
function requestedBefore(doc: TaskDocument, p: BodyParse): boolean {
  const words = foldKeepLength(p.raw).toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return false;
  return new RegExp(`\\bde nghi\\s+${words.map(escapeRegExp).join('\\s+')}\\b`).test(doc.folded.slice(0, p.start).toLowerCase());
}

/** "để <bodies> biết, thực hiện" / "để <bodies> thực hiện": the bodies told of the document carry it out. */
function informedEvent(doc: TaskDocument, i: number, end: number): ClauseEvent | null {
  const t = doc.tokens;
  const parsed = parseBodyListAt(t, i);
  if (!parsed) return null;
  const list = toActFormula(doc, parsed, end);
  if (list.to >= end) return null;
  const next = `${t[list.to]?.f ?? ''} ${t[list.to + 1]?.f ?? ''}`;
  // "Đề nghị Thuế tỉnh Lào Cai ... Cục Thuế trả lời để Thuế tỉnh Lào Cai được biết./.": a reply closing on the office
  // it requested something of gives that office the guidance to carry out (annotators' reading of tax letters). Told
  // only "for information" (no request), or a company, a reader, "các đơn vị": no assignment.
  const toOffice = next === 'duoc biet' && list.items.every((p) => p.known && !p.group && requestedBefore(doc, p));
  if (!toOffice && !CLOSING_ACTS.test(next)) return null;
  return { at: i, predAt: list.to, actors: actorsOf(list), forcedLead: true, silent: false, explicit: false };
}
