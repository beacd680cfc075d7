/**
 * Public API of the extraction stage, for callers outside src/extract (graph, api, cli, bench).
 * Text in, typed result out: every function is pure and never throws on a string.
 */
export { extractDocument, type ExtractOptions } from './extractDocument';
export { extractIdentity, type IdentityResult } from './documentIdentity';
export { extractReferences, findSymbols, type ReferenceContext } from './references';
export { extractSections, sectionPathAt } from './sections';
export { extractTasks, type TaskContext, type TaskExtraction } from './tasks';
export {
  canonicalSymbol,
  documentKey,
  foldTitle,
  inferIssuer,
  isLocalSymbol,
  kindFromSymbol,
  parseSymbol,
  symbolMatchKey,
  type KeyParts,
  type ParsedSymbol,
} from './symbols';
export { findDates, isoDate, parseVietnameseDate, type DateMatch } from './dates';
export { PROVINCES, dominantProvince, findProvinces, provinceByName, type Province } from './provinces';
export { NATIONAL_BODIES, DEPARTMENTS, partyCommitteeName, type IssuerRef, type IssuerFamily } from './issuers';
export * from './types';
