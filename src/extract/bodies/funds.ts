/** The purpose and place of a fund after its head "Quỹ". */
import vocab from '../data/bodyVocabulary.json';
import { hasMarks } from '../folding';
import { exactLongestMatch, phrases, type Token } from '../vocabulary';
import { isStopAt } from './words';
import { localityAt } from './genericLists';

/**
 * The purpose and place of a fund after its head "Quỹ" (`fundNameAt`): plain words in one paragraph ("đầu tư phát triển",
 * "nhà ở", verbs included), the first may be capitalized ("Quỹ Đầu tư phát triển"), closed by the place the fund
 * serves: a level (`fundPlaces` in bodyVocabulary.json: "quốc gia", "địa phương"), a province or "Thành phố"
 * (`localityAt`). Without such a place no name is read here ("Quỹ được hình thành ...", "Quỹ tổ chức thực hiện").
 */
export function fundNameAt(tokens: readonly Token[], i: number): number {
  for (let k = i, words = 0; words <= FUND_PURPOSE_WORDS; k++, words++) {
    const t = tokens[k];
    // A wrapped line goes on with the name ("Quỹ Đầu tư phát triển" / "Thành phố"), a blank line does not.
    if (!t?.word || t.nl > 1) return 0;
    if (words > 0) {
      const place = exactLongestMatch(tokens, k, FUND_PLACES);
      if (place) return k + place.n - i;
      // The place written with its marks, as the head is ("Quỹ đạo vệ tinh" is an orbit, no fund of a "tỉnh").
      const loc = hasMarks(t.raw) ? localityAt(tokens, k, false) : 0;
      if (loc > 0) return k + loc - i;
    }
    if ((t.cap && words > 0) || t.f === 'va' || isStopAt(tokens, k)) return 0;
  }
  return 0;
}

/** Words of a fund's purpose at most, before its place ("phát triển đất", "hỗ trợ phát triển hợp tác xã"). */
const FUND_PURPOSE_WORDS = 6;

/** Levels a fund's name closes with besides a province or city ("quốc gia", "địa phương"). */
const FUND_PLACES = phrases(vocab.fundPlaces);
