/**
 * Stage 6: the records extraction returns. Tasks carry their deadline, targets, indicators and the documents
 * they carry out; assignments are one per (body, role, section), cited with evidence and a duty summary.
 */
import { officialsBody, resolveBody, type BodyParse } from '../bodies';
import { parseDeadline } from '../deadlines';
import { findTargets, indicatorCodes } from '../targets';
import type { Assignment, Task } from '../types';
import { onOneLine, type BodyRegistry } from './bodyRegistry';
import { cellGroupName } from './cellNames';
import { officeBody } from './committeeOffices';
import type { RoleFinding, TableRow, TaskDocument, Unit } from './types';
import { ENDS_WITH_CLOSING_MARK, foldedSlice } from './document';
import { collapsedSpan } from '../../text/whitespace';

/** A task's text is cut to this many characters ("..." in place of the last three when longer). */
const TASK_TEXT_MAX = 2000;
/** A duty summary is cut likewise. */
const DUTY_MAX = 200;

/** One task per duty unit (not a title, not assessing the past) of at least three words; `taskOf` maps each such unit to its task's ordinal. */
export function buildTasks(doc: TaskDocument, units: readonly Unit[], assessed: ReadonlySet<Unit>): { tasks: Task[]; taskOf: Map<Unit, number> } {
  const tasks: Task[] = [];
  const taskOf = new Map<Unit, number>();
  const cites = mentionIndex(doc);
  for (const u of units) {
    if (u.title || assessed.has(u)) continue;
    // Deadlines, targets and indicators show what the document writes (the reading may have dropped stray marks).
    const raw = doc.shown.slice(u.start, u.end);
    const taskText = taskTextOf(doc, u);
    if (!hasThreeWords(doc, u, taskText)) continue;
    const ordinal = tasks.length;
    taskOf.set(u, ordinal);
    const deadlineText = u.row ? rowDeadlineText(doc, u) : raw;
    // The unit's fold is a slice of the document's, made once: deadlines, targets and indicators read it.
    const folded = foldedSlice(doc, u.start, u.end);
    tasks.push({
      ordinal,
      start: u.start,
      end: u.end,
      sectionPath: u.section?.path ?? '',
      text: taskText.length > TASK_TEXT_MAX ? `${taskText.slice(0, TASK_TEXT_MAX - 3)}...` : taskText,
      deadline: parseDeadline(deadlineText, u.row ? undefined : folded),
      targets: findTargets(raw, folded).map((t) => ({ raw: t.raw, value: t.value, unit: t.unit, comparator: t.comparator, indicator: t.indicator })),
      indicators: indicatorCodes(raw, folded),
      carriesOut: carriedOut(doc, cites, u),
    });
  }
  return { tasks, taskOf };
}

/**
 * The task's text with its whitespace collapsed, up to one character past the cut (which is all the task keeps):
 * a long unit is read only that far.
 */
function taskTextOf(doc: TaskDocument, u: Unit, max = TASK_TEXT_MAX + 1): string {
  if (!u.row) return collapsedSpan(doc.shown, u.start, u.end, max);
  const cells = rowText(doc, u.row);
  return collapsedSpan(cells, 0, cells.length, max);
}

/** Whether the task's whole collapsed text has at least three words (read in full only when its cut prefix has fewer). */
function hasThreeWords(doc: TaskDocument, u: Unit, prefix: string): boolean {
  if (countSpaces(prefix) >= 2) return true;
  return prefix.length > TASK_TEXT_MAX && countSpaces(taskTextOf(doc, u, Number.POSITIVE_INFINITY)) >= 2;
}

/**
 * What a reader sees as a table row's task: its task column when its header names one, else its non-empty
 * cells; never the layout's cell bars.
 */
function rowText(doc: TaskDocument, row: TableRow): string {
  const filled = row.cells.filter((c) => c.end > c.start && doc.text.slice(c.start, c.end).trim());
  const task = filled.filter((c) => c.role === 'TASK');
  return (task.length ? task : filled).map((c) => doc.shown.slice(c.start, c.end).trim()).join(' | ');
}

/** A task row's deadline column when it has one, else the whole row. */
function rowDeadlineText(doc: TaskDocument, u: Unit): string {
  const cell = u.row!.cells.find((c) => c.role === 'DEADLINE' && c.end > c.start);
  return cell ? doc.shown.slice(cell.start, cell.end) : doc.shown.slice(u.start, u.end);
}

