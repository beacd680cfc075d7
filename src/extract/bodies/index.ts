/**
 * Responsible bodies: recognizing a body's name in running (often OCR-damaged) text, and resolving every
 * spelling of it to one canonical node per real body within its jurisdiction.
 *
 * Recognition reads a noun phrase from a known head: "Sở" + a name ("Sở Nội vụ", "S& Ndi vu"), a complete
 * body ("Ủy ban nhân dân tỉnh", "UBND tỉnh", "Tỉnh ủy"), a group ("các sở, ban, ngành", "các cơ quan, đơn vị
 * có liên quan"), optionally after a title ("Giám đốc Sở Nội vụ", "Chủ tịch UBND các xã, phường, đặc khu").
 * The phrase ends where a predicate starts ("chủ trì", "phối hợp", ...), at a preposition, or at punctuation.
 *
 * Resolution restores diacritics word by word from the vocabulary, expands abbreviations (UBND, HĐND, MTTQ,
 * TU), and builds the key from the folded name without what does not change the body: the head's title
 * (Giám đốc, Thủ trưởng), "các", the province name, an apposition ("Sở Nội vụ - Cơ quan Thường trực ...").
 * The node's name drops the head's title; `written` keeps it ("Giám đốc Sở Nội vụ") and `official` is the title,
 * which an assignment keeps apart from its body (tasks/output.ts).
 */
export { type BodyParse, type ParseOptions, type BodyListParse } from './bodyParse';
export { functionWordAt, isCac, isPredicateAt, mayStartPredicate, writtenLevelAt } from './words';
export { PROVINCES } from './localities';
export { opensWithPersonName } from './persons';
export { parseBodyAt, parseBodyAtUnfiltered } from './parse';
export { parseBodyListAt, nameRunsOverDash, membersRunOverBullet } from './lists';
export { canonicalName } from './names';
export { UNKNOWN_JURISDICTION, bodyJurisdiction } from './jurisdiction';
export { type ResolvedBody, resolveBody, officialsBody, sameBody } from './resolve';
export { findBodyMentions, bodyMentionLists } from './mentions';
export { committeeFieldAt } from './committeeFields';
export { unknownNameTailAt } from './nameTail';
