/**
 * Writes one planned document as text, the way the samples look: the two-column header merged by OCR
 * ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI ..."), `Số: 2898/QĐ-UBND`, the place and date line, the kind line, the
 * title, the Căn cứ block, the proposal line, articles (Điều N.) or plan sections (I., 1., 1.1., (1), a)),
 * tasks with responsible bodies and deadlines, targets, the signature; then OCR damage. Returns the text and
 * the manifest entry stating what was planted.
 */
import { foldForSearch } from '../../src/text/fold';
import { damageSoWord, damageSymbol, damageText, stripDiacritics, wrapText, type DamageProfile } from './damage';
import type { ManifestAssignment, ManifestCitation, ManifestDeadline, ManifestDocument, ManifestTarget, ManifestTask, Role } from './manifest';
import { RELATION_STRENGTH, kindWord, stripVe, type CorpusPlan, type PlannedCitation, type PlannedDoc } from './plan';
import { Rng } from './prng';
import {
  DEPARTMENTS,
  FILLER,
  LAWS,
  NAME_PARTS,
  NATIONAL_SERIES,
  PURPOSES,
  ROMAN_QUARTER,
  departmentBody,
  partyCommittee,
  roman,
  topicById,
  unitName,
  type ProvinceInfo,
  type Topic,
} from './vocab';

interface Segment {
  text: string;
  /** Symbols and their damage are decided at mention time; the OCR pass must not touch them again. */
  protect: boolean;
}

interface BodyRef {
  name: string;
  jurisdiction: string;
  group: boolean;
}

type SectionHandle = { path: string; level: number };

const KIND_LINE: Record<string, string> = {
  NGHI_QUYET: 'NGHỊ QUYẾT',
  QUYET_DINH: 'QUYẾT ĐỊNH',
  CHI_THI: 'CHỈ THỊ',
  KET_LUAN: 'KẾT LUẬN',
  KE_HOACH: 'KẾ HOẠCH',
  CHUONG_TRINH: 'CHƯƠNG TRÌNH',
  NGHI_DINH: 'NGHỊ ĐỊNH',
  THONG_TU: 'THÔNG TƯ',
  CONG_VAN: 'CÔNG VĂN',
  CONG_DIEN: 'CÔNG ĐIỆN',
  THONG_BAO: 'THÔNG BÁO',
};

function dateParts(iso: string): [number, number, number] {
  const [y, m, d] = iso.split('-').map(Number);
  return [y!, m!, d!];
}

