/**
 * The small Vietnamese vocabularies the structure extractors share (body words, predicate verbs, stop
 * words), loaded from data/bodyVocabulary.json, and the matching layer they are read with (re-exported
 * from ./matching for the modules that import it from here).
 */
import VOCAB from './data/bodyVocabulary.json';
import { foldedPhrases, phrases, type Token } from './matching';

export * from './matching';

// ---------------------------------------------------------------------------------------------------------
// Vocabularies. Display forms carry the diacritics restored in canonical names.

/** Titles of the person heading a body: "Giám đốc Sở Nội vụ" is Sở Nội vụ acting through its head. */
export const HEAD_TITLES = phrases(VOCAB.headTitles);

/** Titles kept in the body name: the office is a distinct actor ("Chủ tịch UBND tỉnh" vs "UBND tỉnh"). */
export const OFFICE_TITLES = phrases(VOCAB.officeTitles);

/** Bodies complete in themselves (may still take a locality: "Ủy ban nhân dân tỉnh Quảng Ninh"). */
export const COMPLETE_ORGS = phrases(VOCAB.completeOrgs);

/** Heads that need a name or an owner after them ("Sở" Nội vụ, "Ban" Tuyên giáo Tỉnh ủy, "Thường trực" HĐND). */
export const NAMED_HEADS = phrases(VOCAB.namedHeads);

/** Heads that are only a part of another body and mean nothing alone ("Thường trực", "các Ban"). */
export const PART_HEADS = new Set<string>(VOCAB.partHeads);

/** Names and name words of bodies (departments, Party committees, mass organizations). */
export const NAME_WORDS = phrases(VOCAB.nameWords);

/** Words restored with diacritics in canonical names only; they never extend a name while reading. */
export const DISPLAY_WORDS = phrases(VOCAB.displayWords);

/** Common nouns naming a kind of body; after "các" they make a group ("các sở, ban, ngành"). */
export const GENERIC_NOUNS = phrases(VOCAB.genericNouns);
/** Kinds named as collectives of their own, never merged with the kinds listed beside them ("tổ chức chính trị - xã hội"). */
export const STANDALONE_GROUP_KINDS = new Set<string>(foldedPhrases(VOCAB.standaloneGroupKinds));

/** The sector of each kind of body a list of kinds may not cross (state agencies, enterprises), folded. */
export const GROUP_SECTORS: { kind: string; sector: 'state' | 'enterprise' }[] = (['state', 'enterprise'] as const)
  .flatMap((sector) => phrases(VOCAB.groupSectors[sector]).map((p) => ({ kind: p.words.join(' '), sector })))
  .sort((a, b) => b.kind.length - a.kind.length);

/** What may follow a group's nouns and still belong to the group's name. */
export const GROUP_MODIFIERS = phrases(VOCAB.groupModifiers);

/** Abbreviations of body words, expanded in canonical names. Keys are folded. */
export const ABBREVIATIONS: Record<string, string> = VOCAB.abbreviations;

/** Abbreviations that stand for a complete body at the start of a name. */
export const ORG_ABBREVIATIONS = new Set<string>(VOCAB.orgAbbreviations);

/** Words that end a body name: prepositions and conjunctions that start a complement. */
export const STOP_WORDS = new Set<string>(VOCAB.stopWords);
/** Lower-case words that never continue a body's name ("Bộ trưởng Bộ Công Thương có thẩm quyền"), as written. */
export const NAME_ENDERS = phrases(VOCAB.nameEnders);
/** Heads whose name may be written in lower case ("Ban Chỉ đạo phòng thủ dân sự quốc gia"). */
export const LOWER_NAME_HEADS = phrases(VOCAB.lowerNameHeads);
/** Heads that are common words too ("Phòng" / "phong cách", "phòng chuyên môn"): a head only capitalized and written with their marks. */
export const CAPITAL_HEADS = phrases(VOCAB.capitalHeads);
/** Provincial units named by their field and place since 2025 ("Thuế tỉnh Đắk Lắk", "Thuế Đồng Nai"): a body only with the place. */
export const PLACE_ORGS = phrases(VOCAB.placeOrgs);
/** Words a body's name stops at besides the function words: "thuộc", "trực" (of "trực thuộc"). Folded. */
export const NAME_STOP_WORDS = new Set<string>(VOCAB.nameStopWords);
/** How each stop word is written with its marks (lower case), keyed by its folded form. */
export const STOP_WORD_SPELLINGS: Readonly<Record<string, readonly string[]>> = VOCAB.stopWordSpellings;
for (const w of [...STOP_WORDS, ...NAME_STOP_WORDS]) {
  if (!STOP_WORD_SPELLINGS[w]?.length) throw new Error(`bodyVocabulary.json: stop word "${w}" has no spelling under "stopWordSpellings"; add how it is written there.`);
}

/** Words and phrases that start a predicate: what a body is told to do. Folded. */
export const PREDICATE_STARTS = phrases(VOCAB.predicateStarts);
/** Local levels below the district that a commune-level collective lists ("xã, phường"). Folded. */
export const COMMUNE_LEVELS = new Set<string>(foldedPhrases(VOCAB.communeLevels));
/** Nouns holding a word that alone is a verb ("công trình", "giao thông"): folded words. */
const VERB_NOUNS: readonly (readonly string[])[] = foldedPhrases(VOCAB.verbNouns).map((p) => p.split(' '));

/** Every word of those nouns: a token spelled otherwise is in none of them (asked at each predicate check of a name). */
const VERB_NOUN_WORDS: ReadonlySet<string> = new Set(VERB_NOUNS.flat());

/** Token `k` is a word of a noun that alone is a verb ("trình" of "công trình", "giao" of "giao thông"): no verb. */
export function verbNounAt(tokens: readonly Token[], k: number): boolean {
  if (!VERB_NOUN_WORDS.has(tokens[k]?.f ?? '')) return false;
  for (const noun of VERB_NOUNS) {
    for (let at = 0; at < noun.length; at++) if (nounStartsAt(tokens, k - at, noun)) return true;
  }
  return false;
}

function nounStartsAt(tokens: readonly Token[], from: number, noun: readonly string[]): boolean {
  for (let j = 0; j < noun.length; j++) if (tokens[from + j]?.f !== noun[j]) return false;
  return true;
}
/** Duty verbs that end a capitalized name rather than continue it ("Sở X chủ trì ..."). Folded. */
export const DUTIES_NOT_IN_NAMES = new Set<string>(foldedPhrases(VOCAB.dutiesNotInNames));
/** Kinds a document names alone for any body of the kind ("Sở", "Ngân hàng"): no short form of one body. Folded. */
export const KINDS_ALONE = new Set<string>(foldedPhrases(VOCAB.kindsAlone));
/** Kinds that address anyone concerned ('tổ chức', 'cá nhân'): a list of kinds holding one is one group. */
export const ANYONE_KINDS: readonly string[] = foldedPhrases(VOCAB.anyoneKinds);
/** Levels and places: a fuller name that only adds one ("... cấp tỉnh") is another body. Folded. */
export const LEVELS_AND_PLACES: readonly string[] = foldedPhrases(VOCAB.levelsAndPlaces);
/** The words a province-level place is named by ("tỉnh", "thành phố"); bare after a body's name, the text's own place. Folded. */
export const PROVINCE_PLACE_WORDS: readonly string[] = foldedPhrases(VOCAB.provincePlaceWords);

