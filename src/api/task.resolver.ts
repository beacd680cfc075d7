/** Tasks: the filtered task list, their relation fields, and the status mutation. */
import { DayScalar } from './date.scalar';
import 'reflect-metadata';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { DirectiveGraphError, ErrorCode } from '../errors';
import type { AssignmentRecord, BodyRecord, DocumentRecord, IndicatorRecord, TargetRecord, TaskRecord, TaskStatus as TaskStatusValue } from '../graph/records';
import { dueBy, findTasks, isOverdue, setTaskStatus, type TaskFilter } from '../graph/taskQueries';
import { searchWords } from '../graph/searchQueries';
import { BodyType } from './body.type';
import type { ApiContext } from './context';
import { ReadsDatabase } from './databaseField';
import { DocumentType } from './document.type';
import { TaskStatus } from './enums.type';
import { keyFromId, toGlobalId } from './globalId';
import { pageWindow, toConnection, type ConnectionValue } from './pagination';
import { PageArgs } from './page.args';
import { checkDay, requireEditor } from './protection';
import { TaskFilterInput } from './task.input';
import { AssignmentType, IndicatorType, TargetType, TaskConnection, TaskType } from './task.type';

/** A task filter's arguments, validated; shared by `tasks(filter)` and `Body.tasks`. */
export function taskFilterFrom(args: {
  role?: string | null;
  dueBefore?: string | null;
  dueAfter?: string | null;
  documentId?: string | null;
  includeDownstream?: boolean | null;
  text?: string | null;
  status?: string | null;
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
    asOf: args.asOf ?? null,
  };
}

@Resolver(() => TaskType)
export class TaskResolver {
  @FieldResolver(() => ID)
  id(@Root() task: TaskRecord): string {
    return toGlobalId('Task', task.key);
  }

  @ReadsDatabase()
  @FieldResolver(() => DocumentType, { description: 'The document that assigns it.' })
  document(@Root() task: TaskRecord, @Ctx() ctx: ApiContext): Promise<DocumentRecord> {
    return ctx.loaders.document(task.documentKey);
  }

  @ReadsDatabase()
  @FieldResolver(() => [AssignmentType], { description: 'Who leads, coordinates and supervises it.' })
  assignments(@Root() task: TaskRecord, @Ctx() ctx: ApiContext): Promise<AssignmentRecord[]> {
    return ctx.loaders.assignments.load(task.key);
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
    const page = await findTasks(loaders.reader, bodyKey, taskFilterFrom({ ...filter, asOf }), slice);
    loaders.primeTasks(page.items);
    return toConnection(page, slice);
  }

  @Mutation(() => TaskType, { description: 'Records progress on a task (editor key needed).' })
  async setTaskStatus(
    @Arg('taskId', () => ID) taskId: string,
    @Arg('status', () => TaskStatus) status: string,
    @Ctx() ctx: ApiContext,
    @Arg('note', () => String, { nullable: true }) note?: string,
  ): Promise<TaskRecord> {
    requireEditor(ctx);
    const key = keyFromId(taskId, 'Task', 'taskId');
    const task = await setTaskStatus(ctx.graph, key, status as TaskStatusValue, note?.trim() || null);
    if (!task) throw new DirectiveGraphError(ErrorCode.NOT_FOUND, `No task has the id "${taskId}". Find task ids with tasks(filter) or Document.tasks.`);
    const { loaders } = ctx;
    loaders.tasks.clear(key).prime(key, task);
    return task;
  }
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
