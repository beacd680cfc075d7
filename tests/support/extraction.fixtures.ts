/**
 * Small, realistic Extraction objects for graph tests that need exact control over what is ingested.
 * Every fixture lives in its own made-up province so parallel tests never touch each other's nodes.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { DocumentReference, Extraction } from '../../src/extract/types';

export function isolatedProvince(): string {
  return `Tỉnh Thử ${randomUUID().slice(0, 8)}`;
}

export function reference(partial: Partial<DocumentReference> & Pick<DocumentReference, 'key' | 'symbol'>): DocumentReference {
  return {
    kind: 'NGHI_QUYET',
    date: null,
    issuer: null,
    jurisdiction: 'national',
    title: null,
    relation: 'BASIS',
    evidence: `Căn cứ ${partial.symbol ?? ''}`,
    mentions: [
      {
        start: 10,
        end: 40,
        sectionPath: null,
        snippet: `Căn cứ ${partial.symbol ?? ''}`,
        relation: partial.relation ?? 'BASIS',
        claimedDate: partial.date ?? null,
        claimedIssuer: partial.issuer ?? null,
      },
    ],
    effects: [],
    confidence: 0.95,
    notes: null,
    ...partial,
  };
}

/** A provincial decision citing a national resolution and a local one, with two tasks for Sở Nội vụ. */
export function decisionExtraction(province: string, options: { symbol?: string; salt?: string; references?: DocumentReference[] } = {}): Extraction {
  const symbol = options.symbol ?? '2898/QĐ-UBND';
  const key = `${symbol}@${province}`;
  const bodyKey = `so noi vu@${province}`;
  const references = options.references ?? [
    reference({ key: '76/NQ-CP', symbol: '76/NQ-CP', issuer: 'Chính phủ', date: '2021-07-15' }),
    reference({
      key: `05-NQ/TU@${province}`,
      symbol: '05-NQ/TU',
      issuer: `Tỉnh ủy ${province}`,
      jurisdiction: province,
      date: '2021-04-09',
      title: 'về đẩy mạnh cải cách hành chính',
    }),
  ];
  return {
    file: `${symbol.replace(/\W/g, '_')}.txt`,
    contentHash: createHash('sha256').update(`${key}${options.salt ?? ''}`).digest('hex'),
    document: {
      kind: 'QUYET_DINH',
      symbol,
      date: '2025-07-23',
      place: province,
      issuer: `UBND ${province}`,
      jurisdiction: province,
      title: 'Về việc sửa đổi, bổ sung Kế hoạch cải cách hành chính năm 2025',
      signer: null,
      key,
      notes: null,
    },
    sections: [
      { path: 'IV', label: 'IV', heading: 'TỔ CHỨC THỰC HIỆN', level: 1, parentPath: null, ordinal: 0, start: 100, end: 400 },
      { path: 'IV.1', label: '1', heading: 'Sở Nội vụ', level: 2, parentPath: 'IV', ordinal: 0, start: 120, end: 400 },
    ],
    references,
    effect: { effectiveFrom: null, effectiveFromRule: null, effectiveUntil: null, evidence: null },
    bodies: [
      { key: bodyKey, name: 'Sở Nội vụ', jurisdiction: province, aliases: ['So Noi vu', 'Sở Nội vụ'], group: false, mentions: [{ start: 130, end: 139 }] },
    ],
    tasks: [
      {
        ordinal: 0,
        sectionPath: 'IV.1',
        text: 'Chủ trì hướng dẫn, theo dõi việc thực hiện Kế hoạch; báo cáo trước ngày 20/12/2025',
        start: 130,
        end: 220,
        deadline: { raw: 'trước ngày 20/12/2025', dueDate: '2025-12-20', period: null },
        targets: [{ raw: '100%', value: 100, unit: '%', comparator: '=', indicator: 'PAR_INDEX' }],
        indicators: ['PAR_INDEX'],
        carriesOut: [references[0]?.key ?? ''],
      },
      {
        ordinal: 1,
        sectionPath: 'IV.1',
        text: 'Phối hợp kiểm tra công tác cải cách hành chính',
        start: 220,
        end: 300,
        deadline: null,
        targets: [],
        indicators: [],
        carriesOut: [],
      },
    ],
    assignments: [
      { bodyKey, body: 'Sở Nội vụ', jurisdiction: province, role: 'LEAD', section: 'IV.1', duty: 'Chủ trì hướng dẫn', evidence: 'Sở Nội vụ chủ trì', start: 130, end: 150, taskOrdinal: 0 },
      { bodyKey, body: 'Sở Nội vụ', jurisdiction: province, role: 'COORDINATE', section: 'IV.1', duty: 'Phối hợp kiểm tra', evidence: 'phối hợp', start: 220, end: 240, taskOrdinal: 1 },
    ],
    warnings: [],
  };
}
