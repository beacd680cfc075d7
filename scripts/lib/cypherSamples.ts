/**
 * A value of the kind the product passes for every parameter of the registry's statements (cypher/queries), and
 * the bounds for their `{{NAME}}` placeholders: what EXPLAIN needs to plan each statement. Read by the registry's
 * test (every statement plans) and by scripts/indexUse.ts (which index each statement's plan reads).
 */
import neo4j from 'neo4j-driver';
import type { Bounds } from '../../src/graph/cypherRegistry';

export const SAMPLE_PARAMETERS: Record<string, unknown> = {
  keys: ['2898/QĐ-UBND@Quảng Ninh'],
  key: '2898/QĐ-UBND@Quảng Ninh',
  documentKey: '2898/QĐ-UBND@Quảng Ninh',
  documentKeys: ['76/NQ-CP'],
  fromKey: '2898/QĐ-UBND@Quảng Ninh',
  toKey: '76/NQ-CP',
  taskKey: '2898/QĐ-UBND@Quảng Ninh#task0',
  bodyKey: 'so noi vu@Quảng Ninh',
  bodyKeys: ['so noi vu@Quảng Ninh'],
  relations: ['BASIS', 'IMPLEMENTS'],
  skip: 0,
  end: 20,
  maxPaths: 50,
  maxCitations: 50,
  role: 'LEAD',
  status: 'DONE',
  note: 'Đã hoàn thành',
  name: 'Sở Nội vụ',
  nameFolded: 'so noi vu',
  jurisdictionFolded: 'quang ninh',
  issuerFolded: 'ubnd tinh',
  symbolsFolded: ['2898/qd-ubnd'],
  kind: 'QUYET_DINH',
  ingested: true,
  group: false,
  dueBefore: '2030-12-31',
  dueAfter: '2025-01-01',
  dateFrom: '2020-01-01',
  dateTo: '2025-12-31',
  descending: false,
  orderField: 'DATE',
  words: ['kinh', 'phi'],
  unnarrowed: true,
  labels: ['Document', 'Task'],
  query: 'kinh* AND phi*',
  version: 1,
  checksum: 'sha256:0',
  indicatorNames: { PAR_INDEX: 'Chỉ số cải cách hành chính' },
  // Rows written in batches: one representative row each is not needed to plan, an empty batch is.
  rows: [],
  docs: [],
  sections: [],
  tasks: [],
  versions: [],
  bodies: [],
  citations: [],
  assignments: [],
  targets: [],
  effects: [],
  jurisdiction: 'Quảng Ninh',
  jurisdictionsFolded: ['quang ninh'],
  asOf: '2025-07-01',
  inForceOn: '2025-07-01',
  today: '2025-12-01',
  from: '2898/QĐ-UBND@Quảng Ninh',
  to: 'tinh uy@Quảng Ninh',
  prefixes: ['2898/'],
  limit: neo4j.int(20),
  withAssignments: true,
  withEvidence: true,
  withDetails: true,
  withDocument: true,
  bodyQuery: 'so* AND noi* AND vu*',
  indexLimit: neo4j.int(101),
  depths: [neo4j.int(21), neo4j.int(210), null],
  countCap: neo4j.int(100),
  dueBy: '2025-12-31',
  at: '2025-11-01T00:00:00Z',
  by: 'editor:0123456789ab',
  reason: 'Gia hạn theo đề nghị',
  cell: 'OVERDUE',
  dueMonth: '2025-12',
  completedAt: '2025-11-01',
};

/** Bounds for `{{NAME}}` placeholders (validated integers in the product) and `{{#if NAME}}` switches. */
export const SAMPLE_BOUNDS = { maxDepth: 3, downstreamDepth: 2, upstream: true };

/** SAMPLE_BOUNDS with each switch both ways: every text a statement can take, to plan each. */
export const SAMPLE_BOUND_VARIANTS: Bounds[] = Object.entries(SAMPLE_BOUNDS)
  .filter(([, value]) => typeof value === 'boolean')
  .reduce<Bounds[]>((variants, [key]) => variants.flatMap((v) => [{ ...v, [key]: true }, { ...v, [key]: false }]), [SAMPLE_BOUNDS]);

/** The parameters a statement's text names, each with its sample value; the names with none are `missing`. */
export function sampleParametersOf(statement: string): { parameters: Record<string, unknown>; missing: string[] } {
  const wanted = [...new Set([...statement.matchAll(/\$(\w+)/g)].map((m) => m[1]!))];
  return {
    parameters: Object.fromEntries(wanted.filter((p) => p in SAMPLE_PARAMETERS).map((p) => [p, SAMPLE_PARAMETERS[p]])),
    missing: wanted.filter((p) => !(p in SAMPLE_PARAMETERS)),
  };
}
