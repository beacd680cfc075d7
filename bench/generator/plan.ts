/**
 * The document universe behind a synthetic corpus: which documents exist (generated as files, or only known
 * because others cite them), who issued them, when, and what cites what.
 *
 * Shape, as in the samples: national documents at the top, each province's party and People's Council
 * resolutions below them, the People's Committee's decisions, plans and directives below those, and
 * department plans at the bottom. Citations only point to earlier documents, so the graph is a DAG. A few
 * national documents are cited by a large share of all documents (Zipf-like fan-in); a provincial decision
 * cites 5-15 others (fan-out). Local numbering restarts per province, so `05-NQ/TU` exists in many provinces.
 */
import { Rng } from './prng';
import {
  ALL_PROVINCES,
  DEPARTMENTS,
  FAMOUS_NATIONAL,
  NATIONAL_SERIES,
  TOPICS,
  departmentBody,
  pad2,
  partyCommittee,
  unitName,
  type Department,
  type NationalSeriesInfo,
  type ProvinceInfo,
} from './vocab';

export type Relation = 'BASIS' | 'PROPOSAL' | 'AMENDS' | 'IMPLEMENTS' | 'REFERENCES';
export const RELATION_STRENGTH: Record<Relation, number> = { BASIS: 5, PROPOSAL: 4, AMENDS: 3, IMPLEMENTS: 2, REFERENCES: 1 };

/** 0 national, 1 party committee / People's Council, 2 People's Committee, 3 department; 4 = a Tờ trình. */
export type Level = 0 | 1 | 2 | 3 | 4;

/** The issuing family decides header, symbol and wording. */
export type Family = 'NATIONAL' | 'TU' | 'BTV' | 'HDND' | 'UBND' | 'DEPT' | 'TTR';

export interface PlannedCitation {
  /** Index of the cited document in `CorpusPlan.docs`. */
  target: number;
  relation: Relation;
  /** Where the mentions go: the Căn cứ block, the proposal line, the title, the body. */
  places: ('basis' | 'proposal' | 'title' | 'body')[];
}

export interface PlannedDoc {
  index: number;
  key: string;
  kind: string;
  symbol: string;
  number: number;
  /** `NQ-CP`, `QĐ-UBND`, `NQ/TU`, `KH-SNV`, ... */
  series: string;
  date: string;
  /** Canonical issuer (tests/fixtures/gold/SCHEMA.md). */
  issuer: string;
  jurisdiction: string;
  province: ProvinceInfo | null;
  department: Department | null;
  family: Family;
  level: Level;
  topic: string;
  /** Title as written after the kind line, starting "Về"/"về" (or a proper title for national documents). */
  title: string;
  /** True when the corpus contains this document's text. */
  generated: boolean;
  /** File name when generated. */
  file: string | null;
  citations: PlannedCitation[];
  /** Relative popularity as a citation target. */
  weight: number;
}

export interface CorpusPlan {
  seed: string;
  docs: PlannedDoc[];
  /** Indices of generated documents in file order. */
  files: number[];
  provinces: ProvinceInfo[];
}

export interface PlanOptions {
  docs: number;
  seed: string | number;
}

const YEAR_MIN = 2019;
const YEAR_MAX = 2025;

export function isoDate(y: number, m: number, d: number): string {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function randomDate(rng: Rng, fromYear: number, toYear: number, lastMonth = 12): string {
  const y = rng.int(fromYear, toYear);
  const m = rng.int(1, y === toYear ? lastMonth : 12);
  return isoDate(y, m, rng.int(1, 28));
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

/** Splits `total` over `weights` with the largest-remainder method (sums exactly to `total`). */
function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const raw = weights.map((w) => (total * w) / sum);
  const out = raw.map(Math.floor);
  let rest = total - out.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; rest > 0; k = (k + 1) % order.length, rest--) out[order[k]![1]]! += 1;
  return out;
}

