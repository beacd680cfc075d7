/** Tasks: the filtered task list, their relation fields, and the status mutation. */
import { DayScalar } from './date.scalar';
import 'reflect-metadata';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { DirectiveGraphError, ErrorCode } from '../errors';
import type { AssignmentRecord, BodyRecord, DocumentRecord, IndicatorRecord, TargetRecord, TaskRecord, TaskStatus as TaskStatusValue } from '../graph/records';
import { dueBy, extendTaskDeadline, findTasks, isOverdue, setTaskStatus, todayInVietnam, type TaskFilter } from '../graph/taskQueries';
import { NO_DUE_MONTH, trackerCell, type TrackerCell as TrackerCellValue } from '../graph/taskTracker';
import { searchWords } from '../graph/searchQueries';
import { BodyType } from './body.type';
import type { ApiContext } from './context';
import { ReadsDatabase } from './databaseField';
import { DocumentType } from './document.type';
import { TaskStatus, TrackerCell } from './enums.type';
import { keyFromId, toGlobalId } from './globalId';
import { pageWindow, toConnection, type ConnectionValue } from './pagination';
import { PageArgs } from './page.args';
import { checkDay, requireEditor } from './protection';
import { TaskFilterInput } from './task.input';
import { AssignmentType, IndicatorType, TargetType, TaskConnection, TaskEventType, TaskType } from './task.type';

/** A task filter's arguments, validated; shared by `tasks(filter)` and `Body.tasks`. */
export function taskFilterFrom(args: {
  role?: string | null;
  dueBefore?: string | null;
  dueAfter?: string | null;
  documentId?: string | null;
  includeDownstream?: boolean | null;
  text?: string | null;
  status?: string | null;
  cell?: string | null;
  dueMonth?: string | null;
  /** Only tasks of documents issued by this day and in force on it (`tasks(asOf)`); null = any. */
  inForceOn?: string | null;
  asOf?: string | null;
}): TaskFilter {
  const documentKey = args.documentId ? keyFromId(args.documentId, 'Document', 'documentId') : null;
  if (args.includeDownstream && !documentKey) {
    throw new DirectiveGraphError(ErrorCode.BAD_USER_INPUT, '"includeDownstream" needs a "documentId": the document whose downstream tasks to include.');
  }
  return {
    role: args.role ?? null,
    dueBefore: checkDay(args.dueBefore, 'dueBefore'),
    dueAfter: checkDay(args.dueAfter, 'dueAfter'),
    documentKey,
    includeDownstream: args.includeDownstream === true,
    words: args.text ? searchWords(args.text) : [],
    status: (args.status as TaskStatusValue | null | undefined) ?? null,
    cell: (args.cell as TrackerCellValue | null | undefined) ?? null,
    dueMonth: checkDueMonth(args.dueMonth),
    asOf: asOfDay(args.asOf),
    inForceOn: args.inForceOn ?? null,
  };
}

/** The day tracker cells are computed for: the given day, or today in Vietnam. */
export function asOfDay(asOf: string | null | undefined): string {
  return checkDay(asOf, 'asOf') ?? todayInVietnam();
}

function checkDueMonth(value: string | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null;
  const v = value.trim().toLowerCase();
  if (v === NO_DUE_MONTH || /^\d{4}-(0[1-9]|1[0-2])$/.test(v)) return v;
  throw new DirectiveGraphError(ErrorCode.BAD_USER_INPUT, `"dueMonth" must be a month written YYYY-MM (e.g. 2025-12), or "${NO_DUE_MONTH}" for tasks without a deadline, got "${value}".`);
}

/** Who made a change, as kept in a task's history: the editor key's label, never the key. */
function actorOf(ctx: ApiContext): string {
  return ctx.actor ?? 'editor';
}

@Resolver(() => TaskType)
export class TaskResolver {
  @FieldResolver(() => ID)
  id(@Root() task: TaskRecord): string {
    return toGlobalId('Task', task.key);
  }

