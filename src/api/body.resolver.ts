/** Responsible bodies: lookups, and the tasks they carry and documents they issued. */
import 'reflect-metadata';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { findBodies } from '../graph/bodyQueries';
import { bodyDashboard } from '../graph/dashboardQueries';
import { expandAbbreviations } from '../graph/exploreQueries';
import { createRequire } from 'node:module';
import type * as GraphQL from 'graphql';
import type { BodyRecord, Page, TaskRecord } from '../graph/records';
import { BodyFilterInput } from './body.input';
import { BodyConnection, BodyType } from './body.type';
import type { ApiContext } from './context';
import { connectionItemFields, selectedFields } from './selection';
import { ReadsDatabase } from './databaseField';
import { foldedFilter } from './document.resolver';
import { DocumentConnection } from './document.type';
import { BodyDashboardType } from './dashboard.type';
import { AssignmentRole, TaskStatus, TrackerCell } from './enums.type';
import { keyFromId, toGlobalId } from './globalId';
import { pageWindow, toConnection, type ConnectionValue } from './pagination';
import { PageArgs } from './page.args';
import { asOfDay, taskFilterFrom } from './task.resolver';
import { TaskConnection } from './task.type';

// The copy that built the schema (see src/api/schema.ts): its field definitions are read with its own functions.
const graphql = createRequire(import.meta.url)('graphql') as typeof GraphQL;

type TasksArgs = Parameters<typeof taskFilterFrom>[0] & { first?: number | null; after?: string | null };

/** A body's page of tasks through the request's loader (one statement per distinct arguments, whatever the bodies). */
function tasksPage(ctx: ApiContext, key: string, args: TasksArgs, info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>): Promise<Page<TaskRecord>> {
  const slice = pageWindow(args);
  const filter = taskFilterFrom(args);
  // What the query reads of the tasks comes in the page's own statement, not in one more per relation.
  const asked = connectionItemFields(info);
  const along = { assignments: asked.has('assignments'), document: asked.has('document') };
  return ctx.loaders.tasksOfBody(filter, slice, along).load(key);
}

/**
 * `body(id) { tasks(...) }` asks for the tasks of a body whose key the id already names: their page is read
 * at once, not after the body's lookup (a second round trip on every busy body's page), and its statement
 * brings the body too (the lookup needs none of its own). Body.tasks then finds the page in the loader. The
 * arguments are read as graphql reads them for the field; a selection it cannot read is left to Body.tasks,
 * which reports the error. Returns the first page started, null when none was.
 */
function prefetchTasks(ctx: ApiContext, key: string, info: GraphQLResolveInfo): Promise<unknown> | null {
  const field = (info.schema.getType('Body') as { getFields?: () => Record<string, unknown> } | undefined)?.getFields?.().tasks;
  if (!field) return null;
  let first: Promise<unknown> | null = null;
  for (const node of selectedFields(info, 'tasks')) {
    let page: Promise<unknown>;
    try {
      const args = graphql.getArgumentValues(field as GraphQL.GraphQLField<unknown, unknown>, node, info.variableValues) as TasksArgs;
      page = tasksPage(ctx, key, args, { fieldNodes: [node], fragments: info.fragments });
    } catch {
      continue; // invalid arguments: Body.tasks refuses them with the user's message
    }
    // An unknown body never reaches Body.tasks: its page's failure must not become an unhandled rejection.
    // When Body.tasks runs, it awaits the same promise from the loader and sees the failure itself.
    page.catch(() => undefined);
    first ??= page;
  }
  return first;
}

@Resolver(() => BodyType)
export class BodyResolver {
  @FieldResolver(() => ID)
  id(@Root() body: BodyRecord): string {
    return toGlobalId('Body', body.key);
  }

