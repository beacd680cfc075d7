/**
 * The clause vocabulary of task extraction, loaded from clauseWords.json (data, not code) as phrases the
 * OCR-tolerant matcher reads.
 */
import type { AssignmentRole } from '../types';
import { exactWordsAt, foldedPhrases, marksLost, phrases, type Phrase, type Token } from '../vocabulary';
import words from './clauseWords.json';
import vocab from '../data/bodyVocabulary.json';

const one = (p: string): Phrase => phrases([p])[0]!;

/** Words before the verb that do not decide the role ("chủ động phối hợp" is still "phối hợp"). */
export const ADVERBS = phrases(words.adverbs);
/** "thực hiện theo quy định (tại | của) <text>" as a whole predicate: a referral, no duty (roles.ts). */
export const REFERRAL_PREDICATES = phrases(words.referralPredicates);
export const REFERRAL_LINKS = phrases(words.referralLinks);
/** "theo chức năng, nhiệm vụ được phân công", "căn cứ chức năng, nhiệm vụ": a scope, not a verb. */
export const SCOPE_OPENERS = phrases(words.scopeOpeners);
/** Words inside such a scope that look like verbs: "được phân công", "được giao phụ trách". */
export const SCOPE_WORDS = phrases(words.scopeWords);
export const COORDINATE_VERB = one(words.coordinateVerb);
/** "với" between "phối hợp" (or "chủ trì cùng") and the partners it names, on its folded form. */
export const PARTNER_LINK = one(words.partnerLink);
/** Folded short words spelled like an OCR-damaged "với" that are words of their own ("và", "về", "việc"). */
export const PARTNER_LINK_LOOK_ALIKES: ReadonlySet<string> = new Set(foldedPhrases(words.partnerLinkLookAlikes));
/** "cùng" as written with its mark ("chủ trì cùng Bộ Xây dựng"; "cung cấp" is no "cùng"). */
export const JOINT_WORD = one(words.jointWord);
/** "chặt chẽ" in "phối hợp chặt chẽ với ...": adverbs between the verb and its partners' "với". */
export const COORDINATION_ADVERBS = phrases(words.coordinationAdverbs);

/**
 * Tokens of "với" at `i`: its folded form exactly, or, in a text that lost its marks (markLoss.ts), as OCR damages
 * it ("véi", "vdi"); 0 when there is none.
 */
export function partnerLinkAt(tokens: readonly Token[], i: number): number {
  if (exactWordsAt(tokens, i, PARTNER_LINK.words)) return PARTNER_LINK.words.length;
  const x = tokens[i];
  return x !== undefined && damagedPartnerLink(x) && marksLost(tokens) ? 1 : 0;
}

/** A lower-case "v" word of up to four letters that is no word of its own: OCR's "với" (vdi, v6i, vé1, véi). */
export function damagedPartnerLink(x: Token): boolean {
  return x.word && !x.cap && /^v[a-z0-9&@$]{1,3}$/.test(x.f) && !PARTNER_LINK_LOOK_ALIKES.has(x.f);
}

