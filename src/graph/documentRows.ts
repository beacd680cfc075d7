/**
 * Extraction -> the parameter rows of the ingestion statements. Pure, so the shape of what reaches Neo4j
 * is tested without a server. Neo4j properties hold no maps, so mentions become parallel lists.
 */
import { createHash } from 'node:crypto';
import { foldForSearch } from '../text/fold';
import type { Extraction } from '../extract/types';
import { resolveBody } from '../extract/bodies';
import { canonicalSymbol } from '../extract/symbols';
import { dueByFromText } from './taskTracker';
import type { DisplayRestoration } from '../restore/displayTexts';

type Props = Record<string, string | number | boolean | string[] | number[] | null>;

export interface DocumentRow {
  key: string;
  props: Props;
}
export interface BodyRow {
  key: string;
  name: string;
  nameFolded: string;
  jurisdiction: string;
  aliases: string[];
  group: boolean;
}
export interface SectionRow {
  key: string;
  parentKey: string | null;
  props: Props;
}
export interface TaskRow {
  key: string;
  sectionKey: string | null;
  props: Props;
}
export interface AssignmentRow {
  taskKey: string;
  bodyKey: string;
  role: string;
  props: Props;
}
export interface TargetRow {
  key: string;
  taskKey: string;
  indicator: string | null;
  props: Props;
}
export interface TaskIndicatorRow {
  taskKey: string;
  code: string;
}
export interface CitationRow {
  /** The citing document. */
  documentKey: string;
  key: string;
  /** Properties the cited node gets when it is only known from this citation. */
  cited: Props;
  edge: Props;
}
/** What the ingested document does to a cited one (REPLACES, REPEALS, ...): an AFFECTS edge. */
export interface EffectRow {
  /** The acting (citing) document. */
  documentKey: string;
  /** The affected (cited) document. */
  key: string;
  props: Props;
}
export interface MentionRow {
  documentKey: string;
  bodyKey: string;
}
export interface CarriesOutRow {
  taskKey: string;
  documentKey: string;
}

export interface IngestRows {
  document: DocumentRow;
  issuer: BodyRow | null;
  bodies: BodyRow[];
  sections: SectionRow[];
  tasks: TaskRow[];
  assignments: AssignmentRow[];
  targets: TargetRow[];
  taskIndicators: TaskIndicatorRow[];
  citations: CitationRow[];
  effects: EffectRow[];
  carriesOut: CarriesOutRow[];
  /** Every body the document names, assigned or not. */
  mentions: MentionRow[];
}

/** Display names of indicator codes (nodes are keyed on the code). */
export const INDICATOR_NAMES: Record<string, string> = {
  PCI: 'Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)',
  PAR_INDEX: 'Chỉ số cải cách hành chính (PAR Index)',
  SIPAS: 'Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)',
  PAPI: 'Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI)',
  GRDP: 'Tổng sản phẩm trên địa bàn (GRDP)',
  ICT_INDEX: 'Chỉ số sẵn sàng ứng dụng CNTT (ICT Index)',
  DTI: 'Chỉ số chuyển đổi số (DTI)',
};

export function sectionKey(documentKey: string, path: string): string {
  return `${documentKey}#${path}`;
}
export function taskKey(documentKey: string, ordinal: number): string {
  return `${documentKey}#task${ordinal}`;
}

/** The folded copy the document filters match on (indexed), null when the value is unknown. */
export function foldedOrNull(value: string | null): string | null {
  return value === null ? null : foldForSearch(value);
}

/**
 * Canonical symbol folded for tolerant lookup: standard form (so "0125/KH-UBND" as printed and "125/KH-UBND"
 * as cited look up alike), no diacritics, no spaces, lower case.
 */
export function symbolFolded(symbol: string | null): string | null {
  return symbol === null ? null : foldForSearch(canonicalSymbol(symbol) ?? symbol).replace(/\s+/g, '');
}

/** Where a document's text came from: the file's format and the sha256 of its original bytes. */
export interface DocumentSourceInfo {
  format: string;
  hash: string;
  restoration?: DisplayRestoration | null;
}

/** `titleRestored`, `titleRestoredShare`, `titleRestoredFolded` (or `text...`): null when nothing was restored. */
function restoredProps(field: 'title' | 'text', restored: { text: string; changedShare: number } | null): Props {
  return {
    [`${field}Restored`]: restored?.text ?? null,
    [`${field}RestoredShare`]: restored?.changedShare ?? null,
    [`${field}RestoredFolded`]: restored ? foldForSearch(restored.text) : null,
  };
}