interface LocalSeries {
  series: string;
  family: Family;
  kind: string;
  level: Level;
  /** First number of a year and the step between consecutive documents. */
  start: [number, number];
  step: [number, number];
}

const TU_SERIES: readonly (LocalSeries & { share: number })[] = [
  { series: 'NQ/TU', family: 'TU', kind: 'NGHI_QUYET', level: 1, start: [1, 4], step: [1, 3], share: 45 },
  { series: 'CT/TU', family: 'BTV', kind: 'CHI_THI', level: 1, start: [1, 6], step: [1, 4], share: 20 },
  { series: 'KL/TU', family: 'BTV', kind: 'KET_LUAN', level: 1, start: [1, 40], step: [2, 12], share: 15 },
  { series: 'CTr/TU', family: 'TU', kind: 'CHUONG_TRINH', level: 1, start: [1, 20], step: [1, 6], share: 20 },
];
const HDND_SERIES: LocalSeries = { series: 'NQ-HĐND', family: 'HDND', kind: 'NGHI_QUYET', level: 1, start: [1, 30], step: [1, 9] };
const UBND_SERIES: readonly (LocalSeries & { share: number })[] = [
  { series: 'QĐ-UBND', family: 'UBND', kind: 'QUYET_DINH', level: 2, start: [1, 200], step: [8, 60], share: 50 },
  { series: 'KH-UBND', family: 'UBND', kind: 'KE_HOACH', level: 2, start: [1, 20], step: [1, 8], share: 35 },
  { series: 'CT-UBND', family: 'UBND', kind: 'CHI_THI', level: 2, start: [1, 4], step: [1, 3], share: 15 },
];

function localSymbol(series: string, n: number): string {
  // Party documents use the hyphen form (`05-NQ/TU`), state documents the slash form (`2898/QĐ-UBND`).
  return series.endsWith('/TU') ? `${pad2(n)}-${series}` : `${pad2(n)}/${series}`;
}

export function provincialIssuer(family: Family, p: ProvinceInfo, dept: Department | null): string {
  switch (family) {
    case 'TU':
      return partyCommittee(p);
    case 'BTV':
      return `Ban Thường vụ ${partyCommittee(p)}`;
    case 'HDND':
      return `HĐND ${unitName(p)}`;
    case 'UBND':
      return `UBND ${unitName(p)}`;
    case 'DEPT':
    case 'TTR':
      return dept ? `${departmentBody(dept)} ${unitName(p)}` : `UBND ${unitName(p)}`;
    case 'NATIONAL':
      throw new Error('national documents have no provincial issuer');
  }
}

/** Weighted sample without replacement (Efraimidis-Spirakis keys); for one-off draws over small lists. */
function weightedSample(rng: Rng, candidates: readonly PlannedDoc[], k: number): PlannedDoc[] {
  if (k <= 0 || candidates.length === 0) return [];
  const keyed = candidates.map((d) => ({ d, key: Math.pow(rng.next(), 1 / Math.max(1e-9, d.weight)) }));
  keyed.sort((a, b) => b.key - a.key);
  return keyed.slice(0, k).map((x) => x.d);
}

/**
 * Documents sorted by date with prefix sums of their weights, so "k documents dated before D, by weight"
 * costs O(k log n) (a 100k corpus draws a million citations).
 */
class Timeline {
  private readonly docs: PlannedDoc[];
  private readonly cumulative: number[];

