/**
 * "Is this unnumbered document the numbered one others cite?" A document whose text lost its header has
 * no symbol; when kind, jurisdiction, issuer, date and title agree with a cited document we record a
 * MAY_BE edge with a confidence and the evidence, and never merge the two silently.
 */
import { foldForSearch } from '../text/fold';

export interface IdentityFacts {
  title: string | null;
  issuer: string | null;
  date: string | null;
}

export interface IdentityScore {
  confidence: number;
  evidence: string;
}

/** Minimum confidence for a MAY_BE edge. Title agreement alone cannot reach it. */
export const IDENTITY_THRESHOLD = 0.7;

const STOP_WORDS = new Set(['ve', 'viec', 'va', 'cua', 'cac', 'nam', 'den', 'giai', 'doan', 'dinh', 'huong']);

function titleWords(title: string): Set<string> {
  return new Set(
    foldForSearch(title)
      .replace(/[^a-z0-9 ]+/g, ' ')
      .split(' ')
      .filter((w) => w.length > 1 && !STOP_WORDS.has(w)),
  );
}

/** Share of the shorter title's words found in the longer one (titles are often quoted in part). */
export function titleOverlap(a: string, b: string): number {
  const wa = titleWords(a);
  const wb = titleWords(b);
  const [small, large] = wa.size <= wb.size ? [wa, wb] : [wb, wa];
  if (small.size < 3) return 0;
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return shared / small.size;
}

export function scoreIdentity(unnumbered: IdentityFacts, numbered: IdentityFacts): IdentityScore | null {
  if (!unnumbered.title || !numbered.title) return null;
  const title = titleOverlap(unnumbered.title, numbered.title);
  if (title < 0.75) return null;
  const evidence = [`title overlap ${title.toFixed(2)}`];
  let confidence = 0.5 * title;

  if (unnumbered.date && numbered.date) {
    if (unnumbered.date !== numbered.date) return null;
    confidence += 0.25;
    evidence.push(`same date ${numbered.date}`);
  } else {
    confidence += 0.1;
    evidence.push('date not known on both sides');
  }
  if (unnumbered.issuer && numbered.issuer) {
    if (foldForSearch(unnumbered.issuer) !== foldForSearch(numbered.issuer)) return null;
    confidence += 0.25;
    evidence.push(`same issuer ${numbered.issuer}`);
  } else {
    confidence += 0.1;
    evidence.push('issuer not known on both sides');
  }
  confidence = Math.round(confidence * 100) / 100;
  return confidence >= IDENTITY_THRESHOLD ? { confidence, evidence: evidence.join('; ') } : null;
}
