/** The word sets and phrase lists of bodies' names, built from data/bodyVocabulary.json (the words stay there). */
import vocab from '../data/bodyVocabulary.json';
import { fold } from '../folding';
import { phrases, foldedPhrases } from '../vocabulary';

/** Kind words written lower-case inside a group's list. */
export const GENERIC_WORDS = new Set(vocab.kindWordsLowercasedInLists);

/** Local-government units that take a proper name ("thành phố Hạ Long", "huyện Vân Đồn"). */
export const LOCAL_UNITS = phrases(vocab.localUnits);
/** Committees whose name goes on with the field they steer after "về" ("Ban Chỉ đạo Nhà nước về Du lịch"). */
export const FIELD_NAMED_HEADS = phrases(vocab.fieldNamedHeads);
/** Kinds of mass organizations, one group when listed together. */
export const MASS_KINDS = new Set(foldedPhrases(vocab.massOrganizationKinds));
/** Levels a field's units of places are named by as a group ("các Thuế tỉnh, thành phố", "các Thuế cơ sở"). */
export const PLACE_ORG_LEVELS = vocab.placeOrgLevels.map((l) => l.split(' ')).sort((a, b) => b.length - a.length);
export const LOCALITY_GENERICS = new Set(vocab.localityGenerics);
/** "các cấp, các ngành" is one collective, unlike "các chủ đầu tư, các cơ quan quản lý". */
export const IDIOM_GENERICS = new Set(vocab.idiomGenerics);

export const OWNED_HEADS = new Set(vocab.ownedHeads);
/** Kinds a standing part may belong to unnamed ("Thường trực cấp ủy"), folded words each, longest first. */
export const GENERIC_OWNERS: readonly (readonly string[])[] = vocab.genericOwners.map((o) => o.split(' '));
/** The levels naming which of them ("cấp trên trực tiếp", "cơ sở"), folded words each, longest first. */
export const GENERIC_OWNER_LEVELS: readonly (readonly string[])[] = vocab.genericOwnerLevels.map((o) => o.split(' '));
/** Such levels whose folded form is another word ("cùng cấp", folded the verb "cung cấp"): written words each. */
export const GENERIC_OWNER_WRITTEN_LEVELS: readonly (readonly string[])[] = vocab.genericOwnerLevelsWritten.map((o) => o.normalize('NFC').split(' '));
/** Heads of departments and ministries, named by one known field ("Sở Nội vụ", "Bộ Y tế"): folded form -> display form. */
export const DEPARTMENT_HEADS: ReadonlyMap<string, string> = new Map(vocab.departmentHeads.map((h) => [fold(h), h] as const));
export const DEPARTMENT_HEAD_WORDS: readonly string[] = [...DEPARTMENT_HEADS.keys()];
/** Heads whose name is one known field, lower-case words after it being the sentence ("Sở", "Bộ", "Phòng"), folded. */
export const FIELD_CLOSED_HEADS = new Set(vocab.fieldClosedHeads.map((h) => fold(h)));
export const CHAINED_MODIFIERS = new Set(vocab.chainedModifiers);
/**
 * Kinds of a head and "ngành" ("Bộ ngành Trung ương"): a collective however the head is written, folded. They are
 * the generic nouns of two words ending in "ngành", so the list has one source.
 */
export const SECTOR_KINDS = new Set(foldedPhrases(vocab.genericNouns).filter((k) => /^\S+ nganh$/.test(k)));

/**
 * "Thường trực Hội đồng nhân dân, các Ban Hội đồng nhân dân, Tổ đại biểu Hội đồng nhân dân và đại biểu Hội đồng
 * nhân dân thành phố": the place written once after the last owner is every earlier same owner's.
 */
export const LOCAL_COUNCILS = new Set(vocab.localCouncils);