/** Whether "cùng" stands at `i` written with its mark (case aside). */
export function jointWordAt(tokens: readonly Token[], i: number): boolean {
  return exactWordsAt(tokens, i, JOINT_WORD.written, 'written');
}
/** "hướng dẫn" after "phối hợp,": the same partners coordinated with and guided (roles.ts). */
export const GUIDE_VERB = one(words.guideVerb);
/** "phối hợp văn phòng UBND tỉnh": a body's head in lower case names a partner, it is no damaged "với" (roles.ts). */
export const LOWER_CASE_PARTNERS = phrases(words.lowerCasePartners);
export const SUPERVISE_VERBS = phrases(words.superviseVerbs);
/** Supervising verbs only as written with their marks ("đôn đốc", "thanh tra"): see superviseVerbAt in roles.ts. */
export const WRITTEN_SUPERVISE_VERBS = phrases(words.writtenSuperviseVerbs);
/** Objects that make "giám sát" surveillance of a thing (disease, pollution, networks), not of someone's work. */
export const SURVEILLANCE_OBJECTS = phrases(words.surveillanceObjects);
/** Objects that make "giám sát / kiểm tra" oversight of implementation or compliance. */
export const COMPLIANCE_OBJECTS = phrases(words.complianceObjects);
/** Verbs that lead "công tác kiểm tra / giám sát" and so oversee ("lãnh đạo công tác kiểm tra việc chấp hành ..."). */
export const OVERSIGHT_LEADS = phrases(words.oversightLeads);
/** Words naming the implementation of a text: "giám sát việc thực hiện / thi hành" oversees it. */
export const IMPLEMENTATION_WORDS = phrases(words.implementationWords);
/** Words after which "giám sát" is a noun ("trong giám sát", "phục vụ giám sát", "hệ thống giám sát"). */
export const NOMINAL_BEFORE = phrases(words.nominalBefore);
export const LEAD_VERB = one(words.leadVerb);
/** "công tác": the noun of a field of work ("công tác kiểm tra"), see roles.ts. */
export const ACTIVITY_NOUN = one(words.activityNoun);
export const SERVING_WORD = one(words.servingWord);
/** "gồm", "bao gồm": a list of members follows ("Thường trực cấp ủy gồm bí thư, ..."), see document.ts. */
export const MEMBER_LIST_OPENERS = phrases(words.memberListOpeners);
/** "thực hiện việc giám sát": a light verb hands the role to the verb after it. */
export const LIGHT_VERBS = phrases(words.lightVerbs);
/**
 * Verbs of the genre that open a duty beyond the body vocabulary's predicate starts ("niêm yết", "lồng ghép",
 * "phổ biến", "nỗ lực", "phản ánh"): after a subject they are its predicate. Matched as written where the text
 * has its marks ("họp" is no "hợp", "cử" no "cũ"), so they never end a body's name, only start a duty.
 */
