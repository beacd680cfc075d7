/**
 * What the generator planted in each document, so benchmarks and tests can measure extraction recall on
 * synthetic data. Keys follow the graph's scheme (national symbol, `symbol@Province` for local documents,
 * `folded body name@jurisdiction` for bodies).
 */
import type { DamageProfile } from './damage';
import type { Family, Level, Relation } from './plan';

export const MANIFEST_FORMAT = 'directive-graph-synthetic-corpus/1';

export type Role = 'LEAD' | 'COORDINATE' | 'SUPERVISE';

export interface ManifestCitation {
  key: string;
  symbol: string;
  kind: string;
  issuer: string;
  jurisdiction: string;
  date: string;
  /** Strongest relation over the mentions: BASIS > PROPOSAL > AMENDS > IMPLEMENTS > REFERENCES. */
  relation: Relation;
  mentions: number;
  places: string[];
  /** Damage applied to at least one mention: `code` (QĐ->0D), `space`, `split`, `digits`, `so` (số->s6). */
  damage: string[];
  /** Dates as written by the mentions; differs from `date` when a wrong date was planted (a conflict). */
  claimedDates: string[];
  /** True when the cited document is itself in the corpus. */
  inCorpus: boolean;
}

export interface ManifestAssignment {
  body: string;
  bodyKey: string;
  jurisdiction: string;
  role: Role;
  group: boolean;
}

export interface ManifestDeadline {
  raw: string;
  dueDate: string | null;
  period: string | null;
}

export interface ManifestTarget {
  raw: string;
  value: number;
  unit: string;
  comparator: string;
}

export interface ManifestTask {
  section: string;
  /** The task as written before OCR damage. */
  text: string;
  deadline: ManifestDeadline | null;
  targets: ManifestTarget[];
  indicators: string[];
  assignments: ManifestAssignment[];
  /** Keys of documents the task directs to carry out. */
  carriesOut: string[];
}

export interface ManifestSection {
  path: string;
  parentPath: string | null;
  label: string;
  heading: string | null;
  level: number;
}

export interface ManifestDocument {
  file: string;
  key: string;
  kind: string;
  symbol: string;
  date: string;
  place: string;
  issuer: string;
  jurisdiction: string;
  level: Level;
  family: Family;
  title: string;
  signer: string | null;
  /** The OCR lost the header: the text carries no symbol or date of its own. */
  headerMissing: boolean;
  damage: DamageProfile;
  bytes: number;
  citations: ManifestCitation[];
  /** Laws cited without a number ("Luật Tổ chức chính quyền địa phương ..."). */
  lawsCited: string[];
  sections: ManifestSection[];
  tasks: ManifestTask[];
}

export interface ManifestCitedDocument {
  key: string;
  symbol: string;
  kind: string;
  issuer: string;
  jurisdiction: string;
  date: string;
  citedBy: number;
}

export interface ManifestStats {
  documents: number;
  national: number;
  provinces: number;
  citations: number;
  citedOnlyDocuments: number;
  tasks: number;
  assignments: number;
  bytes: number;
  /** Out-degree of generated documents: mean and max. */
  fanOutMean: number;
  fanOutMax: number;
  /** Most-cited documents: key and in-degree. */
  topCited: { key: string; citedBy: number }[];
  /** Local symbols that exist in more than one province (same symbol, different documents). */
  symbolsSharedAcrossProvinces: number;
  damage: Record<string, number>;
}

export interface CorpusManifest {
  format: typeof MANIFEST_FORMAT;
  seed: string;
  docs: number;
  stats: ManifestStats;
  documents: ManifestDocument[];
  citedOnly: ManifestCitedDocument[];
}