/**
 * Assignments from role findings, one per (body, role, section), first finding first. `mentions`: every name the
 * document writes, the vocabulary's or not (the `all` list of `bodyMentionLists`).
 */
export function buildAssignments(
  doc: TaskDocument,
  findings: readonly RoleFinding[],
  registry: BodyRegistry,
  taskOf: ReadonlyMap<Unit, number>,
  mentions: readonly BodyParse[],
): Assignment[] {
  const out: Assignment[] = [];
  const seen = new Set<string>();
  // The names written on one line, listed only when a short form needs them.
  let allNames: string[] | null = null;
  const names = () => (allNames ??= mentions.filter((p) => onOneLine(doc.text, p)).map((p) => p.raw));
  for (const e of findings) {
    // What policy staff ask is what a body is responsible for: an official's title ("Giám đốc Sở Nội vụ",
    // "Chủ tịch UBND các xã") names the body, and the title is kept apart.
    const actorName = cellGroupName(doc, e.unit, e.actor);
    // An office of a committee ("Trưởng Ban Chỉ đạo") is kept as written, its title names no body ("Trưởng Ban" of
    // "Chỉ đạo"); the head of a committee named in full, or among a closing article's officials, stands for it (the
    // closing mark alone, not isClosing: a closing article under a cut heading line counts too).
    const resolved = resolveBody(actorName, doc.jurisdiction);
    const office = resolved.official ? officeBody(actorName, ENDS_WITH_CLOSING_MARK.test(doc.text.slice(e.unit.start, e.unit.end))) : null;
    const written = office?.office ? { ...resolved, official: null } : resolved;
    const named = office && !office.office ? office.body : written.official ? officialsBody(written) : actorName;
    // A short form of a body the document names in full elsewhere is that body.
    const bodyName = registry.fullerName(named, doc.text, names) ?? named;
    const body = registry.note(bodyName, e.actor.parse);
    if (!body) continue;
    const id = `${body.key}|${e.role}|${e.section}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const evidenceAt = e.actor.parse.start;
    const dStart = doc.tokens[e.dutyFrom]?.start ?? e.unit.start;
    const evEnd = Math.min(Math.max(e.unit.end, e.actor.parse.end), Math.max(e.actor.parse.end, dStart + 120));
    const evidence = collapsedSpan(doc.shown, evidenceAt, evEnd);
    const dEnd = e.dutyTo > 0 && doc.tokens[e.dutyTo - 1] ? doc.tokens[e.dutyTo - 1]!.end : e.unit.end;
    // Read one character past the cut: enough to know the duty is longer.
    let duty = collapsedSpan(doc.shown, dStart, Math.max(dStart, dEnd), DUTY_MAX + 1);
    if (duty.length > DUTY_MAX) duty = `${duty.slice(0, DUTY_MAX - 3).trimEnd()}...`;
    out.push({
      start: evidenceAt,
      end: evEnd,
      bodyKey: body.key,
      body: written.official || bodyName !== named ? resolveBody(bodyName, doc.jurisdiction).written : written.written,
      official: written.official,
      jurisdiction: body.jurisdiction,
      role: e.role,
      section: e.section,
      duty,
      evidence,
      taskOrdinal: taskOf.get(e.unit) ?? null,
    });
  }
  return out;
}

/** Citation mention starts in text order with the index of their reference. */
function mentionIndex(doc: TaskDocument): { start: number; ref: number }[] {
  const index: { start: number; ref: number }[] = [];
  doc.references.forEach((r, ref) => {
    for (const m of r.mentions) index.push({ start: m.start, ref });
  });
  return index.sort((a, b) => a.start - b.start);
}

/** Keys of the references mentioned inside the unit, in the references' order. */
function carriedOut(doc: TaskDocument, index: readonly { start: number; ref: number }[], u: Unit): string[] {
  let lo = 0;
  let hi = index.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (index[mid]!.start < u.start) lo = mid + 1;
    else hi = mid;
  }
  const hit = new Set<number>();
  for (let k = lo; k < index.length && index[k]!.start < u.end; k++) hit.add(index[k]!.ref);
  const keys: string[] = [];
  for (const ref of [...hit].sort((a, b) => a - b)) {
    const key = doc.references[ref]!.key;
    if (!keys.includes(key)) keys.push(key);
  }
  return keys;
}

/** `s.split(' ').length - 1`, without the array: a task has at least three words. */
function countSpaces(s: string): number {
  let n = 0;
  for (let i = s.indexOf(' '); i >= 0; i = s.indexOf(' ', i + 1)) n++;
  return n;
}