export const DUTY_VERBS = phrases(words.dutyVerbs);
/** "nơi" opening a relative clause of place after a body (placeRelative.ts). */
export const PLACE_RELATIVE = one(words.placeRelative);
/** Verbs that are a duty only after "yêu cầu / đề nghị / giao X" ("phản ánh", "phản hồi"): a feedback formula otherwise. */
export const REQUESTED_VERBS = phrases(words.requestedVerbs);
/** "Giao X ...", "Yêu cầu X ...", "Đề nghị X ...": X is assigned, the speaker is not. */
export const ASSIGN_TRIGGERS = phrases(words.assignTriggers);
export const APPROVALS_BEFORE_TRIGGER = phrases(words.approvalsBeforeTrigger);
export const CONTENT_OPENERS = phrases(words.contentOpeners);
/** Triggers that only encourage ("khuyến khích"): an assignment where they open a unit, not inside another's duty. */
export const ENCOURAGING_TRIGGERS: readonly Phrase[] = ASSIGN_TRIGGERS.filter((p) => words.encouragingTriggers.includes(p.display));
// An encouraging trigger is read only where an assign trigger is: one missing from assignTriggers would do nothing.
for (const w of words.encouragingTriggers) {
  if (!ASSIGN_TRIGGERS.some((p) => p.display === w)) throw new Error(`clauseWords.json: encouragingTriggers entry "${w}" is not in assignTriggers; add it there too.`);
}
export const DIRECT_TRIGGER = one(words.directTrigger);
/** "đôn đốc X <verb>": X is pressed to act and carries the duty (LEAD), as with "chỉ đạo X <verb>". */
export const PRESSING_TRIGGER = one(words.pressingTrigger);
/** "chỉ đạo, đôn đốc X", "chỉ đạo, hướng dẫn X": a second verb of direction before the directed bodies. */
export const CO_DIRECTING = phrases(words.coDirecting);
/** "tham mưu (cho)", "giúp": the subject advises or helps the body named next, who is the one to act. */
export const ADVISING_VERBS = phrases(words.advisingVerbs);
/** The issuing body speaking about itself ("Hội đồng nhân dân tỉnh thống nhất với ..."). */
export const DECLARATIVES = phrases(words.declaratives);
export const CAN_CU = one(words.canCu);
/** Clause openers that front an adverbial before the subject: "Để ..., các cấp cần ...". */
export const FRONTED = phrases(words.fronted);
/** Folded words after "de" that make it "Đề" ("Đề nghị", "Đề án"), not a fronted "Để". */
export const DE_NOUNS: ReadonlySet<string> = new Set(foldedPhrases(words.deNouns));
/** A period fronted before a clause's subject ("Định kỳ 06 tháng", "Hằng năm,") and the units after "định kỳ". */
export const PERIOD_OPENERS = phrases(words.periodOpeners);
export const PERIOD_UNITS = phrases(words.periodUnits);
export const PERIOD_WITH_LENGTH = phrases(words.periodWithLength);
export const PERIOD_TIMES = phrases(words.periodTimes);
/** After a comma inside a sentence, a subject is only believed before one of these. */
export const STRONG_PREDICATES = phrases(words.strongPredicates);
/** "Cơ quan chủ trì:", "Đơn vị phối hợp thực hiện:": labelled responsibility columns or fields. */
export const ROLE_LABELS: readonly (readonly [Phrase, AssignmentRole])[] = (['LEAD', 'COORDINATE', 'SUPERVISE'] as const).flatMap((role) =>
  phrases(words.roleLabels[role]).map((p) => [p, role] as const),
);
/** "6. Đề nghị Ủy ban MTTQ tỉnh", "Trách nhiệm của ...": words before the bodies a heading names. */
export const TITLE_TRIGGERS = phrases(words.titleTriggers);
/** Words opening where bodies are ("từ Hà Tĩnh đến Khánh Hòa", "trên địa bàn tỉnh"): a qualifier of their name. */
export const PLACE_OPENERS = phrases(words.placeOpeners);
/** Kinds of bodies a qualifier may name ("các tổ chức cung cấp dịch vụ chi trả"): see qualifiedKinds.ts. */
export const QUALIFIED_KINDS = phrases(words.qualifiedKinds);
export const PROJECT_PARTIES = phrases(words.projectParties);
/** Verbs that end such a qualifier after a few plain words: the clause's duty starts there. */
export const QUALIFIER_ENDS = phrases(words.qualifierEnds);
/** Words only a predicate opens ("phải", "chủ động"): they end a qualifier wherever they come. */
export const QUALIFIER_MODALS = phrases(words.qualifierModals);
/** Words after a kind that always qualify it ("đơn vị cung cấp dịch vụ ..."): see qualifiedKinds.ts. */
export const SERVICE_QUALIFIERS = phrases(words.serviceQualifiers);
/** "nêu tại", "quy định tại": a reference to the text closing an announced subject, no part of its name. */
export const TEXT_REFERENCES = phrases(words.textReferences);
/** "sau đây", "như sau": between a responsibility and the colon announcing its points (qualifiedKinds.ts). */
export const RESPONSIBILITY_LIST_ENDS = phrases(words.responsibilityListEnds);
/** "tổ chức" the verb, spelled as the kind: see qualifiedKinds.ts, organizesAt. */
export const ORGANIZE_VERB = one(words.organizeVerb);
/** Prepositions a kind's qualifier may hold: where it belongs ("thuộc phạm vi quản lý", "trên địa bàn", "tại Điều 2") (folded). */
export const KIND_PLACE_WORDS: ReadonlySet<string> = new Set(words.foldedWords.kindPlaceWords);
/** "Đối với X, (thì) <duty>": a topic naming who the duty is for, and its link (clauses.ts, topicSubject). */
export const TOPIC_OPENERS = phrases(words.topicOpeners);
export const TOPIC_LINKS = phrases(words.topicLinks);
/** "nếu", "trường hợp", "khi" opening a condition on "khó khăn", "vướng mắc" (clauses.ts, difficultyBefore). */
export const DIFFICULTY_OPENERS = phrases(words.difficultyOpeners);
export const DIFFICULTIES = phrases(words.difficulties);
/** A need to amend the text, read like a difficulty after a condition ("nếu cần sửa đổi, bổ sung"). */
export const AMENDMENT_NEEDS = phrases(words.amendmentNeeds);
/** A first verb finding a problem to report back ("phát hiện những vấn đề chưa phù hợp"). */
export const PROBLEMS_FOUND = phrases(words.problemsFound);
/** "phản ánh", "báo cáo": reporting such a difficulty back, asked or not, assigns nothing (clauses.ts). */
export const DIFFICULTY_REPORTS = phrases(words.difficultyReports);
/** "...; kịp thời báo cáo ..." closing a supervising duty: the body reports, so it also leads (roles.ts). */
export const OVERSIGHT_REPORTS = phrases(words.oversightReports);
/** "xử lý" right after a supervising verb, of "vi phạm" a few words on: an inspection that handles what it finds (roles.ts). */
export const VIOLATION_HANDLING = phrases(words.violationHandling);
export const VIOLATIONS = phrases(words.violations);
/** "có trách nhiệm", "chịu trách nhiệm": the predicate of a subject however it is qualified. */
export const RESPONSIBILITY_PREDICATES = phrases(words.responsibilityPredicates);
/** "Cơ quan Thường trực", "công tác": an apposition's nouns, not its predicate. */
export const APPOSITION_WORDS = phrases(words.appositionWords);

