/**
 * A manifest entry as the `Extraction` a perfect extractor would return, so the bulk path can load the 100k
 * graph from planted truth through the product's own row builder (src/graph/documentRows.ts) without
 * spending hours in extraction. Offsets are 0: the planted truth has no spans.
 */
import { createHash } from 'node:crypto';
import type { Assignment, Body, DocumentKind, DocumentReference, Extraction, Section, Task } from '../../src/extract/types';
import type { ManifestDocument } from './manifest';

export function manifestAsExtraction(m: ManifestDocument): Extraction {
  const references: DocumentReference[] = m.citations.map((c) => ({
    key: c.key,
    kind: c.kind as DocumentKind,
    symbol: c.symbol,
    date: c.claimedDates[0] ?? c.date,
    issuer: c.issuer,
    jurisdiction: c.jurisdiction,
    title: null,
    relation: c.relation,
    evidence: c.symbol,
    effects: [],
    mentions: Array.from({ length: c.mentions }, () => ({
      start: 0,
      end: 0,
      sectionPath: null,
      snippet: c.symbol,
      relation: c.relation,
      claimedDate: c.claimedDates[0] ?? c.date,
      claimedIssuer: c.issuer,
    })),
    confidence: 1,
    notes: null,
  }));
  const sections: Section[] = m.sections.map((s, i) => ({
    path: s.path,
    label: s.label,
    heading: s.heading,
    level: s.level,
    parentPath: s.parentPath,
    ordinal: i,
    start: 0,
    end: 0,
  }));
  const bodies = new Map<string, Body>();
  const tasks: Task[] = [];
  const assignments: Assignment[] = [];
  m.tasks.forEach((t, ordinal) => {
    tasks.push({
      ordinal,
      sectionPath: t.section,
      text: t.text,
      deadline: t.deadline,
      targets: t.targets.map((g) => ({ raw: g.raw, value: g.value, unit: g.unit, comparator: g.comparator, indicator: null })),
      indicators: t.indicators,
      carriesOut: t.carriesOut,
      start: 0,
      end: 0,
    });
    for (const a of t.assignments) {
      if (!bodies.has(a.bodyKey)) {
        bodies.set(a.bodyKey, { key: a.bodyKey, name: a.body, jurisdiction: a.jurisdiction, aliases: [a.body], group: a.group, mentions: [] });
      }
      assignments.push({
        bodyKey: a.bodyKey,
        body: a.body,
        jurisdiction: a.jurisdiction,
        role: a.role,
        section: t.section,
        duty: t.text.slice(0, 120),
        evidence: t.text.slice(0, 120),
        taskOrdinal: ordinal,
        start: 0,
        end: 0,
      });
    }
  });
  return {
    file: m.file,
    contentHash: createHash('sha256').update(`${m.key}\0${m.file}`).digest('hex'),
    document: {
      kind: m.kind as DocumentKind,
      symbol: m.symbol,
      date: m.date,
      place: m.place,
      issuer: m.issuer,
      jurisdiction: m.jurisdiction,
      title: m.title,
      signer: m.signer,
      key: m.key,
      notes: null,
    },
    sections,
    references,
    effect: { effectiveFrom: null, effectiveFromRule: null, effectiveUntil: null, evidence: null },
    bodies: [...bodies.values()],
    tasks,
    assignments,
    warnings: [],
  };
}
