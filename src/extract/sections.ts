// PLACEHOLDER: replaced by the structure extractor. Signature is the contract.
import type { Section } from './types';

/** The section tree of a document, flattened in text order. `text` is NFC (normalizeText). */
export function extractSections(text: string): Section[] {
  void text;
  return [];
}

/** Path of the innermost section containing `offset`, or null before the first section. */
export function sectionPathAt(sections: readonly Section[], offset: number): string | null {
  let best: Section | null = null;
  for (const s of sections) if (s.start <= offset && offset < s.end && (!best || s.level >= best.level)) best = s;
  return best?.path ?? null;
}