/** Headings of parts that assess the past rather than set duties (folded, lower case). */
export const ASSESSMENT_HEADING = new RegExp(`^(${foldedPhrases(words.assessmentHeadings).join('|')})`);
/** Articles that define a text's scope or words ("Điều 2. Đối tượng áp dụng"): they list who is concerned, assign nothing. */
export const DEFINITION_HEADINGS: readonly string[] = foldedPhrases(words.definitionHeadings);
/** "đối tượng": a heading that is this noun and its qualifiers names the subjects of a scheme ("Đối tượng thi đua"); folded words. */
export const SUBJECTS_HEADING: readonly string[] = foldedPhrases([words.subjectsHeading])[0]!.split(' ');
/** Words joining another topic to that noun ("và"), folded: such a heading is no subjects heading. */
export const SUBJECTS_HEADING_JOINS: readonly string[] = foldedPhrases(words.subjectsHeadingJoins);
/** Headings of parts whose sub-headings name the bodies responsible (folded, lower case). */
export const RESPONSIBILITY_HEADING = new RegExp(`(${foldedPhrases(words.responsibilityHeadings).join('|')})`);
/** Words that make a paragraph ask for action, and words that announce the list it opens (announcements.ts); folded. */
export const ANNOUNCEMENT_MODALS: readonly string[] = foldedPhrases(words.announcementModals);
export const ANNOUNCEMENT_LIST_WORDS: readonly string[] = foldedPhrases(words.announcementListWords);
/** Words of a paragraph that gives others duties (blocks.ts); folded. */
export const ASSIGNING_WORDS: readonly string[] = foldedPhrases(words.assigningWords);
/** Prepositions opening the place or field that completes a group subject ("các đơn vị thuộc ngành y tế"); folded. */
export const COMPLEMENT_OPENERS: ReadonlySet<string> = new Set(foldedPhrases(words.complementOpeners));
/** Prepositions of place a kind's qualifier may hold ("trên địa bàn"); folded. */
export const RUN_ON_PLACE_WORDS: ReadonlySet<string> = new Set(foldedPhrases(words.runOnPlaceWords));
/** How a heading naming a person's title or a kind of person opens (headings.ts); folded. */
export const INDIVIDUAL_HEADINGS: readonly string[] = foldedPhrases(words.individualHeadings);

