/** A body's tracker dashboard: its tasks counted in the four tracker cells, overall, per directive and per deadline month. */
import 'reflect-metadata';
import { Field, Int, ObjectType } from 'type-graphql';
import { DocumentType } from './document.type';
import { AssignmentRole } from './enums.type';

@ObjectType('TrackerCounts', { description: 'Tasks per tracker cell; total is their sum.' })
export class TrackerCountsType {
  @Field(() => Int)
  doneOnTime!: number;

  @Field(() => Int)
  doneLate!: number;

  @Field(() => Int)
  inProgress!: number;

  @Field(() => Int)
  overdue!: number;

  @Field(() => Int)
  total!: number;
}

@ObjectType('DashboardDocumentRow', { description: 'The counts of the tasks one directive (document) assigns.' })
export class DashboardDocumentRowType {
  @Field(() => DocumentType, { description: 'List its tasks with Body.tasks(documentId: document.id, cell: ...).' })
  document!: unknown;

  @Field(() => TrackerCountsType)
  counts!: TrackerCountsType;
}

@ObjectType('DashboardMonthRow', { description: 'The counts of the tasks whose last day falls in one month.' })
export class DashboardMonthRowType {
  @Field(() => String, { description: '"YYYY-MM", or "none" for tasks without a last day; pass it as Body.tasks(dueMonth: ...).' })
  month!: string;

  @Field(() => TrackerCountsType)
  counts!: TrackerCountsType;
}

@ObjectType('BodyDashboard', {
  description: 'A body\'s tasks in the four tracker cells, counted in the database in one query. Body.tasks with the same asOf and role lists the tasks behind any number.',
})
export class BodyDashboardType {
  @Field(() => String, { description: 'The day the cells are computed for (YYYY-MM-DD).' })
  asOf!: string;

  @Field(() => AssignmentRole, { nullable: true, description: 'Only tasks the body has this role in (null: any role).' })
  role!: string | null;

  @Field(() => TrackerCountsType)
  total!: TrackerCountsType;

  @Field(() => [DashboardDocumentRowType], { description: 'Per source directive, most tasks first.' })
  byDocument!: DashboardDocumentRowType[];

  @Field(() => [DashboardMonthRowType], { description: 'Per month of the last day, in month order; "none" last.' })
  byDueMonth!: DashboardMonthRowType[];
}
