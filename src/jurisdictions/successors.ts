/**
 * The 2025 merger of provinces (63 -> 34 units, Nghị quyết 202/2025/QH15; new governments from 1 July 2025)
 * as data (merger2025.json): which former provinces each new unit continues, so a question about a province
 * covers the documents of the provinces it continues, and a body of a former province resolves to its
 * successor from the merger date while keeping its own name and jurisdiction.
 */
import { foldForSearch } from '../text/fold';
import mergerData from './merger2025.json';

export interface MergedUnit {
  /** Name as jurisdictions write it ("Bắc Ninh"). */
  name: string;
  unit: 'tỉnh' | 'thành phố';
  /** Former units it continues, itself included when it kept its name. */
  continues: readonly string[];
}

/** The day the merged units' governments began. */
export const MERGER_DATE: string = mergerData.effectiveFrom;
export const MERGER_SOURCE: string = mergerData.source;
export const MERGED_UNITS: readonly MergedUnit[] = mergerData.units as MergedUnit[];

const fold = (s: string) => foldForSearch(s).replace(/[^a-z0-9]+/g, ' ').trim();
const BY_NAME = new Map(MERGED_UNITS.map((u) => [fold(u.name), u]));
const SUCCESSOR = new Map(MERGED_UNITS.flatMap((u) => u.continues.map((f) => [fold(f), u] as const)));

/** The unit a former (or current) province belongs to since the merger; null for "national" or unknown names. */
export function successorOf(jurisdiction: string): MergedUnit | null {
  return SUCCESSOR.get(fold(jurisdiction)) ?? null;
}

/**
 * Every jurisdiction a question about `jurisdiction` covers: the unit and the former provinces it continues
 * ("Bắc Ninh" -> Bắc Ninh, Bắc Giang). A former province alone ("Bắc Giang") covers only itself; any other
 * value (e.g. "national") is returned as given.
 */
export function jurisdictionsCovered(jurisdiction: string): string[] {
  const unit = BY_NAME.get(fold(jurisdiction));
  return unit ? [...new Set([unit.name, ...unit.continues])] : [jurisdiction];
}

/**
 * The jurisdiction a body of `jurisdiction` answers to on `asOf` (ISO date): its successor from the merger
 * date, itself before (or when it has none).
 */
export function jurisdictionOn(jurisdiction: string, asOf: string): string {
  if (asOf < MERGER_DATE) return jurisdiction;
  return successorOf(jurisdiction)?.name ?? jurisdiction;
}