/** What a closing article makes its bodies do with the text ("chịu trách nhiệm thi hành / tổ chức thực hiện ..."). */
export const EXECUTION_DUTIES = phrases(words.executionDuties);
/** The text itself, named before "này" in a closing article ("Quyết định này", "Thông tư này"). */
export const EXECUTED_DOCUMENTS = phrases(words.executedDocuments);

/**
 * A closing that tells its addressees to act, "biết và thực hiện" / "biết, thực hiện" (folded): announcements.ts
 * reads the closing with it, informedName.ts where the last addressee's name ends.
 */
export const ACT_FORMULA = {
  informed: foldedPhrases([words.actFormula.informed])[0]!,
  joiners: words.actFormula.joiners.map((w) => (w === ',' ? w : foldedPhrases([w])[0]!)),
  act: foldedPhrases([words.actFormula.act])[0]!.split(' '),
} as const;

/** "trả lời để" right before the office a reply letter answers (repliedOffice.ts). */
export const REPLY_CLOSING = one(words.replyClosing);

/** Folded forms of a list, to compare with token runs. */
const foldedForms = (list: string[]): Set<string> => new Set(foldedPhrases(list));
/**
 * The public, not bodies: a later "đôn đốc" whose object opens with them ("đôn đốc các tổ chức, cá nhân ... tuân
 * thủ") presses no body. The first two words of each of `publicKinds` (the one list of the public, also read by
 * nonBodies.ts), compared with the object's first two.
 */
export const PUBLIC_WORDS: ReadonlySet<string> = new Set(vocab.publicKinds.map((k) => k.split(' ').slice(0, 2).join(' ')));
/** Words after "," or "và" in a closing article's list that open another party ("và các đối tượng", "và ông (bà)"). */
export const OTHER_PARTIES = foldedForms(words.otherParties);
/** Openings of the heading of an article that delegates powers ("Phân cấp thẩm quyền ...", "Ủy quyền ..."). */
export const DELEGATION_HEADINGS = [...foldedForms(words.delegationHeadings)];
/**
 * What a body is in a plan after "là" ("là cơ quan đầu mối", "là đơn vị chủ trì", "là đầu mối"), not what it is in
 * general ("là đơn vị sự nghiệp công lập", "là cơ quan nhà nước" describe the body and give it no duty).
 */
