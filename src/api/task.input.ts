import 'reflect-metadata';
import { Field, ID, InputType } from 'type-graphql';
import { AssignmentRole, TaskStatus, TrackerCell } from './enums.type';

@InputType('TaskFilter', { description: 'Every field is optional; given fields must all match.' })
export class TaskFilterInput {
  @Field(() => ID, { nullable: true, description: 'Only tasks assigned to this body (id or key).' })
  bodyId?: string | null;

  @Field(() => AssignmentRole, { nullable: true, description: 'Only tasks where the body (or, without bodyId, some body) has this role.' })
  role?: string | null;

  @Field(() => String, { nullable: true, description: 'Due on or before this day (YYYY-MM-DD); a period counts as due on its last day.' })
  dueBefore?: string | null;

  @Field(() => String, { nullable: true, description: 'Due on or after this day (YYYY-MM-DD).' })
  dueAfter?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only tasks of this document (id or key) ...' })
  documentId?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: '... and of every document that cites it, directly or through others.' })
  includeDownstream?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Words the task text contains, diacritics optional.' })
  text?: string | null;

  @Field(() => TaskStatus, { nullable: true })
  status?: string | null;

  @Field(() => TrackerCell, { nullable: true, description: 'Only tasks in this tracker cell on the day asOf.' })
  cell?: string | null;

  @Field(() => String, { nullable: true, description: 'Only tasks whose last day (dueBy) falls in this month, YYYY-MM; "none": tasks without one.' })
  dueMonth?: string | null;

  @Field(() => String, { nullable: true, description: 'The day tracker cells are computed for, YYYY-MM-DD (default: today, Vietnam time).' })
  asOf?: string | null;
}