  constructor(docs: readonly PlannedDoc[], boost: (d: PlannedDoc) => number = () => 1) {
    this.docs = [...docs].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.index - b.index));
    this.cumulative = [];
    let sum = 0;
    for (const d of this.docs) {
      sum += Math.max(0, d.weight * boost(d));
      this.cumulative.push(sum);
    }
  }

  /** How many documents are dated strictly before `date`. */
  countBefore(date: string): number {
    let lo = 0;
    let hi = this.docs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.docs[mid]!.date < date) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Up to `k` distinct documents dated before `date`, drawn by weight, none of them in `exclude`. */
  sample(rng: Rng, date: string, k: number, exclude: ReadonlySet<number> = new Set()): PlannedDoc[] {
    const count = this.countBefore(date);
    if (k <= 0 || count === 0) return [];
    const total = this.cumulative[count - 1]!;
    const out: PlannedDoc[] = [];
    const seen = new Set<number>();
    for (let attempt = 0; out.length < k && attempt < k * 6; attempt++) {
      const r = rng.next() * total;
      let lo = 0;
      let hi = count - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (this.cumulative[mid]! <= r) lo = mid + 1;
        else hi = mid;
      }
      const d = this.docs[lo]!;
      if (seen.has(d.index) || exclude.has(d.index)) continue;
      seen.add(d.index);
      out.push(d);
    }
    return out;
  }
}