export function buildIngestRows(extraction: Extraction, sourceFile: string | null, source: DocumentSourceInfo | null = null): IngestRows {
  const doc = extraction.document;
  const docKey = doc.key;
  const sectionKeys = new Set(extraction.sections.map((s) => s.path));
  // A path can repeat (a decision and its attached plan both number from I): later ones get a suffix.
  const seenPaths = new Map<string, number>();
  const uniquePath = (path: string): string => {
    const n = (seenPaths.get(path) ?? 0) + 1;
    seenPaths.set(path, n);
    return n === 1 ? path : `${path}~${n}`;
  };

  const tasks: TaskRow[] = extraction.tasks.map((t) => ({
    key: taskKey(docKey, t.ordinal),
    sectionKey: sectionKeys.has(t.sectionPath) ? sectionKey(docKey, t.sectionPath) : null,
    props: {
      key: taskKey(docKey, t.ordinal),
      documentKey: docKey,
      ordinal: t.ordinal,
      sectionPath: t.sectionPath,
      text: t.text,
      textFolded: foldForSearch(t.text),
      ...restoredProps('text', source?.restoration?.tasks[t.ordinal] ?? null),
      start: t.start,
      end: t.end,
      deadlineRaw: t.deadline?.raw ?? null,
      dueDate: t.deadline?.dueDate ?? null,
      period: t.deadline?.period ?? null,
      dueBy: dueByFromText({ dueDate: t.deadline?.dueDate ?? null, period: t.deadline?.period ?? null }),
    },
  }));

  // An assignment outside any task still states a duty: it becomes a task of its own so that
  // "what is this body responsible for" sees it.
  let nextOrdinal = extraction.tasks.reduce((m, t) => Math.max(m, t.ordinal + 1), 0);
  const syntheticTaskBySection = new Map<string, string>();
  const assignments: AssignmentRow[] = [];
  for (const a of extraction.assignments) {
    let tKey: string;
    if (a.taskOrdinal !== null && extraction.tasks.some((t) => t.ordinal === a.taskOrdinal)) {
      tKey = taskKey(docKey, a.taskOrdinal);
    } else {
      const existing = syntheticTaskBySection.get(`${a.section}\u0000${a.duty}`);
      if (existing) tKey = existing;
      else {
        const ordinal = nextOrdinal++;
        tKey = taskKey(docKey, ordinal);
        syntheticTaskBySection.set(`${a.section}\u0000${a.duty}`, tKey);
        tasks.push({
          key: tKey,
          sectionKey: sectionKeys.has(a.section) ? sectionKey(docKey, a.section) : null,
          props: {
            key: tKey,
            documentKey: docKey,
            ordinal,
            sectionPath: a.section,
            text: a.duty,
            textFolded: foldForSearch(a.duty),
            start: a.start,
            end: a.end,
            deadlineRaw: null,
            dueDate: null,
            period: null,
            dueBy: null,
          },
        });
      }
    }
    assignments.push({
      taskKey: tKey,
      bodyKey: a.bodyKey,
      role: a.role,
      props: { role: a.role, evidence: a.evidence, section: a.section, start: a.start, end: a.end, official: a.official ?? null },
    });
  }

  const targets: TargetRow[] = [];
  const taskIndicators: TaskIndicatorRow[] = [];
  const carriesOut: CarriesOutRow[] = [];
  const citedKeys = new Set(extraction.references.map((r) => r.key));
  for (const t of extraction.tasks) {
    const tKey = taskKey(docKey, t.ordinal);
    t.targets.forEach((g, i) =>
      targets.push({
        key: `${tKey}#target${i}`,
        taskKey: tKey,
        indicator: g.indicator,
        props: {
          key: `${tKey}#target${i}`,
          documentKey: docKey,
          ordinal: i,
          raw: g.raw,
          value: g.value,
          unit: g.unit,
          comparator: g.comparator,
        },
      }),
    );
    for (const code of new Set(t.indicators)) taskIndicators.push({ taskKey: tKey, code });
    for (const key of new Set(t.carriesOut)) {
      if (key !== docKey && citedKeys.has(key)) carriesOut.push({ taskKey: tKey, documentKey: key });
    }
  }

  const citations: CitationRow[] = extraction.references
    .filter((r) => r.key !== docKey)
    .map((r) => ({
      documentKey: docKey,
      key: r.key,
      cited: {
        kind: r.kind,
        symbol: r.symbol,
        symbolFolded: symbolFolded(r.symbol),
        jurisdiction: r.jurisdiction,
        jurisdictionFolded: foldedOrNull(r.jurisdiction),
        date: r.date,
        issuer: r.issuer,
        issuerFolded: foldedOrNull(r.issuer),
        title: r.title,
        titleFolded: r.title === null ? null : foldForSearch(r.title),
      },
      edge: {
        relation: r.relation,
        claimedDate: r.date,
        claimedIssuer: r.issuer,
        claimedTitle: r.title,
        confidence: r.confidence,
        evidence: r.evidence,
        mentionOffsets: r.mentions.map((m) => m.start),
        mentionEnds: r.mentions.map((m) => m.end),
        mentionSections: r.mentions.map((m) => m.sectionPath ?? ''),
        mentionSnippets: r.mentions.map((m) => m.snippet),
        mentionRelations: r.mentions.map((m) => m.relation),
        mentionDates: r.mentions.map((m) => m.claimedDate ?? ''),
      },
    }));

  // The day an act takes effect is the acting document's own date of effect, else its date of issue.
  const actsOn = extraction.effect.effectiveFrom ?? doc.date;
  const effects: EffectRow[] = extraction.references
    .filter((r) => r.key !== docKey)
    .flatMap((r) =>
      r.effects.map((e) => ({
        documentKey: docKey,
        key: r.key,
        props: {
          kind: e.kind,
          part: e.part,
          whole: e.whole,
          effectiveOn: actsOn,
          evidence: e.evidence,
          start: e.start,
          end: e.end,
          section: e.sectionPath,
        },
      })),
    );

  const bodies: BodyRow[] = extraction.bodies.map((b) => ({
    key: b.key,
    name: b.name,
    nameFolded: foldForSearch(b.name),
    jurisdiction: b.jurisdiction,
    aliases: [...new Set(b.aliases)],
    group: b.group,
  }));

  // The issuer resolves like any body the text names, so "UBND tỉnh Quảng Ninh" in the header and
  // "Ủy ban nhân dân tỉnh" in the text are one node.
  const issuerBody = doc.issuer && doc.jurisdiction ? resolveBody(doc.issuer, doc.jurisdiction) : null;
  const issuer: BodyRow | null =
    doc.issuer && issuerBody
      ? {
          key: issuerBody.key,
          name: bodies.find((b) => b.key === issuerBody.key)?.name ?? issuerBody.name,
          nameFolded: foldForSearch(bodies.find((b) => b.key === issuerBody.key)?.name ?? issuerBody.name),
          jurisdiction: issuerBody.jurisdiction,
          aliases: [doc.issuer],
          group: false,
        }
      : null;

  return {
    document: {
      key: docKey,
      props: {
        key: docKey,
        kind: doc.kind,
        symbol: doc.symbol,
        symbolFolded: symbolFolded(doc.symbol),
        jurisdiction: doc.jurisdiction,
        jurisdictionFolded: foldedOrNull(doc.jurisdiction),
        date: doc.date,
        place: doc.place,
        issuer: doc.issuer,
        issuerFolded: foldedOrNull(doc.issuer),
        title: doc.title,
        titleFolded: doc.title === null ? null : foldForSearch(doc.title),
        ...restoredProps('title', source?.restoration?.title ?? null),
        restorationModel: source?.restoration?.model ?? null,
        signer: doc.signer,
        notes: doc.notes,
        sourceFile,
        sourceFormat: source?.format ?? null,
        sourceHash: source?.hash ?? null,
        contentHash: extraction.contentHash,
        effectiveFrom: extraction.effect.effectiveFrom,
        effectiveFromRule: extraction.effect.effectiveFromRule,
        effectiveUntil: extraction.effect.effectiveUntil,
        effectEvidence: extraction.effect.evidence,
        warnings: extraction.warnings.map((w) => `${w.code}: ${w.message}`),
      },
    },
    issuer,
    bodies,
    sections: extraction.sections.map((s) => {
      const key = sectionKey(docKey, uniquePath(s.path));
      return {
      key,
      parentKey: s.parentPath !== null && sectionKeys.has(s.parentPath) ? sectionKey(docKey, s.parentPath) : null,
      props: {
        key,
        documentKey: docKey,
        path: s.path,
        label: s.label,
        heading: s.heading,
        level: s.level,
        ordinal: s.ordinal,
        start: s.start,
        end: s.end,
      },
    };
    }),
    tasks,
    assignments,
    targets,
    taskIndicators,
    citations,
    effects,
    carriesOut,
    mentions: bodies.map((b) => ({ documentKey: docKey, bodyKey: b.key })),
  };
}

/** Document properties that say which file and ingestion a text came from, not what extraction read in it. */
const SOURCE_PROPS = new Set(['sourceFile', 'sourceFormat', 'sourceHash', 'sourcePath', 'textLength', 'version', 'extractionHash']);

/**
 * A fingerprint of what extraction read in a text: every row a document writes, without where its file came
 * from. The same text read by the same rules gives the same hash; when the rules change what they read, the
 * hash changes, and ingesting the same file again rewrites the document's reading (REEXTRACTED).
 */
export function extractionHashOf(rows: IngestRows): string {
  const document = Object.fromEntries(Object.entries(rows.document.props).filter(([name]) => !SOURCE_PROPS.has(name)));
  return createHash('sha256')
    .update(JSON.stringify({ ...rows, document: { key: rows.document.key, props: document } }))
    .digest('hex');
}