export const ROLE_NOUNS = phrases(words.roleNouns);
/** What a body is, said right after its name: legal status, founding, funding, working rules, members (bodyDefinitions.ts). */
export const BODY_DEFINITIONS = phrases(words.bodyDefinitions);
/** "là" as written: a name then "là" says what the body is (bodyDefinitions.ts). */
export const DEFINITION_COPULA = one(words.definitionCopula);
/** What a subject may be given after "được" ("được giao", "được phân cấp"): each phrase's folded words. */
export const GIVEN_DUTIES: readonly (readonly string[])[] = phrases(words.givenDuties).map((p) => p.words);
/** "Vụ thuộc bộ", "Cục của Tổng cục": after a head word, words that describe a kind of unit rather than name one (folded). */
export const DESCRIBING_LINKS: ReadonlySet<string> = new Set(words.foldedWords.describingLinks);
/** "được", "có", "bị" right after a kind: a passive or a verb qualifies it ("Cá nhân được giao ..."), no name word (clauses.ts). */
export const KIND_QUALIFIER_STARTS: ReadonlySet<string> = new Set(words.foldedWords.kindQualifierStarts);
/** "biết", "thực hiện" after the bodies a reply's closing names: what they are told to do (clauses.ts), folded. */
export const CLOSING_ACTS = new RegExp(`^(${foldedPhrases(words.closingActs).join('|')})\\b`);
/** "... có trách nhiệm" closing a heading that names a body: its predicate, no part of the name (headings.ts). */
export const HEADING_DUTY_CLOSERS: readonly (readonly string[])[] = phrases(words.headingDutyClosers).map((p) => p.words);
/** Words of a part's title ("Tổ chức thực hiện", "Nhiệm vụ và giải pháp") after a heading's head word (folded). */
export const PART_TITLE_WORDS = new RegExp(`\\b(${foldedPhrases(words.partTitleWords).join('|')})\\b`);
/** Words before "gồm / có / là" a unit ending in ":" introduces members or a definition, not duties (folded). */
export const LISTING_WORDS = new Set(words.foldedWords.listingWords);
/** Words before "chỉ đạo" that make it a noun: "sự chỉ đạo", "theo chỉ đạo", "công tác chỉ đạo", "việc chỉ đạo" (folded). */
export const NOMINAL_DIRECTION = new Set(words.foldedWords.nominalDirection);
/** Words before "yêu cầu" that make it a noun ("theo yêu cầu", "các yêu cầu", "có yêu cầu") (folded). */
export const NOMINAL_REQUEST = new Set(words.foldedWords.nominalRequest);
/** Words that make "trong ..." a time or an activity, not a place: "trong việc", "trong quá trình", "trong khi" (folded). */
export const NOT_PLACES = new Set(words.foldedWords.notPlaces);
/** Kinds that are verbs too ("tổ chức", "lực lượng" aside): after "phối hợp" they are read as verbs. */
export const AMBIGUOUS_KINDS = foldedForms(words.ambiguousKinds);
/** Triggers after which the heading's words name whose duties the section lists ("Trách nhiệm của ..."). */
const OWNER_TRIGGER_PHRASES = phrases(words.ownerTriggers);

/**
 * Tokens of an owner trigger ("Trách nhiệm của", "Nhiệm vụ của") written as such at `i`, or 0: not through OCR
 * tolerance ("Trách nhiệm cụ thể" is no "Trách nhiệm của"). Headings and points opening with it name their owner.
 */
export function ownerTriggerAt(tokens: readonly Token[], i: number): number {
  return OWNER_TRIGGER_PHRASES.find((p) => exactWordsAt(tokens, i, p.words))?.words.length ?? 0;
}
/** Kinds of state units whose "Trách nhiệm của ..." heading may run long (headings.ts, ownerOfDuties). */
export const LONG_OWNER_KINDS = phrases(words.longOwnerKinds);
/** Words an owner heading names its owner in at most: after a long kind, and after any other (measured, clauseWords.json). */
export const OWNER_HEADING_WORDS: Readonly<{ long: number; short: number }> = words.ownerHeadingWords;
/** A deadline written between a subject and its duty ("Giao X trước ngày 15 tháng 11 năm 2025 kiểm tra ..."). */
export const DEADLINE_OPENERS = phrases(words.deadlineOpeners);
/** Words of the date such a deadline names, besides numbers and separators (folded). */
export const DATE_WORDS = new Set(words.foldedWords.dateWords);
/** "tới", "đến" after a group "có liên quan": what it is concerned with follows (clauses.ts, skipRelatedTo) (folded). */
export const RELATED_TO: ReadonlySet<string> = new Set(words.foldedWords.relatedTo);
/**
 * Words before a supervision verb that make it a noun or someone else's supervision: "tự kiểm tra", "chịu sự giám
 * sát", "sau thanh tra", "công tác kiểm tra", the passive "được / bị theo dõi" (roles.ts, scanRoles) (folded).
 */
export const NOMINAL_SUPERVISION: ReadonlySet<string> = new Set(words.foldedWords.nominalSupervision);
/**
 * Words before "phối hợp" that make it a noun: "hiệu quả phối hợp", "sự phối hợp", "quy chế phối hợp", "công tác
 * phối hợp", "chương trình phối hợp", "kế hoạch phối hợp" (roles.ts, scanRoles) (folded).
 */
export const NOMINAL_COORDINATION: ReadonlySet<string> = new Set(words.foldedWords.nominalCoordination);
