/**
 * A small, realistic slice of the directive graph built from Extraction objects, for exact assertions on the
 * API's read queries. Everything lives in a made-up province, and the national documents get made-up
 * numbers, so parallel test files never see each other's nodes.
 *
 *   national   R  = <n>/NQ-CP (Chính phủ, 2021-07-15)          only cited
 *   provincial TU = 05-NQ/TU@P (Tỉnh ủy)                        only cited
 *              HD = 124/NQ-HĐND@P (HĐND)                       only cited; dated 2022-12-04 by PLAN, 2022-11-04 by REPORT
 *              PLAN   = 10/KH-UBND@P   cites R (BASIS), TU (BASIS), HD (BASIS)
 *              DEC    = 2898/QĐ-UBND@P cites PLAN (AMENDS), R (BASIS), TU (IMPLEMENTS, two mentions)
 *              REPORT = 55/BC-UBND@P   cites DEC (REFERENCES), HD (REFERENCES)
 *   DEC's tasks: 0 Sở Nội vụ LEAD (+ Sở Tài chính COORDINATE), due 2025-12-20, target PAR_INDEX, carries out R
 *                1 Sở Nội vụ COORDINATE and SUPERVISE (one body, two roles), period 2024 (past)
 *                2 Sở Tài chính LEAD, no deadline
 *   PLAN's task: 0 Sở Nội vụ LEAD, due 2030-06-30
 */
import { createHash, randomInt } from 'node:crypto';
import type { Assignment, Body, DocumentKind, DocumentReference, Extraction, Section, Task, DocumentEffectDates } from '../../src/extract/types';
import type { GraphClient } from '../../src/graph/driver';
import { ingestExtraction } from '../../src/graph/documentStore';
import { foldForSearch } from '../../src/text/fold';
import { isolatedProvince } from '../support/extraction.fixtures';

export function bodyKey(name: string, province: string): string {
  return `${foldForSearch(name)}@${province}`;
}

export function body(name: string, province: string): Body {
  return { key: bodyKey(name, province), name, jurisdiction: province, aliases: [name], group: false, mentions: [{ start: 0, end: name.length }] };
}

export function ref(
  r: Pick<DocumentReference, 'key' | 'symbol' | 'kind' | 'jurisdiction' | 'relation'> & Partial<DocumentReference>,
  mentions: { offset: number; section?: string | null; date?: string | null; relation?: DocumentReference['relation'] }[] = [{ offset: 40 }],
): DocumentReference {
  return {
    date: null,
    issuer: null,
    title: null,
    evidence: `Căn cứ ${r.symbol}`,
    confidence: 0.9,
    notes: null,
    effects: [],
    ...r,
    mentions: mentions.map((m, i) => ({
      start: m.offset,
      end: m.offset + 30,
      sectionPath: m.section ?? null,
      snippet: `${i === 0 ? 'Căn cứ' : 'thực hiện'} ${r.kind === 'NGHI_QUYET' ? 'Nghị quyết' : 'văn bản'} số ${r.symbol}${m.date ? ` ngày ${m.date}` : ''}`,
      relation: m.relation ?? r.relation,
      claimedDate: m.date === undefined ? (r.date ?? null) : m.date,
      claimedIssuer: r.issuer ?? null,
    })),
  };
}

export interface DocSpec {
  key: string;
  symbol: string | null;
  kind: DocumentKind;
  province: string;
  date: string | null;
  issuer: string;
  title: string;
  references?: DocumentReference[];
  effect?: DocumentEffectDates;
  sections?: Section[];
  tasks?: Task[];
  assignments?: Assignment[];
  bodies?: Body[];
}

export function extraction(spec: DocSpec): Extraction {
  return {
    file: `${spec.key.replace(/\W+/g, '_')}.txt`,
    contentHash: createHash('sha256').update(JSON.stringify(spec)).digest('hex'),
    document: {
      kind: spec.kind,
      symbol: spec.symbol,
      date: spec.date,
      place: spec.province,
      issuer: spec.issuer,
      jurisdiction: spec.province,
      title: spec.title,
      signer: null,
      key: spec.key,
      notes: null,
    },
    sections: spec.sections ?? [],
    references: spec.references ?? [],
    effect: spec.effect ?? { effectiveFrom: null, effectiveFromRule: null, effectiveUntil: null, evidence: null },
    bodies: spec.bodies ?? [],
    tasks: spec.tasks ?? [],
    assignments: spec.assignments ?? [],
    warnings: [],
  };
}