  @ReadsDatabase()
  @FieldResolver(() => DocumentType, { description: 'The document that assigns it.' })
  document(@Root() task: TaskRecord, @Ctx() ctx: ApiContext): DocumentRecord | Promise<DocumentRecord> {
    return ctx.loaders.document(task.documentKey);
  }

  @ReadsDatabase()
  @FieldResolver(() => [AssignmentType], { description: 'Who leads, coordinates and supervises it.' })
  assignments(@Root() task: TaskRecord, @Ctx() ctx: ApiContext): AssignmentRecord[] | Promise<AssignmentRecord[]> {
    return ctx.loaders.assignmentsOf(task.key);
  }

  @ReadsDatabase()
  @FieldResolver(() => [TargetType])
  targets(@Root() task: TaskRecord, @Ctx() ctx: ApiContext): Promise<TargetRecord[]> {
    return ctx.loaders.targets.load(task.key);
  }

  @ReadsDatabase()
  @FieldResolver(() => [IndicatorType], { description: 'Indicators the task concerns.' })
  indicators(@Root() task: TaskRecord, @Ctx() ctx: ApiContext): Promise<IndicatorRecord[]> {
    return ctx.loaders.indicators.load(task.key);
  }

  @ReadsDatabase()
  @FieldResolver(() => [DocumentType], { description: 'Documents this task carries out.' })
  carriesOut(@Root() task: TaskRecord, @Ctx() ctx: ApiContext): Promise<DocumentRecord[]> {
    return ctx.loaders.carriesOut.load(task.key);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The last day to finish: dueDate, or the end of the period ("2025-Q3" -> 2025-09-30).' })
  dueBy(@Root() task: TaskRecord): string | null {
    return dueBy(task);
  }

  @FieldResolver(() => Boolean, { description: 'Not DONE and dueBy has passed (Vietnam time).' })
  overdue(@Root() task: TaskRecord): boolean {
    return isOverdue(task);
  }

  @FieldResolver(() => TrackerCell, { description: 'Its tracker cell on the day asOf (default: today, Vietnam time).' })
  trackerCell(
    @Root() task: TaskRecord,
    @Arg('asOf', () => String, { nullable: true, description: 'YYYY-MM-DD' }) asOf?: string,
  ): TrackerCellValue {
    return trackerCell({ ...task, dueBy: dueBy(task) }, asOfDay(asOf));
  }

  @FieldResolver(() => [TaskEventType], { description: 'Every status change and deadline extension, oldest first; never rewritten.' })
  history(@Root() task: TaskRecord): TaskRecord['history'] {
    return task.history;
  }

  @Query(() => TaskType, { nullable: true, description: 'A task by id (or key).' })
  task(@Arg('id', () => ID) id: string, @Ctx() ctx: ApiContext): Promise<TaskRecord | null> {
    return ctx.loaders.tasks.load(keyFromId(id, 'Task', 'id'));
  }

  @Query(() => TaskConnection, { description: 'Tasks matching a filter, in document and reading order.' })
  async tasks(
    @Ctx() ctx: ApiContext,
    @Args(() => PageArgs) pageArgs: PageArgs,
    @Arg('filter', () => TaskFilterInput, { nullable: true }) filter?: TaskFilterInput,
    @Arg('asOf', () => DayScalar, { nullable: true, description: 'Only tasks of documents issued by this day and in force on it.' }) asOf?: string | null,
  ): Promise<ConnectionValue<unknown>> {
    const slice = pageWindow(pageArgs);
    const bodyKey = filter?.bodyId ? keyFromId(filter.bodyId, 'Body', 'filter.bodyId') : null;
    const { loaders } = ctx;
    const page = await findTasks(loaders.reader, bodyKey, taskFilterFrom({ ...filter, inForceOn: asOf }), slice);
    loaders.primeTasks(page.items);
    return toConnection(page, slice);
  }

  @Mutation(() => TaskType, {
    description:
      'Records progress on a task (editor key needed): the status, a note, and for DONE the day it was done (default today). ' +
      'The change is appended to the task\'s history with who made it.',
  })
  async setTaskStatus(
    @Arg('taskId', () => ID) taskId: string,
    @Arg('status', () => TaskStatus) status: string,
    @Ctx() ctx: ApiContext,
    @Arg('note', () => String, { nullable: true }) note?: string,
    @Arg('completedAt', () => String, { nullable: true, description: 'DONE only: the day it was done, YYYY-MM-DD, not in the future.' }) completedAt?: string,
  ): Promise<TaskRecord> {
    requireEditor(ctx);
    const key = keyFromId(taskId, 'Task', 'taskId');
    const done = checkDay(completedAt, 'completedAt');
    if (done !== null && status !== 'DONE') {
      throw new DirectiveGraphError(ErrorCode.BAD_USER_INPUT, `"completedAt" goes with status DONE only; this change sets ${status}.`);
    }
    if (done !== null && done > todayInVietnam()) {
      throw new DirectiveGraphError(ErrorCode.BAD_USER_INPUT, `"completedAt" ${done} is in the future: give the day the task was done.`);
    }
    const task = await setTaskStatus(ctx.graph, key, { status: status as TaskStatusValue, note: note?.trim() || null, completedAt: done, by: actorOf(ctx) });
    if (!task) throw taskNotFound(taskId);
    const { loaders } = ctx;
    loaders.tasks.clear(key).prime(key, task);
    return task;
  }

  @Mutation(() => TaskType, {
    description:
      'Extends a task\'s deadline (editor key needed): dueBy becomes the new last day, and the extension is appended to the task\'s history with its reason and who made it.',
  })
  async extendTaskDeadline(
    @Arg('taskId', () => ID) taskId: string,
    @Arg('dueBy', () => String, { description: 'The new last day, YYYY-MM-DD, later than the current one.' }) dueByArg: string,
    @Arg('reason', () => String, { description: 'Why the deadline moves (kept in the history).' }) reason: string,
    @Ctx() ctx: ApiContext,
  ): Promise<TaskRecord> {
    requireEditor(ctx);
    const key = keyFromId(taskId, 'Task', 'taskId');
    const day = checkDay(dueByArg, 'dueBy');
    if (day === null) throw new DirectiveGraphError(ErrorCode.BAD_USER_INPUT, '"dueBy" must be a day written YYYY-MM-DD.');
    const why = reason.trim();
    if (!why) throw new DirectiveGraphError(ErrorCode.BAD_USER_INPUT, '"reason" must say why the deadline moves.');
    const { loaders } = ctx;
    const current = await loaders.tasks.load(key);
    if (!current) throw taskNotFound(taskId);
    const previous = dueBy(current);
    if (previous !== null && day <= previous) {
      throw new DirectiveGraphError(ErrorCode.BAD_USER_INPUT, `"dueBy" ${day} does not extend the deadline: the task is due by ${previous}. Give a later day.`);
    }
    const task = await extendTaskDeadline(ctx.graph, key, { dueBy: day, reason: why, by: actorOf(ctx) });
    if (!task) throw taskNotFound(taskId);
    loaders.tasks.clear(key).prime(key, task);
    return task;
  }
}

function taskNotFound(taskId: string): DirectiveGraphError {
  return new DirectiveGraphError(ErrorCode.NOT_FOUND, `No task has the id "${taskId}". Find task ids with tasks(filter) or Document.tasks.`);
}

@Resolver(() => AssignmentType)
export class AssignmentResolver {
  @FieldResolver(() => BodyType)
  body(@Root() assignment: AssignmentRecord): BodyRecord {
    return assignment.body;
  }

  @ReadsDatabase()
  @FieldResolver(() => TaskType)
  async task(@Root() assignment: AssignmentRecord, @Ctx() ctx: ApiContext): Promise<TaskRecord> {
    const task = await ctx.loaders.tasks.load(assignment.taskKey);
    if (!task) throw new DirectiveGraphError(ErrorCode.NOT_FOUND, `Task ${assignment.taskKey} was removed while this request ran. Retry.`);
    return task;
  }
}