export function planCorpus(options: PlanOptions): CorpusPlan {
  const n = Math.floor(options.docs);
  if (!Number.isFinite(n) || n < 1) throw new Error(`--docs must be a positive whole number, got ${options.docs}`);
  const seed = String(options.seed);
  const rng = new Rng(`directive-graph-corpus:${seed}`);
  const docs: PlannedDoc[] = [];
  const add = (d: Omit<PlannedDoc, 'index' | 'citations' | 'generated' | 'file'>): PlannedDoc => {
    const full: PlannedDoc = { ...d, index: docs.length, citations: [], generated: false, file: null };
    docs.push(full);
    return full;
  };

  const provinceCount = Math.max(2, Math.min(ALL_PROVINCES.length, Math.round(n / 40)));
  const provinces = ALL_PROVINCES.slice(0, provinceCount);
  const nationalFiles = Math.max(1, Math.round(n * 0.04));
  const localFiles = n - nationalFiles;

  // National documents: the famous ones first (heaviest fan-in), then a long tail.
  const nrng = rng.fork('national');
  const national: PlannedDoc[] = [];
  const usedNational = new Set<string>();
  const seriesInfo = (s: string): NationalSeriesInfo => NATIONAL_SERIES.find((x) => x.series === s)!;
  FAMOUS_NATIONAL.forEach((f, rank) => {
    const info = seriesInfo(f.series);
    usedNational.add(f.symbol);
    national.push(
      add({
        key: f.symbol,
        kind: info.kind,
        symbol: f.symbol,
        number: Number(/\d+/.exec(f.symbol)![0]),
        series: info.series,
        date: f.date,
        issuer: info.issuer,
        jurisdiction: 'national',
        province: null,
        department: null,
        family: 'NATIONAL',
        level: 0,
        topic: f.topic,
        title: f.title,
        weight: 60 / (rank + 1),
      }),
    );
  });
  const nationalPool = Math.max(30, Math.round(n * 0.08));
  const seriesWeights = NATIONAL_SERIES.map((s) => s.weight);
  for (let i = 0; national.length < FAMOUS_NATIONAL.length + nationalPool && i < nationalPool * 20; i++) {
    const info = NATIONAL_SERIES[nrng.weightedIndex(seriesWeights)]!;
    const date = randomDate(nrng, 2015, YEAR_MAX, 10);
    const number = nrng.int(info.range[0], info.range[1]);
    const symbol = info.symbol(number, yearOf(date));
    if (usedNational.has(symbol)) continue;
    usedNational.add(symbol);
    const topic = nrng.pick(TOPICS);
    national.push(
      add({
        key: symbol,
        kind: info.kind,
        symbol,
        number,
        series: info.series,
        date,
        issuer: info.issuer,
        jurisdiction: 'national',
        province: null,
        department: null,
        family: 'NATIONAL',
        level: 0,
        topic: topic.id,
        title: `về ${topic.title}`,
        // A heavy tail: most national documents are cited a few times, some very often.
        weight: 8 / Math.pow(national.length - FAMOUS_NATIONAL.length + 3, 0.8),
      }),
    );
  }
  national.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.index - b.index));

  // Which national documents the corpus contains: popular ones are likelier to have been collected.
  const generatedNational = weightedSample(nrng, national, nationalFiles);
  generatedNational.forEach((d) => (d.generated = true));

  // Provinces: uneven sizes, like real collections.
  const prng = rng.fork('provinces');
  const perProvince = apportion(
    localFiles,
    provinces.map(() => 0.5 + prng.next()),
  );
  const localByProvince = new Map<string, PlannedDoc[]>();
  provinces.forEach((p, pi) => {
    const r = rng.fork(`province:${p.name}`);
    const files = perProvince[pi]!;
    const cited = Math.round(files * 0.3) + 3;
    const list: PlannedDoc[] = [];
    const usedSymbols = new Set<string>();
    const nextNumber = new Map<string, number>();

    type Draft = { series: LocalSeries; dept: Department | null; date: string; generated: boolean };
    const drafts: Draft[] = [];
    const drawSeries = (level: 1 | 2 | 3): { series: LocalSeries; dept: Department | null } => {
      if (level === 1) {
        if (r.chance(0.4)) return { series: HDND_SERIES, dept: null };
        return { series: r.weighted(TU_SERIES.map((s) => [s, s.share] as const)), dept: null };
      }
      if (level === 2) return { series: r.weighted(UBND_SERIES.map((s) => [s, s.share] as const)), dept: null };
      const dept = r.pick(DEPARTMENTS.slice(0, 8).concat(DEPARTMENTS));
      return {
        series: { series: `KH-${dept.code}`, family: 'DEPT', kind: 'KE_HOACH', level: 3, start: [1, 15], step: [1, 6] },
        dept,
      };
    };
    for (let i = 0; i < files; i++) {
      const level = r.weighted([[1, 20], [2, 45], [3, 35]] as const);
      drafts.push({ ...drawSeries(level), date: randomDate(r, YEAR_MIN, YEAR_MAX, 11), generated: true });
    }
    // Older documents that the corpus does not contain but its documents cite.
    for (let i = 0; i < cited; i++) {
      const level = r.weighted([[1, 50], [2, 40], [3, 10]] as const);
      drafts.push({ ...drawSeries(level), date: randomDate(r, 2016, 2021), generated: false });
    }
    drafts.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    for (const draft of drafts) {
      const s = draft.series;
      const counterKey = `${s.series}:${yearOf(draft.date)}`;
      let number = nextNumber.get(counterKey) ?? r.int(s.start[0], s.start[1]);
      let symbol = localSymbol(s.series, number);
      // The same symbol in another year would be the same graph key: keep symbols unique within a province.
      while (usedSymbols.has(symbol)) symbol = localSymbol(s.series, ++number);
      usedSymbols.add(symbol);
      nextNumber.set(counterKey, number + r.int(s.step[0], s.step[1]));
      const topic = r.pick(TOPICS);
      const doc = add({
        key: `${symbol}@${p.name}`,
        kind: s.kind,
        symbol,
        number,
        series: s.series,
        date: draft.date,
        issuer: provincialIssuer(s.family, p, draft.dept),
        jurisdiction: p.name,
        province: p,
        department: draft.dept,
        family: s.family,
        level: s.level,
        topic: topic.id,
        title: '',
        // Some provincial resolutions become the reference everyone in the province cites.
        weight: s.level === 1 ? 0.5 + 4 * Math.pow(r.next(), 3) : 0.5 + r.next(),
      });
      doc.generated = draft.generated;
      list.push(doc);
    }
    localByProvince.set(p.name, list);
  });

  // Titles need the cited parent for department plans, so they are written with the citations.
  const crng = rng.fork('citations');
  const partyBoost = (d: PlannedDoc) => (d.series.endsWith('/TW') ? 3 : 1);
  const stateBoost = (d: PlannedDoc) => (d.series.endsWith('/TW') ? 0.4 : 1);
  const nationalPlain = new Timeline(national);
  const nationalParty = new Timeline(national, partyBoost);
  const nationalState = new Timeline(national, stateBoost);
  for (const d of national) {
    if (!d.generated) continue;
    for (const c of nationalPlain.sample(crng.fork(d.index), d.date, crng.int(1, 4))) {
      d.citations.push({ target: c.index, relation: 'BASIS', places: ['basis'] });
    }
  }
  const proposalSymbols = new Map<string, Set<string>>();
  for (const p of provinces) {
    const list = localByProvince.get(p.name)!;
    const l1 = new Timeline(list.filter((d) => d.level === 1));
    const l2 = new Timeline(list.filter((d) => d.level === 2));
    const l2Decisions = new Timeline(list.filter((d) => d.series === 'QĐ-UBND'));
    for (const d of list) {
      const r = crng.fork(d.index);
      const topic = TOPICS.find((t) => t.id === d.topic)!;
      d.title = titleFor(d, topic.title, r);
      if (!d.generated) continue;
      const chosen = new Map<number, PlannedCitation>();
      const cite = (target: PlannedDoc, relation: Relation, place: PlannedCitation['places'][number]) => {
        const existing = chosen.get(target.index);
        if (existing) {
          if (RELATION_STRENGTH[relation] > RELATION_STRENGTH[existing.relation]) existing.relation = relation;
          if (!existing.places.includes(place)) existing.places.push(place);
        } else chosen.set(target.index, { target: target.index, relation, places: [place] });
      };
      const basis = (docs: PlannedDoc[]) => docs.forEach((c) => cite(c, 'BASIS', 'basis'));
      if (d.level === 1) {
        basis((d.family === 'HDND' ? nationalState : nationalParty).sample(r, d.date, r.int(2, 5)));
        basis(l1.sample(r, d.date, r.int(0, 2)));
      } else if (d.level === 2) {
        basis(nationalState.sample(r, d.date, r.int(2, 6)));
        basis(l1.sample(r, d.date, r.int(1, 4)));
        basis(l2.sample(r, d.date, r.int(0, 3)));
        if (d.series === 'QĐ-UBND' && r.chance(0.15)) {
          const [target] = l2Decisions.sample(r, d.date, 1, new Set(chosen.keys()));
          if (target) {
            cite(target, 'AMENDS', 'title');
            d.title = `Về việc sửa đổi, bổ sung một số nội dung của Quyết định số ${target.symbol} ngày ${dmy(target.date)} của UBND ${p.unit} về ${stripVe(target.title)}`;
          }
        }
      } else {
        const parents = l2.sample(r, d.date, r.int(1, 2));
        const parent = parents[0];
        if (parent) {
          cite(parent, 'IMPLEMENTS', 'title');
          if (r.chance(0.8)) cite(parent, 'BASIS', 'basis');
          d.title = `Về triển khai thực hiện ${kindWord(parent.kind)} số ${parent.symbol} ngày ${dmy(parent.date)} của UBND ${p.unit} về ${stripVe(parent.title)}`;
        }
        basis(parents.slice(1));
        basis(l1.sample(r, d.date, r.int(0, 2)));
        basis(nationalState.sample(r, d.date, r.int(0, 3)));
      }
      // Mentions in the body: some of the basis again ("triển khai thực hiện có hiệu quả ..."), and
      // documents only named in the text.
      for (const c of chosen.values()) {
        if (c.places.includes('basis') && r.chance(0.3)) c.places.push('body');
      }
      const bodyOnly = r.int(0, 2);
      for (let i = 0; i < bodyOnly; i++) {
        const source = r.pick([nationalState, l1, l2]);
        for (const c of source.sample(r, d.date, 1, new Set(chosen.keys()))) cite(c, r.chance(0.6) ? 'IMPLEMENTS' : 'REFERENCES', 'body');
      }
      // A proposal (Tờ trình) behind decisions and council resolutions: a cited-only document of its own.
      const proposes = (d.family === 'UBND' && d.series === 'QĐ-UBND' && r.chance(0.7)) || (d.family === 'HDND' && r.chance(0.85));
      if (proposes) {
        const dept = d.family === 'HDND' ? null : topicLead(d.topic);
        const series = dept ? `TTr-${dept.code}` : 'TTr-UBND';
        const used = proposalSymbols.get(p.name) ?? new Set<string>();
        proposalSymbols.set(p.name, used);
        let number = r.int(1, 250);
        while (used.has(`${pad2(number)}/${series}`)) number++;
        const symbol = `${pad2(number)}/${series}`;
        used.add(symbol);
        const ttr = add({
          key: `${symbol}@${p.name}`,
          kind: 'TO_TRINH',
          symbol,
          number,
          series,
          date: addDays(d.date, -r.int(3, 25)),
          issuer: provincialIssuer(dept ? 'TTR' : 'UBND', p, dept),
          jurisdiction: p.name,
          province: p,
          department: dept,
          family: 'TTR',
          level: 4,
          topic: d.topic,
          title: `về ${topic.title}`,
          weight: 0,
        });
        cite(ttr, 'PROPOSAL', 'proposal');
      }
      d.citations = [...chosen.values()];
    }
  }

  // File order is shuffled so that any prefix of the corpus (the 1k of a 10k corpus) is a random sample.
  const frng = rng.fork('files');
  const generated = docs.filter((d) => d.generated);
  frng.shuffle(generated);
  generated.forEach((d, i) => (d.file = `${String(i + 1).padStart(6, '0')}.txt`));
  return { seed, docs, files: generated.map((d) => d.index), provinces: [...provinces] };
}