  @ReadsDatabase()
  @FieldResolver(() => TaskConnection, { description: 'Tasks assigned to this body, in document and reading order.' })
  async tasks(
    @Root() body: BodyRecord,
    @Ctx() ctx: ApiContext,
    @Args(() => PageArgs) pageArgs: PageArgs,
    @Info() info: GraphQLResolveInfo,
    @Arg('role', () => AssignmentRole, { nullable: true, description: 'Only tasks it has this role in (default: any).' }) role?: string,
    @Arg('dueAfter', () => String, { nullable: true, description: 'YYYY-MM-DD' }) dueAfter?: string,
    @Arg('dueBefore', () => String, { nullable: true, description: 'YYYY-MM-DD' }) dueBefore?: string,
    @Arg('documentId', () => ID, { nullable: true, description: 'Only tasks of this document ...' }) documentId?: string,
    @Arg('includeDownstream', () => Boolean, { nullable: true, defaultValue: false, description: '... and of every document citing it.' })
    includeDownstream?: boolean,
    @Arg('text', () => String, { nullable: true, description: 'Words the task text contains, diacritics optional.' }) text?: string,
    @Arg('status', () => TaskStatus, { nullable: true }) status?: string,
    @Arg('cell', () => TrackerCell, { nullable: true, description: 'Only tasks in this tracker cell on the day asOf (the list behind a dashboard number).' })
    cell?: string,
    @Arg('dueMonth', () => String, { nullable: true, description: 'Only tasks whose last day falls in this month, YYYY-MM; "none": tasks without one.' })
    dueMonth?: string,
    @Arg('asOf', () => String, { nullable: true, description: 'The day tracker cells are computed for, YYYY-MM-DD (default: today, Vietnam time).' })
    asOf?: string,
  ): Promise<ConnectionValue<unknown>> {
    const args = { role, dueAfter, dueBefore, documentId, includeDownstream, text, status, cell, dueMonth, asOf };
    const slice = pageWindow(pageArgs);
    return toConnection(await tasksPage(ctx, body.key, { ...pageArgs, ...args }, info), slice);
  }

  @ReadsDatabase()
  @FieldResolver(() => BodyDashboardType, {
    description:
      'Its tasks in the four tracker cells (done on time, done late, in progress, overdue), overall, per source directive and per deadline month, ' +
      'counted in the database by one query. Body.tasks(cell, documentId, dueMonth, asOf, role) lists the tasks behind each number.',
  })
  async dashboard(
    @Root() body: BodyRecord,
    @Ctx() ctx: ApiContext,
    @Arg('asOf', () => String, { nullable: true, description: 'The day to count for, YYYY-MM-DD (default: today, Vietnam time).' }) asOf?: string,
    @Arg('role', () => AssignmentRole, { nullable: true, description: 'Only tasks it has this role in (default: any).' }) role?: string,
  ): Promise<BodyDashboardType> {
    const { loaders } = ctx;
    const dashboard = await bodyDashboard(loaders.reader, body.key, asOfDay(asOf), role ?? null);
    loaders.primeDocuments(dashboard.byDocument.map((row) => row.document));
    return dashboard;
  }

  @ReadsDatabase()
  @FieldResolver(() => DocumentConnection, { description: 'Documents this body issued, newest first.' })
  async issued(
    @Root() body: BodyRecord,
    @Ctx() ctx: ApiContext,
    @Args(() => PageArgs) pageArgs: PageArgs,
  ): Promise<ConnectionValue<unknown>> {
    const slice = pageWindow(pageArgs);
    return toConnection(await ctx.loaders.issued(slice).load(body.key), slice);
  }

  @Query(() => BodyType, { nullable: true, description: 'A body by id (or key, "so noi vu@Quảng Ninh").' })
  body(@Arg('id', () => ID) id: string, @Ctx() ctx: ApiContext, @Info() info: GraphQLResolveInfo): Promise<BodyRecord | null> {
    const key = keyFromId(id, 'Body', 'id');
    const page = prefetchTasks(ctx, key, info);
    if (!page) return ctx.loaders.bodies.load(key);
    // The page primed the body's record; an unknown body (no record came) or a failed page (Body.tasks reports
    // it) falls back to the lookup.
    const lookup = () => ctx.loaders.bodies.load(key);
    return page.then(lookup, lookup);
  }

  @Query(() => BodyConnection, { description: 'Bodies matching a filter; an exact name match comes first.' })
  async bodies(
    @Ctx() ctx: ApiContext,
    @Args(() => PageArgs) pageArgs: PageArgs,
    @Arg('filter', () => BodyFilterInput, { nullable: true }) filter?: BodyFilterInput,
  ): Promise<ConnectionValue<unknown>> {
    const slice = pageWindow(pageArgs);
    const { loaders } = ctx;
    const page = await findBodies(
      loaders.reader,
      { nameFolded: foldedFilter(filter?.name ? expandAbbreviations(filter.name) : filter?.name), jurisdictionFolded: foldedFilter(filter?.jurisdiction), group: filter?.group ?? null },
      slice,
    );
    loaders.primeBodies(page.items);
    return toConnection(page, slice);
  }
}
