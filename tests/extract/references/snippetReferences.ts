import { extractReferences } from '../../../src/extract/references/extractReferences';
import { provinceByName } from '../../../src/extract/provinces';
import type { DocumentReference } from '../../../src/extract/types';
import { normalizeText } from '../../../src/text/fold';

/** References of a snippet cited from a document of `province` (null: a national office's letter or text). */
export function refsIn(snippet: string, province: string | null): DocumentReference[] {
  return extractReferences(normalizeText(snippet), {
    province: province ? provinceByName(province) : null,
    ownSymbols: [],
    ownTitle: null,
    sections: [],
  });
}