export function task(ordinal: number, sectionPath: string, text: string, extra: Partial<Task> = {}): Task {
  return { ordinal, sectionPath, text, start: 1000 + ordinal * 100, end: 1090 + ordinal * 100, deadline: null, targets: [], indicators: [], carriesOut: [], ...extra };
}

export function assign(b: Body, role: Assignment['role'], section: string, taskOrdinal: number, duty: string): Assignment {
  return {
    bodyKey: b.key,
    body: b.name,
    jurisdiction: b.jurisdiction,
    role,
    section,
    duty,
    evidence: `${b.name} ${role === 'LEAD' ? 'chủ trì' : role === 'COORDINATE' ? 'phối hợp' : 'giám sát'}`,
    start: 1000 + taskOrdinal * 100,
    end: 1020 + taskOrdinal * 100,
    taskOrdinal,
  };
}

export interface World {
  province: string;
  keys: { resolution: string; party: string; council: string; plan: string; decision: string; report: string };
  bodies: { home: string; finance: string };
}

/** A national resolution number nobody else uses. */
export function uniqueNationalNumber(): number {
  return randomInt(100_000, 999_999);
}

export async function buildWorld(graph: GraphClient): Promise<World> {
  const P = isolatedProvince();
  const n = uniqueNationalNumber();
  const keys = {
    resolution: `${n}/NQ-CP`,
    party: `05-NQ/TU@${P}`,
    council: `124/NQ-HĐND@${P}`,
    plan: `10/KH-UBND@${P}`,
    decision: `2898/QĐ-UBND@${P}`,
    report: `55/BC-UBND@${P}`,
  };
  const home = body('Sở Nội vụ', P);
  const finance = body('Sở Tài chính', P);
  const R = (relation: DocumentReference['relation'], mentions?: Parameters<typeof ref>[1]) =>
    ref({ key: keys.resolution, symbol: `${n}/NQ-CP`, kind: 'NGHI_QUYET', jurisdiction: 'national', relation, issuer: 'Chính phủ', date: '2021-07-15', title: 'về Chương trình tổng thể cải cách hành chính nhà nước' }, mentions);
  const TU = (relation: DocumentReference['relation'], mentions?: Parameters<typeof ref>[1]) =>
    ref({ key: keys.party, symbol: '05-NQ/TU', kind: 'NGHI_QUYET', jurisdiction: P, relation, issuer: `Tỉnh ủy ${P}`, date: '2021-04-09' }, mentions);
  const HD = (date: string, relation: DocumentReference['relation']) =>
    ref({ key: keys.council, symbol: '124/NQ-HĐND', kind: 'NGHI_QUYET', jurisdiction: P, relation, issuer: `HĐND ${P}`, date });

  const plan = extraction({
    key: keys.plan,
    symbol: '10/KH-UBND',
    kind: 'KE_HOACH',
    province: P,
    date: '2025-01-10',
    issuer: `UBND ${P}`,
    title: 'Kế hoạch cải cách hành chính năm 2025',
    references: [R('BASIS', [{ offset: 50 }]), TU('BASIS', [{ offset: 120 }]), HD('2022-12-04', 'BASIS')],
    sections: [{ path: 'III', label: 'III', heading: 'TỔ CHỨC THỰC HIỆN', level: 1, parentPath: null, ordinal: 0, start: 900, end: 2000 }],
    bodies: [home],
    tasks: [task(0, 'III', 'Chủ trì tổng hợp báo cáo cải cách hành chính năm 2025', { deadline: { raw: 'trước ngày 30/6/2030', dueDate: '2030-06-30', period: null } })],
    assignments: [assign(home, 'LEAD', 'III', 0, 'Tổng hợp báo cáo')],
  });

  const decision = extraction({
    key: keys.decision,
    symbol: '2898/QĐ-UBND',
    kind: 'QUYET_DINH',
    province: P,
    date: '2025-07-23',
    issuer: `UBND ${P}`,
    title: 'Về việc sửa đổi, bổ sung, cập nhật Kế hoạch cải cách hành chính năm 2025',
    references: [
      ref({ key: keys.plan, symbol: '10/KH-UBND', kind: 'KE_HOACH', jurisdiction: P, relation: 'AMENDS', date: '2025-01-10' }, [{ offset: 30 }]),
      R('BASIS', [{ offset: 60 }]),
      TU('IMPLEMENTS', [{ offset: 90 }, { offset: 1500, section: 'IV.1', relation: 'IMPLEMENTS' }]),
    ],
    sections: [
      { path: 'IV', label: 'IV', heading: 'TỔ CHỨC THỰC HIỆN', level: 1, parentPath: null, ordinal: 0, start: 900, end: 2000 },
      { path: 'IV.1', label: '1', heading: 'Sở Nội vụ', level: 2, parentPath: 'IV', ordinal: 0, start: 950, end: 1500 },
      { path: 'IV.2', label: '2', heading: 'Sở Tài chính', level: 2, parentPath: 'IV', ordinal: 1, start: 1500, end: 2000 },
    ],
    bodies: [home, finance],
    tasks: [
      task(0, 'IV.1', 'Chủ trì hướng dẫn, theo dõi việc thực hiện Kế hoạch cải cách hành chính; báo cáo trước ngày 20/12/2025', {
        deadline: { raw: 'trước ngày 20/12/2025', dueDate: '2025-12-20', period: null },
        targets: [{ raw: 'đạt 100%', value: 100, unit: '%', comparator: '=', indicator: 'PAR_INDEX' }],
        indicators: ['PAR_INDEX'],
        carriesOut: [keys.resolution],
      }),
      task(1, 'IV.1', 'Phối hợp kiểm tra công tác cải cách hành chính tại các địa phương', { deadline: { raw: 'trong năm 2024', dueDate: null, period: '2024' } }),
      task(2, 'IV.2', 'Chủ trì bố trí kinh phí thực hiện Kế hoạch'),
    ],
    assignments: [
      assign(home, 'LEAD', 'IV.1', 0, 'Hướng dẫn, theo dõi thực hiện'),
      assign(finance, 'COORDINATE', 'IV.1', 0, 'Phối hợp hướng dẫn'),
      assign(home, 'COORDINATE', 'IV.1', 1, 'Phối hợp kiểm tra'),
      // "phối hợp kiểm tra": coordinating the inspection, and inspecting; the task is still one of the body's tasks.
      assign(home, 'SUPERVISE', 'IV.1', 1, 'Kiểm tra'),
      assign(finance, 'LEAD', 'IV.2', 2, 'Bố trí kinh phí'),
    ],
  });

  const report = extraction({
    key: keys.report,
    symbol: '55/BC-UBND',
    kind: 'BAO_CAO',
    province: P,
    date: '2025-09-01',
    issuer: `UBND ${P}`,
    title: 'Báo cáo kết quả thực hiện Quyết định 2898',
    references: [
      ref({ key: keys.decision, symbol: '2898/QĐ-UBND', kind: 'QUYET_DINH', jurisdiction: P, relation: 'REFERENCES', date: '2025-07-23' }),
      HD('2022-11-04', 'REFERENCES'),
    ],
  });

  for (const e of [plan, decision, report]) await ingestExtraction(graph, e, e.file);
  return { province: P, keys, bodies: { home: home.key, finance: finance.key } };
}

/** Removes a world: every node of its province and its national resolution. */
export async function removeWorld(graph: GraphClient, world: World): Promise<void> {
  await graph.write(
    `MATCH (n) WHERE n.jurisdiction = $province OR n.documentKey ENDS WITH $suffix OR n.key = $national
     DETACH DELETE n`,
    { province: world.province, suffix: `@${world.province}`, national: world.keys.resolution },
  );
}