/** "ngày 09 tháng 4 năm 2021" as headers write it (day padded, January and February padded). */
function longDate(iso: string): string {
  const [y, m, d] = dateParts(iso);
  return `ngày ${String(d).padStart(2, '0')} tháng ${m <= 2 ? String(m).padStart(2, '0') : m} năm ${y}`;
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function bodyKey(b: BodyRef): string {
  return `${foldForSearch(b.name)}@${b.jurisdiction}`;
}

class DocumentWriter {
  private readonly segments: Segment[] = [];
  private readonly citations = new Map<string, ManifestCitation>();
  private readonly sections: ManifestDocument['sections'] = [];
  private readonly tasks: ManifestTask[] = [];
  private readonly laws: string[] = [];
  private readonly siblingCount = new Map<string, number>();
  signer: string | null = null;

  constructor(
    readonly plan: CorpusPlan,
    readonly doc: PlannedDoc,
    readonly rng: Rng,
    readonly profile: DamageProfile,
  ) {}

  get province(): ProvinceInfo | null {
    return this.doc.province;
  }
  get unit(): string {
    return this.doc.province?.unit ?? 'tỉnh';
  }

  text(s: string): void {
    this.segments.push({ text: s, protect: false });
  }
  raw(s: string): void {
    this.segments.push({ text: s, protect: true });
  }
  line(s = ''): void {
    this.text(`${s}\n`);
  }
  blank(): void {
    this.text('\n');
  }

  /** Opens a section: records its path in the document's own numbering (`III.1(2)`, `Điều 2.1`). */
  /** `written` is the heading line as printed, or null when the label starts the next line of text itself. */
  section(label: string, heading: string | null, parent: SectionHandle | null, written: string | null): SectionHandle {
    const level = parent ? parent.level + 1 : 1;
    let path: string;
    if (!parent) path = label;
    else if (label.startsWith('(')) path = `${parent.path}${label}`;
    else if (/^\d+\.\d+$/.test(label)) path = `${parent.path}.${label.split('.')[1]}`;
    else path = `${parent.path}.${label}`;
    const siblingKey = parent?.path ?? '';
    const ordinal = this.siblingCount.get(siblingKey) ?? 0;
    this.siblingCount.set(siblingKey, ordinal + 1);
    this.sections.push({ path, parentPath: parent?.path ?? null, label, heading, level });
    if (written !== null) this.line(written);
    return { path, level };
  }

  /**
   * A mention of another document: "Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ về ...". The symbol
   * is damaged here (and protected from the later OCR pass); the manifest records what was done.
   */
  mention(target: PlannedDoc, relation: PlannedCitation['relation'], opts: { withKind?: boolean; title?: boolean; issuer?: boolean } = {}): void {
    const r = this.rng;
    const entry = this.citationEntry(target, relation);
    entry.mentions++;
    if (RELATION_STRENGTH[relation] > RELATION_STRENGTH[entry.relation]) entry.relation = relation;
    if (opts.withKind !== false) this.text(`${kindWord(target.kind)} `);
    if (!r.chance(0.05)) {
      const so = damageSoWord(this.profile, r);
      if (so.damaged) {
        this.raw(`${so.text} `);
        if (!entry.damage.includes('so')) entry.damage.push('so');
      } else this.text(`${so.text} `);
    }
    const sym = damageSymbol(target.symbol, this.profile, r);
    this.raw(sym.text);
    for (const tag of sym.tags) if (!entry.damage.includes(tag)) entry.damage.push(tag);
    // Most mentions carry a date; a few claim a wrong day (the conflicts the API reports).
    if (r.chance(0.88)) {
      let claimed = target.date;
      if (r.chance(0.03)) claimed = addDays(target.date, r.pick([-30, -1, 1, 30]));
      if (!entry.claimedDates.includes(claimed)) entry.claimedDates.push(claimed);
      const [y, m, d] = dateParts(claimed);
      const written = r.weighted([
        [`${d}/${m}/${y}`, 60],
        [`${d} tháng ${m} năm ${y}`, 30],
        [`${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`, 10],
      ] as const);
      const glue = this.profile.diacritics !== 'clean' && r.chance(0.12) ? '' : ' ';
      this.text(' ngày');
      // The date is protected (its digits are the claim); its words lose their marks like the rest.
      this.raw(`${glue}${this.profile.diacritics === 'stripped' ? stripDiacritics(written) : written}`);
    }
    if (opts.issuer !== false && r.chance(0.85)) this.text(` của ${this.writtenIssuer(target)}`);
    // A title that itself names a document ("Về triển khai thực hiện Quyết định số ...") would plant an
    // unrecorded second reference; such titles are left out of mentions.
    if (opts.title !== false && target.title && !/số \d/.test(target.title) && r.chance(0.6)) this.text(` ${target.family === 'NATIONAL' && !/^(về|ban hành|phê duyệt)/.test(target.title) ? 'về ' : ''}${lowerFirst(target.title)}`);
  }

  private citationEntry(target: PlannedDoc, relation: PlannedCitation['relation']): ManifestCitation {
    let entry = this.citations.get(target.key);
    if (!entry) {
      entry = {
        key: target.key,
        symbol: target.symbol,
        kind: target.kind,
        issuer: target.issuer,
        jurisdiction: target.jurisdiction,
        date: target.date,
        relation,
        mentions: 0,
        places: [],
        damage: [],
        claimedDates: [],
        inCorpus: target.generated,
      };
      this.citations.set(target.key, entry);
    }
    return entry;
  }

  /** Records where the plan put the citation; the relation is the strongest wording actually written. */
  settleCitation(c: PlannedCitation): void {
    const target = this.plan.docs[c.target]!;
    const entry = this.citations.get(target.key);
    if (entry) entry.places = [...c.places];
  }

  /** How a citing text names the issuer: "Chính phủ", "Ban Chấp hành Đảng bộ tỉnh", "UBND tỉnh", ... */
  writtenIssuer(target: PlannedDoc): string {
    const r = this.rng;
    if (target.family === 'NATIONAL') {
      const info = NATIONAL_SERIES.find((s) => s.series === target.series)!;
      return info.writtenIssuer;
    }
    const unit = target.province?.unit ?? 'tỉnh';
    const sameProvince = target.jurisdiction === this.doc.jurisdiction;
    const where = sameProvince ? unit : unitName(target.province!);
    const party = unit === 'tỉnh' ? 'Tỉnh ủy' : 'Thành ủy';
    switch (target.family) {
      case 'TU':
        return r.pick([`Ban Chấp hành Đảng bộ ${where}`, sameProvince ? party : partyCommittee(target.province!)]);
      case 'BTV':
        return `Ban Thường vụ ${sameProvince ? party : partyCommittee(target.province!)}`;
      case 'HDND':
        return r.pick([`HĐND ${where}`, `Hội đồng nhân dân ${where}`]);
      case 'UBND':
        return r.pick([`UBND ${where}`, `Ủy ban nhân dân ${where}`]);
      case 'DEPT':
      case 'TTR':
        return target.department ? departmentBody(target.department) : `UBND ${where}`;
      default:
        return `UBND ${where}`;
    }
  }

  /** Writes a clean string that contains a symbol (a title naming its parent), protecting the symbol. */
  textWithSymbol(s: string, target: PlannedDoc | null, relation: PlannedCitation['relation']): void {
    if (!target) return this.text(s);
    const at = s.indexOf(`số ${target.symbol}`);
    if (at < 0) return this.text(s);
    const entry = this.citationEntry(target, relation);
    entry.mentions++;
    if (RELATION_STRENGTH[relation] > RELATION_STRENGTH[entry.relation]) entry.relation = relation;
    if (!entry.claimedDates.includes(target.date)) entry.claimedDates.push(target.date);
    this.text(s.slice(0, at));
    const so = damageSoWord(this.profile, this.rng);
    if (so.damaged) {
      this.raw(`${so.text} `);
      if (!entry.damage.includes('so')) entry.damage.push('so');
    } else this.text(`${so.text} `);
    const sym = damageSymbol(target.symbol, this.profile, this.rng, 0.5);
    for (const tag of sym.tags) if (!entry.damage.includes(tag)) entry.damage.push(tag);
    this.raw(sym.text);
    this.text(s.slice(at + 3 + target.symbol.length));
  }

  law(name: string): void {
    this.laws.push(name);
  }

  task(t: ManifestTask): void {
    this.tasks.push(t);
  }

  /** Applies OCR damage to the free text, joins, wraps. */
  finish(headerMissing: boolean, place: string): { text: string; manifest: Omit<ManifestDocument, 'bytes'> } {
    const damageRng = this.rng.fork('ocr');
    let text = this.segments
      .map((s) => (s.protect ? s.text : damageText(s.text, this.profile, damageRng)))
      .join('')
      .replace(/[ \t]+\n/g, '\n');
    if (this.profile.wrapped) text = wrapText(text, this.profile.width, damageRng);
    const d = this.doc;
    return {
      text,
      manifest: {
        file: d.file!,
        key: d.key,
        kind: d.kind,
        symbol: d.symbol,
        date: d.date,
        place,
        issuer: d.issuer,
        jurisdiction: d.jurisdiction,
        level: d.level,
        family: d.family,
        title: d.title,
        signer: this.signer,
        headerMissing,
        damage: this.profile,
        citations: [...this.citations.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
        lawsCited: this.laws,
        sections: this.sections,
        tasks: this.tasks,
      },
    };
  }
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

// ---------------------------------------------------------------------------------------------------------
// Bodies, deadlines, targets

function localBodies(doc: PlannedDoc, topic: Topic, rng: Rng): { lead: BodyRef; coords: BodyRef[]; supervisor: BodyRef; groups: BodyRef[]; extra: BodyRef[] } {
  const p = doc.province!;
  const j = p.name;
  const dept = (code: string): BodyRef => ({ name: departmentBody(DEPARTMENTS.find((d) => d.code === code)!), jurisdiction: j, group: false });
  const lead = dept(topic.lead);
  const coords = rng.sample(topic.coordinators, rng.int(1, Math.min(3, topic.coordinators.length))).map(dept);
  const u = p.unit;
  const supervisor: BodyRef = rng.pick([
    { name: `Ủy ban MTTQ Việt Nam ${u}`, jurisdiction: j, group: false },
    { name: `Thanh tra ${u}`, jurisdiction: j, group: false },
    { name: `Ban Pháp chế HĐND ${u}`, jurisdiction: j, group: false },
  ]);
  const groups: BodyRef[] = [
    { name: 'các sở, ban, ngành', jurisdiction: j, group: true },
    { name: u === 'tỉnh' ? 'UBND các huyện, thị xã, thành phố' : 'UBND các quận, huyện', jurisdiction: j, group: true },
  ];
  const extra: BodyRef[] = [
    { name: `Văn phòng UBND ${u}`, jurisdiction: j, group: false },
    { name: `Công an ${u}`, jurisdiction: j, group: false },
    { name: `Trung tâm Phục vụ hành chính công ${u}`, jurisdiction: j, group: false },
  ];
  return { lead, coords, supervisor, groups, extra };
}

const NATIONAL_BODY_BY_DEPT: Record<string, string> = {
  SNV: 'Bộ Nội vụ',
  STC: 'Bộ Tài chính',
  SKHĐT: 'Bộ Kế hoạch và Đầu tư',
  STTTT: 'Bộ Thông tin và Truyền thông',
  STP: 'Bộ Tư pháp',
  SKHCN: 'Bộ Khoa học và Công nghệ',
  STNMT: 'Bộ Tài nguyên và Môi trường',
  SYT: 'Bộ Y tế',
  SGDĐT: 'Bộ Giáo dục và Đào tạo',
  SVHTTDL: 'Bộ Văn hóa, Thể thao và Du lịch',
  SNNPTNT: 'Bộ Nông nghiệp và Phát triển nông thôn',
  SCT: 'Bộ Công Thương',
  SXD: 'Bộ Xây dựng',
  SLĐTBXH: 'Bộ Lao động - Thương binh và Xã hội',
  SGTVT: 'Bộ Giao thông vận tải',
};

function nationalBodies(topic: Topic, rng: Rng): { lead: BodyRef; coords: BodyRef[]; supervisor: BodyRef; groups: BodyRef[]; extra: BodyRef[] } {
  const b = (name: string, group = false): BodyRef => ({ name, jurisdiction: 'national', group });
  return {
    lead: b(NATIONAL_BODY_BY_DEPT[topic.lead]!),
    coords: rng.sample(topic.coordinators, rng.int(1, 2)).map((c) => b(NATIONAL_BODY_BY_DEPT[c]!)),
    supervisor: b('Ủy ban Trung ương MTTQ Việt Nam'),
    groups: [b('các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ', true), b('UBND các tỉnh, thành phố trực thuộc trung ương', true)],
    extra: [b('Văn phòng Chính phủ')],
  };
}

function makeDeadline(rng: Rng, docDate: string): ManifestDeadline {
  const [y] = dateParts(docDate);
  const kind = rng.weighted([['day', 35], ['year', 25], ['quarter', 20], ['month', 10], ['annual', 10]] as const);
  if (kind === 'day') {
    const due = addDays(docDate, rng.int(20, 300));
    const [dy, dm, dd] = dateParts(due);
    const raw = rng.chance(0.7) ? `trước ngày ${dd}/${dm}/${dy}` : `trước ngày ${dd} tháng ${dm} năm ${dy}`;
    return { raw, dueDate: due, period: null };
  }
  if (kind === 'year') {
    const yy = y + rng.int(0, 1);
    return { raw: `trong năm ${yy}`, dueDate: null, period: String(yy) };
  }
  if (kind === 'quarter') {
    const [, m] = dateParts(docDate);
    const yy = y + rng.int(0, 1);
    const minQ = yy === y ? Math.ceil(m / 3) : 1;
    const q = rng.int(minQ, 4);
    return { raw: `Quý ${ROMAN_QUARTER[q - 1]}/${yy}`, dueDate: null, period: `${yy}-Q${q}` };
  }
  if (kind === 'month') {
    const [, m] = dateParts(docDate);
    const mm = Math.min(12, m + rng.int(1, 4));
    return { raw: `trong tháng ${mm}/${y}`, dueDate: null, period: `${y}-${String(mm).padStart(2, '0')}` };
  }
  return { raw: 'hằng năm', dueDate: null, period: 'ANNUAL' };
}

function deadlinePhrase(d: ManifestDeadline, rng: Rng): string {
  if (d.period === 'ANNUAL') return rng.pick([', báo cáo kết quả hằng năm', '; thực hiện hằng năm']);
  if (d.period && d.period.includes('Q')) return rng.pick([`; thời gian hoàn thành: ${d.raw}`, `, hoàn thành trong ${d.raw}`]);
  return rng.pick([`, hoàn thành ${d.raw}`, `; thời gian hoàn thành: ${d.raw}`, `; thời hạn hoàn thành ${d.raw}`]);
}

function makeTarget(rng: Rng, object: string): { sentence: string; target: ManifestTarget } {
  const value = rng.weighted([[100, 35], [99, 5], [95, 8], [90, 12], [80, 12], [70, 10], [60, 6], [50, 7], [30, 5]] as const);
  if (value === 100) {
    if (rng.chance(0.7)) return { sentence: `100% ${object}`, target: { raw: '100%', value: 100, unit: '%', comparator: '=' } };
    return { sentence: `Tỷ lệ ${object} đạt 100%`, target: { raw: 'đạt 100%', value: 100, unit: '%', comparator: '=' } };
  }
  const [phrase, comparator] = rng.pick([
    ['tối thiểu', '>='],
    ['ít nhất', '>='],
    ['trên', '>'],
    ['đạt', '='],
    ['không thấp hơn', '>='],
  ] as const);
  const raw = `${phrase} ${value}%`;
  const sentence = rng.chance(0.5) ? `${capitalize(raw)} ${object}` : `Tỷ lệ ${object} ${raw}`;
  return { sentence: rng.chance(0.3) ? `Phấn đấu ${lowerFirst(sentence)}` : sentence, target: { raw, value, unit: '%', comparator } };
}

function assignment(b: BodyRef, role: Role): ManifestAssignment {
  return { body: b.name, bodyKey: bodyKey(b), jurisdiction: b.jurisdiction, role, group: b.group };
}

function joinNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} và ${names[names.length - 1]}`;
}

// ---------------------------------------------------------------------------------------------------------
// Document parts

function header(w: DocumentWriter, doc: PlannedDoc): { place: string; missing: boolean } {
  const r = w.rng;
  const p = doc.province;
  const place = p ? p.name : 'Hà Nội';
  // A share of OCR outputs start at the title: the header block was an image or cut off (samples 000, 001, 004).
  const missing = r.chance(0.05);
  if (missing) return { place, missing };
  const party = doc.family === 'TU' || doc.family === 'BTV' || (doc.family === 'NATIONAL' && doc.series.endsWith('/TW'));
  const right1 = party ? 'ĐẢNG CỘNG SẢN VIỆT NAM' : 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
  const right2 = party ? '' : 'Độc lập - Tự do - Hạnh phúc';
  let left: string[];
  if (doc.family === 'NATIONAL') left = [NATIONAL_SERIES.find((s) => s.series === doc.series)!.header];
  else if (doc.family === 'TU' || doc.family === 'BTV') left = [partyCommittee(p!).toUpperCase()];
  else if (doc.family === 'HDND') left = ['HỘI ĐỒNG NHÂN DÂN', unitName(p!).toUpperCase()];
  else if (doc.family === 'UBND') left = ['ỦY BAN NHÂN DÂN', unitName(p!).toUpperCase()];
  else left = [`UBND ${unitName(p!).toUpperCase()}`, departmentBody(doc.department!).toUpperCase()];
  w.line(`${left[0]} ${right1}`);
  if (left[1] || right2) w.line(`${left[1] ?? ''}${left[1] && right2 ? ' ' : ''}${right2}`);
  if (party) w.line('*');
  const so = party ? 'Số' : 'Số:';
  const sym = damageSymbol(doc.symbol, w.profile, r, 0.6);
  const dateLine = `${place}, ${longDate(doc.date)}`;
  if (r.chance(0.5)) {
    w.text(`${so} `);
    w.raw(sym.text);
    w.text(` ${dateLine}\n`);
  } else {
    w.line(dateLine);
    w.text(`${so} `);
    w.raw(sym.text);
    w.text('\n');
  }
  w.blank();
  return { place, missing };
}

function titleBlock(w: DocumentWriter, doc: PlannedDoc, parent: PlannedDoc | null, relation: PlannedCitation['relation']): void {
  w.line(KIND_LINE[doc.kind] ?? 'VĂN BẢN');
  if (doc.family === 'TU' && doc.kind === 'NGHI_QUYET') {
    w.line(`HỘI NGHỊ ${doc.province!.unit === 'tỉnh' ? 'TỈNH ỦY' : 'THÀNH ỦY'} LẦN THỨ ${w.rng.int(2, 20)} KHÓA ${roman(w.rng.int(14, 20))}`);
  }
  w.textWithSymbol(doc.title, parent, relation);
  w.text('\n');
  if (w.rng.chance(0.5)) w.line('______________________');
  w.blank();
}

/** Căn cứ lines: laws first, then national documents, then local ones (the order the samples use). */
function basisBlock(w: DocumentWriter, doc: PlannedDoc, basis: PlannedDoc[], opener = 'Căn cứ'): void {
  const r = w.rng;
  const laws = doc.family === 'NATIONAL' ? ['Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015'] : r.sample(LAWS.slice(0, 5), r.int(0, 2));
  if (doc.family === 'TU' || doc.family === 'BTV') laws.length = 0;
  for (const law of laws) {
    w.law(law);
    w.line(`${opener} ${law};`);
    if (r.chance(0.3)) w.blank();
  }
  const ordered = [...basis].sort((a, b) => a.level - b.level || (a.date < b.date ? -1 : 1));
  for (let i = 0; i < ordered.length; i++) {
    w.text(`${opener} `);
    w.mention(ordered[i]!, 'BASIS');
    // Sometimes two citations share one Căn cứ line ("Căn cứ Nghị quyết số ...; Chỉ thị số ...;").
    if (i + 1 < ordered.length && r.chance(0.2)) {
      w.text('; ');
      w.mention(ordered[++i]!, 'BASIS');
    }
    w.line(';');
    if (r.chance(0.3)) w.blank();
  }
}

function proposalLine(w: DocumentWriter, doc: PlannedDoc, ttr: PlannedDoc | undefined): void {
  if (!ttr) return;
  const r = w.rng;
  if (doc.family === 'HDND') {
    w.text('Xét ');
    w.mention(ttr, 'PROPOSAL', { issuer: true });
    w.line(`; Báo cáo thẩm tra của Ban Kinh tế - Ngân sách HĐND ${w.unit}; ý kiến thảo luận của đại biểu Hội đồng nhân dân ${w.unit} tại kỳ họp.`);
  } else {
    w.text(`Theo đề nghị của ${r.chance(0.5) ? 'Giám đốc ' : ''}${ttr.department ? departmentBody(ttr.department) : `UBND ${w.unit}`} tại `);
    w.mention(ttr, 'PROPOSAL', { issuer: false, title: false });
    w.line('.');
  }
  w.blank();
}

function fillerParagraphs(w: DocumentWriter, topic: Topic, count: number): void {
  const r = w.rng;
  const place = w.province ? `${w.unit} ${w.province.name}` : 'cả nước';
  for (let i = 0; i < count; i++) {
    const sentences = r.sample(FILLER, r.int(2, 4)).map((s) => s.replace('{topic}', topic.short).replace('{place}', place));
    w.line(`${sentences.join('. ')}.`);
    if (r.chance(0.6)) w.blank();
  }
}

interface TaskEnv {
  w: DocumentWriter;
  doc: PlannedDoc;
  topic: Topic;
  bodies: ReturnType<typeof localBodies>;
  /** Citations still to be mentioned in the body (IMPLEMENTS/REFERENCES wording). */
  bodyMentions: PlannedCitation[];
}

/** One task sentence with its responsible bodies, in one of the ways plans phrase them. */
function taskSentence(env: TaskEnv, section: SectionHandle, prefix: string): void {
  const { w, doc, topic, bodies } = env;
  const r = w.rng;
  const duty = r.pick(topic.duties);
  const deadline = r.chance(0.6) ? makeDeadline(r, doc.date) : null;
  const dl = deadline ? deadlinePhrase(deadline, r) : '';
  const lead = r.chance(0.75) ? bodies.lead : r.pick(bodies.coords.concat(bodies.extra));
  const coords = r.sample(bodies.coords.concat(bodies.extra).filter((b) => b.name !== lead.name), r.int(0, 2));
  const assignments: ManifestAssignment[] = [];
  let sentence: string;
  const style = r.weighted([['chutri', 35], ['giao', 20], ['table', 15], ['supervise', 10], ['plain', 20]] as const);
  if (style === 'chutri') {
    sentence = `${lead.name} chủ trì${coords.length ? `, phối hợp với ${joinNames(coords.map((c) => c.name))}` : ''} ${duty}${dl}.`;
    assignments.push(assignment(lead, 'LEAD'), ...coords.map((c) => assignment(c, 'COORDINATE')));
  } else if (style === 'giao') {
    sentence = `Giao ${lead.name} chủ trì ${duty}${dl}${coords.length ? `; ${joinNames(coords.map((c) => c.name))} phối hợp thực hiện` : ''}.`;
    assignments.push(assignment(lead, 'LEAD'), ...coords.map((c) => assignment(c, 'COORDINATE')));
  } else if (style === 'table') {
    sentence = `${capitalize(duty)}. Cơ quan chủ trì: ${lead.name}${coords.length ? `; cơ quan phối hợp: ${coords.map((c) => c.name).join(', ')}` : ''}${deadline ? `; thời gian hoàn thành: ${deadline.raw}` : ''}.`;
    assignments.push(assignment(lead, 'LEAD'), ...coords.map((c) => assignment(c, 'COORDINATE')));
  } else if (style === 'supervise') {
    sentence = `${bodies.supervisor.name} giám sát việc ${duty}${dl}.`;
    assignments.push(assignment(bodies.supervisor, 'SUPERVISE'));
  } else {
    sentence = `${capitalize(duty)}${dl}.`;
  }
  // Now and then the task names the directive it carries out.
  const carriesOut: string[] = [];
  const implementing = env.bodyMentions.length && r.chance(0.35) ? env.bodyMentions.shift()! : null;
  w.text(prefix);
  if (implementing) {
    const target = w.plan.docs[implementing.target]!;
    // A plain reference must not read as a directive to carry the document out.
    const wording = implementing.relation === 'REFERENCES' ? r.pick(['Như đã đánh giá tại ', 'Trên cơ sở kết quả sơ kết ']) : r.pick(['Tiếp tục triển khai thực hiện có hiệu quả ', 'Triển khai thực hiện nghiêm túc ']);
    w.text(wording);
    w.mention(target, implementing.relation === 'REFERENCES' ? 'REFERENCES' : 'IMPLEMENTS', { title: r.chance(0.4) });
    w.text(implementing.relation === 'REFERENCES' ? ', ' : '; ');
    if (implementing.relation !== 'REFERENCES') carriesOut.push(target.key);
  }
  w.line(implementing ? lowerFirst(sentence) : sentence);
  w.task({
    section: section.path,
    text: sentence,
    deadline,
    targets: [],
    indicators: [],
    assignments,
    carriesOut,
  });
}

function targetBullets(env: TaskEnv, section: SectionHandle, count: number): void {
  const { w, topic } = env;
  const r = w.rng;
  for (const object of r.sample(topic.targets, count)) {
    const { sentence, target } = makeTarget(r, object);
    w.line(`- ${sentence}.`);
    w.task({ section: section.path, text: sentence, deadline: null, targets: [target], indicators: [], assignments: [], carriesOut: [] });
  }
  if (topic.indicators.length && r.chance(0.5)) {
    const names: Record<string, string> = { PAR_INDEX: 'PAR Index', PCI: 'PCI', SIPAS: 'SIPAS', PAPI: 'PAPI', ICT_INDEX: 'ICT Index', GRDP: 'GRDP', DTI: 'DTI' };
    const picked = r.sample(topic.indicators, r.int(1, topic.indicators.length)).filter((c) => names[c]);
    if (picked.length) {
      const sentence = `Giữ vững vị trí nhóm dẫn đầu cả nước về các chỉ số ${picked.map((c) => names[c]).join(', ')}`;
      w.line(`- ${sentence}.`);
      w.task({ section: section.path, text: sentence, deadline: null, targets: [], indicators: picked, assignments: [], carriesOut: [] });
    }
  }
}

/** "I. MỤC ĐÍCH, YÊU CẦU ... IV. TỔ CHỨC THỰC HIỆN": the body of a plan (attached to a decision or standalone). */
function planSections(env: TaskEnv, opts: { dash: boolean }): void {
  const { w, topic, bodies, doc } = env;
  const r = w.rng;
  const sep = opts.dash ? '- ' : '. ';
  let n = 1;
  const s1 = w.section(roman(n), 'MỤC ĐÍCH, YÊU CẦU', null, `${roman(n++)}${sep}MỤC ĐÍCH, YÊU CẦU`);
  w.section('1', 'Mục đích', s1, '1. Mục đích');
  for (const p of r.sample(PURPOSES, r.int(1, 3))) w.line(`- ${p}.`);
  w.section('2', 'Yêu cầu', s1, '2. Yêu cầu');
  for (const p of r.sample(PURPOSES, r.int(1, 2))) w.line(`- ${p}.`);
  w.blank();

  if (r.chance(0.8)) {
    const s2 = w.section(roman(n), 'MỤC TIÊU, CHỈ TIÊU', null, `${roman(n++)}${sep}MỤC TIÊU, CHỈ TIÊU`);
    w.section('1', 'Mục tiêu chung', s2, '1. Mục tiêu chung');
    fillerParagraphs(w, topic, 1);
    const s22 = w.section('2', 'Chỉ tiêu cụ thể', s2, '2. Chỉ tiêu cụ thể');
    targetBullets(env, s22, r.int(2, Math.min(4, topic.targets.length)));
    w.blank();
  }

  const s3 = w.section(roman(n), 'NHIỆM VỤ, GIẢI PHÁP', null, `${roman(n++)}${sep}NHIỆM VỤ, GIẢI PHÁP`);
  const areas = r.sample(topic.areas, r.int(2, Math.min(4, topic.areas.length)));
  areas.forEach((area, ai) => {
    const sa = w.section(String(ai + 1), area, s3, `${ai + 1}. ${area}`);
    const style = r.weighted([['numbered', 50], ['sub', 25], ['letters', 25]] as const);
    const count = r.int(1, 4);
    if (style === 'numbered') {
      for (let k = 1; k <= count; k++) {
        const st = w.section(`(${k})`, null, sa, null);
        taskSentence(env, st, `(${k}) `);
      }
    } else if (style === 'letters') {
      for (let k = 0; k < count; k++) {
        const letter = 'abcdefgh'[k]!;
        const st = w.section(letter, null, sa, null);
        taskSentence(env, st, `${letter}) `);
      }
    } else {
      const subs = r.int(1, 2);
      for (let k = 1; k <= subs; k++) {
        const heading = r.pick(topic.areas);
        const ss = w.section(`${ai + 1}.${k}`, heading, sa, `${ai + 1}.${k}. ${heading}`);
        for (let m = 0; m < r.int(1, 2); m++) taskSentence(env, ss, '- ');
      }
    }
  });
  // Citations the plan still has to mention go in a closing task of their own.
  while (env.bodyMentions.length) taskSentence({ ...env, bodyMentions: env.bodyMentions }, s3, '- ');
  w.blank();

  const s4 = w.section(roman(n), 'TỔ CHỨC THỰC HIỆN', null, `${roman(n++)}${sep}TỔ CHỨC THỰC HIỆN`);
  let k = 1;
  // Duties under a body's own heading ("3.1. Sở Nội vụ"): the body comes from the heading.
  for (const b of [bodies.lead, ...bodies.coords.slice(0, 2)]) {
    const sb = w.section(String(k), b.name, s4, `${k++}. ${b.name}`);
    const isLead = b === bodies.lead;
    const duties = r.sample(topic.duties, r.int(1, 2));
    for (const duty of duties) {
      const deadline = r.chance(0.4) ? makeDeadline(r, doc.date) : null;
      const text = isLead
        ? `Chủ trì ${duty}${deadline ? deadlinePhrase(deadline, r) : ''}`
        : `Phối hợp thực hiện việc ${duty}${deadline ? deadlinePhrase(deadline, r) : ''}`;
      w.line(`- ${text}.`);
      w.task({ section: sb.path, text, deadline, targets: [], indicators: [], assignments: [assignment(b, isLead ? 'LEAD' : 'COORDINATE')], carriesOut: [] });
    }
  }
  const groupHeading = bodies.groups.map((g) => capitalize(g.name)).join('; ');
  const sg = w.section(String(k), groupHeading, s4, `${k++}. ${groupHeading}`);
  const report = makeDeadline(r, doc.date);
  const groupText = `Căn cứ nội dung Kế hoạch, xây dựng kế hoạch triển khai thực hiện tại cơ quan, đơn vị, địa phương; báo cáo kết quả thực hiện về ${bodies.lead.name}${deadlinePhrase(report, r)}`;
  w.line(`- ${groupText}.`);
  w.task({ section: sg.path, text: groupText, deadline: report, targets: [], indicators: [], assignments: bodies.groups.map((g) => assignment(g, 'LEAD')), carriesOut: [] });
  if (r.chance(0.6)) {
    const sup = bodies.supervisor;
    const ss = w.section(String(k), `Đề nghị ${sup.name}`, s4, `${k++}. Đề nghị ${sup.name}`);
    const text = `Giám sát việc thực hiện Kế hoạch này theo chức năng, nhiệm vụ`;
    w.line(`- ${text}.`);
    w.task({ section: ss.path, text, deadline: null, targets: [], indicators: [], assignments: [assignment(sup, 'SUPERVISE')], carriesOut: [] });
  }
  w.blank();
}

function signature(w: DocumentWriter, doc: PlannedDoc): void {
  const r = w.rng;
  const name = `${r.pick(NAME_PARTS.SURNAMES)} ${r.pick(NAME_PARTS.MIDDLE)} ${r.pick(NAME_PARTS.GIVEN)}`;
  w.signer = name;
  w.blank();
  const u = w.unit.toUpperCase();
  let lines: string[];
  switch (doc.family) {
    case 'TU':
    case 'BTV':
      lines = [`T/M ${doc.family === 'TU' ? 'BAN CHẤP HÀNH' : 'BAN THƯỜNG VỤ'}`, r.pick(['BÍ THƯ', 'PHÓ BÍ THƯ THƯỜNG TRỰC'])];
      break;
    case 'HDND':
      lines = ['CHỦ TỊCH'];
      break;
    case 'UBND':
      lines = ['TM. ỦY BAN NHÂN DÂN', r.pick(['CHỦ TỊCH', 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH'])];
      break;
    case 'DEPT':
      lines = [r.pick(['GIÁM ĐỐC', 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC'])];
      break;
    default:
      lines = [r.pick(['TM. CHÍNH PHỦ\nTHỦ TƯỚNG', 'KT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG', 'BỘ TRƯỞNG'])];
  }
  w.line(`Nơi nhận: ${lines[0]}`);
  for (const l of lines.slice(1).join('\n').split('\n')) w.line(l);
  w.line(`- Như Điều ${r.int(2, 4)};`);
  w.line(`- TT ${u === 'TỈNH' ? 'Tỉnh ủy' : 'Thành ủy'}, TT HĐND ${w.unit};`);
  w.line('- Lưu: VT.');
  w.line(name);
  w.blank();
}

// ---------------------------------------------------------------------------------------------------------
// Families

function citationsOf(w: DocumentWriter, doc: PlannedDoc): {
  basis: PlannedDoc[];
  proposal: PlannedDoc | undefined;
  titleTarget: PlannedDoc | null;
  titleRelation: PlannedCitation['relation'];
  body: PlannedCitation[];
} {
  const basis: PlannedDoc[] = [];
  let proposal: PlannedDoc | undefined;
  let titleTarget: PlannedDoc | null = null;
  let titleRelation: PlannedCitation['relation'] = 'IMPLEMENTS';
  const body: PlannedCitation[] = [];
  for (const c of doc.citations) {
    const target = w.plan.docs[c.target]!;
    if (c.places.includes('basis')) basis.push(target);
    if (c.places.includes('proposal')) proposal = target;
    if (c.places.includes('title')) {
      titleTarget = target;
      titleRelation = c.relation === 'AMENDS' ? 'AMENDS' : 'IMPLEMENTS';
    }
    if (c.places.includes('body')) body.push({ ...c, relation: c.relation === 'REFERENCES' ? 'REFERENCES' : 'IMPLEMENTS' });
  }
  return { basis, proposal, titleTarget, titleRelation, body: w.rng.shuffle(body) };
}

function renderUbndDecision(w: DocumentWriter, doc: PlannedDoc, env: TaskEnv, cites: ReturnType<typeof citationsOf>): void {
  const r = w.rng;
  const p = doc.province!;
  w.line(`ỦY BAN NHÂN DÂN ${unitName(p).toUpperCase()}`);
  w.blank();
  basisBlock(w, doc, cites.basis);
  proposalLine(w, doc, cites.proposal);
  w.line('QUYẾT ĐỊNH:');
  w.blank();
  const amends = cites.titleTarget !== null && cites.titleRelation === 'AMENDS';
  const withPlan = !amends && /Kế hoạch|Đề án/.test(doc.title) && r.chance(0.85);
  const d1 = w.section('Điều 1', null, null, null);
  if (amends && cites.titleTarget) {
    w.text('Điều 1. Sửa đổi, bổ sung một số nội dung của ');
    w.mention(cites.titleTarget, 'AMENDS', { title: false });
    w.line(', cụ thể như sau:');
    for (let k = 1; k <= r.int(1, 3); k++) {
      const st = w.section(String(k), null, d1, null);
      taskSentence(env, st, `${k}. `);
    }
  } else if (withPlan) {
    w.line(`Điều 1. Ban hành kèm theo Quyết định này ${/Đề án/.test(doc.title) ? 'Đề án' : 'Kế hoạch'} ${stripVe(doc.title).replace(/^(ban hành|phê duyệt) (Kế hoạch|Đề án) /, '')}.`);
  } else {
    w.line('Điều 1. Nội dung chủ yếu');
    for (let k = 1; k <= r.int(2, 4); k++) {
      const st = w.section(String(k), null, d1, null);
      taskSentence(env, st, `${k}. `);
    }
  }
  const d2 = w.section('Điều 2', 'Tổ chức thực hiện', null, 'Điều 2. Tổ chức thực hiện');
  taskSentence(env, d2, '');
  if (!withPlan) while (env.bodyMentions.length) taskSentence(env, d2, '');
  w.section('Điều 3', null, null, null);
  w.line(`Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký.`);
  w.section('Điều 4', null, null, null);
  w.line(
    `Điều 4. Chánh Văn phòng UBND ${p.unit}, Giám đốc các sở, Thủ trưởng các ban, ngành; Chủ tịch UBND các huyện, thị xã, thành phố và các cơ quan, đơn vị liên quan chịu trách nhiệm thi hành Quyết định này./.`,
  );
  signature(w, doc);
  if (withPlan) {
    w.line('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    w.line('Độc lập - Tự do - Hạnh phúc');
    w.blank();
    w.line(/Đề án/.test(doc.title) ? 'ĐỀ ÁN' : 'KẾ HOẠCH');
    w.line(capitalize(stripVe(doc.title).replace(/^(ban hành|phê duyệt) (Kế hoạch|Đề án) /, '')));
    // The attachment names the decision itself: an extractor must not count it as a reference.
    w.text('(Kèm theo Quyết định ');
    const so = damageSoWord(w.profile, r);
    w.raw(`${so.text} ${damageSymbol(doc.symbol, w.profile, r, 0.5).text}`);
    w.line(` ngày ${dateParts(doc.date)[2]}/${dateParts(doc.date)[1]}/${dateParts(doc.date)[0]} của UBND ${p.unit})`);
    w.blank();
    planSections(env, { dash: false });
  }
}

function renderPlan(w: DocumentWriter, doc: PlannedDoc, env: TaskEnv, cites: ReturnType<typeof citationsOf>): void {
  const r = w.rng;
  const issuerWord = doc.family === 'DEPT' ? departmentBody(doc.department!) : `Ủy ban nhân dân ${w.unit}`;
  if (r.chance(0.5)) {
    basisBlock(w, doc, cites.basis);
    w.line(`${issuerWord} ban hành Kế hoạch thực hiện như sau:`);
  } else {
    // Plans often fold the Căn cứ list into one paragraph ("Thực hiện ...; Căn cứ ..., UBND tỉnh ban hành ...").
    const ordered = [...cites.basis].sort((a, b) => a.level - b.level);
    ordered.forEach((c, i) => {
      w.text(i === 0 ? 'Thực hiện ' : '; ');
      w.mention(c, 'IMPLEMENTS');
    });
    w.line(`${ordered.length ? ', ' : ''}${issuerWord} ban hành Kế hoạch thực hiện như sau:`);
  }
  w.blank();
  planSections(env, { dash: false });
  w.line(`Trên đây là Kế hoạch ${env.topic.short}, yêu cầu các cơ quan, đơn vị nghiêm túc triển khai thực hiện./.`);
  signature(w, doc);
}

function renderDirective(w: DocumentWriter, doc: PlannedDoc, env: TaskEnv, cites: ReturnType<typeof citationsOf>): void {
  const r = w.rng;
  fillerParagraphs(w, env.topic, r.int(1, 3));
  if (cites.basis.length) {
    w.text('Thực hiện ');
    cites.basis.forEach((c, i) => {
      if (i) w.text('; ');
      w.mention(c, 'IMPLEMENTS');
    });
    w.line(`, để ${env.topic.short} đạt hiệu quả, ${doc.family === 'BTV' ? 'Ban Thường vụ Tỉnh ủy' : `Chủ tịch UBND ${w.unit}`} yêu cầu:`);
  }
  // Duties listed under each body's own number.
  let k = 1;
  for (const b of [env.bodies.lead, ...env.bodies.coords]) {
    const sb = w.section(String(k), b.name, null, `${k++}. ${b.name}`);
    for (let m = 0; m < r.int(1, 2); m++) taskSentence(env, sb, '- ');
  }
  while (env.bodyMentions.length) taskSentence(env, { path: String(k - 1), level: 1 }, '- ');
  const sg = w.section(String(k), null, null, null);
  const report = makeDeadline(r, doc.date);
  const text = `Giám đốc các sở, Thủ trưởng các ban, ngành, Chủ tịch UBND các huyện, thị xã, thành phố tổ chức thực hiện nghiêm túc Chỉ thị này; báo cáo kết quả${deadlinePhrase(report, r)}`;
  w.line(`${k}. ${text}./.`);
  w.task({ section: sg.path, text, deadline: report, targets: [], indicators: [], assignments: env.bodies.groups.map((g) => assignment(g, 'LEAD')), carriesOut: [] });
  signature(w, doc);
}

function renderPartyResolution(w: DocumentWriter, doc: PlannedDoc, env: TaskEnv, cites: ReturnType<typeof citationsOf>): void {
  const r = w.rng;
  const p = doc.province!;
  const party = p.unit === 'tỉnh' ? 'Tỉnh ủy' : 'Thành ủy';
  let n = 1;
  w.section(roman(n), 'TÌNH HÌNH VÀ NGUYÊN NHÂN', null, `${roman(n++)}- TÌNH HÌNH VÀ NGUYÊN NHÂN`);
  fillerParagraphs(w, env.topic, r.int(2, 5));
  if (cites.basis.length) {
    w.text('Thực hiện ');
    cites.basis.forEach((c, i) => {
      if (i) w.text(', ');
      w.mention(c, 'IMPLEMENTS');
    });
    w.line(`, Ban Chấp hành Đảng bộ ${p.unit} đã tập trung lãnh đạo, chỉ đạo và đạt được những kết quả quan trọng.`);
  }
  w.blank();
  const s2 = w.section(roman(n), 'QUAN ĐIỂM, MỤC TIÊU', null, `${roman(n++)}- QUAN ĐIỂM, MỤC TIÊU`);
  fillerParagraphs(w, env.topic, 1);
  const sc = w.section('1', 'Chỉ tiêu đến năm 2025', s2, '1. Chỉ tiêu đến năm 2025');
  targetBullets(env, sc, r.int(2, Math.min(4, env.topic.targets.length)));
  w.blank();
  const s3 = w.section(roman(n), 'NHIỆM VỤ, GIẢI PHÁP', null, `${roman(n++)}- NHIỆM VỤ, GIẢI PHÁP`);
  env.topic.areas.slice(0, r.int(2, env.topic.areas.length)).forEach((area, i) => {
    const sa = w.section(String(i + 1), area, s3, `${i + 1}. ${area}`);
    fillerParagraphs(w, env.topic, 1);
    if (r.chance(0.6)) taskSentence(env, sa, '');
  });
  while (env.bodyMentions.length) taskSentence(env, s3, '');
  w.blank();
  const s4 = w.section(roman(n), 'TỔ CHỨC THỰC HIỆN', null, `${roman(n++)}- TỔ CHỨC THỰC HIỆN`);
  const j = p.name;
  const partyBodies: [BodyRef, Role, string][] = [
    [{ name: `Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc ${party}`, jurisdiction: j, group: true }, 'LEAD', 'tổ chức quán triệt, xây dựng chương trình, kế hoạch thực hiện Nghị quyết'],
    [{ name: `Ban cán sự đảng UBND ${p.unit}`, jurisdiction: j, group: false }, 'LEAD', 'lãnh đạo, chỉ đạo xây dựng kế hoạch thực hiện Nghị quyết, bố trí nguồn lực thực hiện'],
    [{ name: `Ban Tuyên giáo ${party}`, jurisdiction: j, group: false }, 'LEAD', 'chủ trì tuyên truyền, phổ biến Nghị quyết trong cán bộ, đảng viên và Nhân dân'],
    [{ name: `Ủy ban Kiểm tra ${party}`, jurisdiction: j, group: false }, 'SUPERVISE', 'kiểm tra, giám sát việc thực hiện Nghị quyết'],
  ];
  partyBodies.forEach(([b, role, duty], i) => {
    const sb = w.section(String(i + 1), null, s4, null);
    const text = `${b.name} ${duty}`;
    w.line(`${i + 1}. ${text}.`);
    w.task({ section: sb.path, text, deadline: null, targets: [], indicators: [], assignments: [assignment(b, role)], carriesOut: [] });
  });
  w.line(`Nghị quyết này được phổ biến đến chi bộ./.`);
  signature(w, doc);
}

function renderCouncilResolution(w: DocumentWriter, doc: PlannedDoc, env: TaskEnv, cites: ReturnType<typeof citationsOf>): void {
  const r = w.rng;
  const p = doc.province!;
  w.line(`HỘI ĐỒNG NHÂN DÂN ${unitName(p).toUpperCase()}`);
  w.line(`KHÓA ${roman(r.int(14, 17))} - KỲ HỌP THỨ ${r.int(2, 30)}`);
  w.blank();
  basisBlock(w, doc, cites.basis);
  proposalLine(w, doc, cites.proposal);
  w.line('QUYẾT NGHỊ:');
  w.blank();
  const d1 = w.section('Điều 1', null, null, null);
  w.line(`Điều 1. Thông qua mục tiêu, nhiệm vụ và giải pháp ${stripVe(doc.title)}, với các nội dung chủ yếu sau:`);
  const c1 = w.section('1', 'Các chỉ tiêu chủ yếu', d1, '1. Các chỉ tiêu chủ yếu');
  targetBullets(env, c1, r.int(2, Math.min(4, env.topic.targets.length)));
  const c2 = w.section('2', 'Nhiệm vụ, giải pháp', d1, '2. Nhiệm vụ, giải pháp');
  for (let k = 0; k < r.int(2, 4); k++) {
    const letter = 'abcdef'[k]!;
    const st = w.section(letter, null, c2, null);
    taskSentence(env, st, `${letter}) `);
  }
  while (env.bodyMentions.length) taskSentence(env, c2, '- ');
  const d2 = w.section('Điều 2', 'Tổ chức thực hiện', null, 'Điều 2. Tổ chức thực hiện');
  const ubnd: BodyRef = { name: `UBND ${p.unit}`, jurisdiction: p.name, group: false };
  const tt: BodyRef = { name: `Thường trực HĐND ${p.unit}`, jurisdiction: p.name, group: false };
  const a1 = w.section('1', null, d2, null);
  const t1 = `Giao Ủy ban nhân dân ${p.unit} tổ chức triển khai thực hiện Nghị quyết này`;
  w.line(`1. ${t1}.`);
  w.task({ section: a1.path, text: t1, deadline: null, targets: [], indicators: [], assignments: [assignment(ubnd, 'LEAD')], carriesOut: [] });
  const a2 = w.section('2', null, d2, null);
  const t2 = `Thường trực HĐND ${p.unit}, các Ban của HĐND ${p.unit}, các Tổ đại biểu và đại biểu HĐND ${p.unit} giám sát việc thực hiện Nghị quyết này`;
  w.line(`2. ${t2}.`);
  w.task({ section: a2.path, text: t2, deadline: null, targets: [], indicators: [], assignments: [assignment(tt, 'SUPERVISE')], carriesOut: [] });
  w.line(`Nghị quyết này đã được Hội đồng nhân dân ${unitName(p)} thông qua ${longDate(doc.date)} và có hiệu lực kể từ ngày thông qua./.`);
  signature(w, doc);
}

function renderNational(w: DocumentWriter, doc: PlannedDoc, env: TaskEnv, cites: ReturnType<typeof citationsOf>): void {
  const info = NATIONAL_SERIES.find((s) => s.series === doc.series)!;
  w.line(info.header);
  w.blank();
  basisBlock(w, doc, cites.basis);
  w.line(doc.kind === 'NGHI_QUYET' ? 'QUYẾT NGHỊ:' : doc.kind === 'QUYET_DINH' ? 'QUYẾT ĐỊNH:' : '');
  w.blank();
  planSections(env, { dash: false });
  signature(w, doc);
}

/** Renders a generated document: its text and the manifest entry of what it plants. Same seed, same bytes. */
export function renderDocument(plan: CorpusPlan, doc: PlannedDoc): { text: string; manifest: ManifestDocument } {
  if (!doc.generated || !doc.file) throw new Error(`document ${doc.key} is not generated`);
  const rng = new Rng(`directive-graph-doc:${plan.seed}:${doc.key}`);
  const diacritics = rng.weighted([['clean', 45], ['partial', 25], ['stripped', 30]] as const);
  const profile: DamageProfile = {
    diacritics,
    wrapped: diacritics !== 'clean' || rng.chance(0.3),
    width: rng.int(70, 86),
  };
  const w = new DocumentWriter(plan, doc, rng, profile);
  const topic = topicById(doc.topic);
  const cites = citationsOf(w, doc);
  const env: TaskEnv = {
    w,
    doc,
    topic,
    bodies: doc.family === 'NATIONAL' ? nationalBodies(topic, rng) : localBodies(doc, topic, rng),
    bodyMentions: cites.body,
  };
  const { place, missing } = header(w, doc);
  titleBlock(w, doc, cites.titleTarget, cites.titleRelation);
  switch (doc.family) {
    case 'NATIONAL':
      renderNational(w, doc, env, cites);
      break;
    case 'TU':
    case 'BTV':
      if (doc.kind === 'CHI_THI') renderDirective(w, doc, env, cites);
      else renderPartyResolution(w, doc, env, cites);
      break;
    case 'HDND':
      renderCouncilResolution(w, doc, env, cites);
      break;
    case 'UBND':
      if (doc.kind === 'QUYET_DINH') renderUbndDecision(w, doc, env, cites);
      else if (doc.kind === 'CHI_THI') renderDirective(w, doc, env, cites);
      else renderPlan(w, doc, env, cites);
      break;
    default:
      renderPlan(w, doc, env, cites);
  }
  for (const c of doc.citations) w.settleCitation(c);
  const { text, manifest } = w.finish(missing, place);
  return { text, manifest: { ...manifest, bytes: Buffer.byteLength(text, 'utf8') } };
}