function topicLead(topicId: string): Department {
  const t = TOPICS.find((x) => x.id === topicId)!;
  return DEPARTMENTS.find((d) => d.code === t.lead)!;
}

/** "ngày 15/7/2021" style date. */
export function dmy(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d}/${m}/${y}`;
}

export function stripVe(title: string): string {
  return title.replace(/^(V|v)ề (việc )?/, '');
}

export function kindWord(kind: string): string {
  switch (kind) {
    case 'NGHI_QUYET':
      return 'Nghị quyết';
    case 'QUYET_DINH':
      return 'Quyết định';
    case 'CHI_THI':
      return 'Chỉ thị';
    case 'KET_LUAN':
      return 'Kết luận';
    case 'KE_HOACH':
      return 'Kế hoạch';
    case 'NGHI_DINH':
      return 'Nghị định';
    case 'THONG_TU':
      return 'Thông tư';
    case 'CONG_VAN':
      return 'Văn bản';
    case 'CONG_DIEN':
      return 'Công điện';
    case 'THONG_BAO':
      return 'Thông báo';
    case 'CHUONG_TRINH':
      return 'Chương trình';
    case 'TO_TRINH':
      return 'Tờ trình';
    default:
      return 'Văn bản';
  }
}

function titleFor(d: PlannedDoc, topicTitle: string, r: Rng): string {
  const year = yearOf(d.date);
  switch (d.kind) {
    case 'KE_HOACH':
      return r.chance(0.5) ? `Về ${topicTitle} năm ${year}` : `Về ${topicTitle} giai đoạn ${year} - ${year + 5}`;
    case 'QUYET_DINH':
      return r.chance(0.6)
        ? `Về việc ban hành Kế hoạch ${topicTitle} năm ${year}`
        : `Về việc phê duyệt Đề án ${topicTitle} giai đoạn ${year} - ${year + 5}, định hướng đến năm ${year + 10}`;
    case 'CHI_THI':
      return `Về tăng cường ${topicTitle}`;
    case 'CHUONG_TRINH':
      return `về ${topicTitle} giai đoạn ${year} - ${year + 5}`;
    case 'KET_LUAN':
      return `về kết quả thực hiện và nhiệm vụ ${topicTitle}`;
    default:
      return d.family === 'TU' ? `về ${topicTitle} giai đoạn ${year} - ${year + 5}, định hướng đến năm ${year + 10}` : `Về ${topicTitle} năm ${year}`;
  }
}
