/** Tasks (duties a document assigns), who carries them, and what they aim at. */
import 'reflect-metadata';
import { Field, Float, ObjectType } from 'type-graphql';
import { AssignmentRole, TaskEventKind, TaskStatus } from './enums.type';
import { NodeInterface } from './node.type';
import { ConnectionType } from './connection.type';

@ObjectType('Task', { implements: NodeInterface, description: 'A duty a document assigns, with its deadline and progress.' })
export class TaskType extends NodeInterface {
  @Field(() => String)
  key!: string;

  @Field(() => String, { description: 'The duty as the source wrote it (OCR damage included).' })
  text!: string;

  @Field(() => String, { description: 'The text with lost diacritics and OCR confusions restored; the text itself when nothing needed restoring.' })
  textRestored!: string;

  @Field(() => Float, { description: 'Share of the text\'s words that restoration changed (0 when none).' })
  textRestoredShare!: number;

  @Field(() => String, { nullable: true, description: 'Section of its document ("IV.3.1").' })
  sectionPath!: string | null;

  @Field(() => String, { nullable: true, description: 'The deadline as written ("trước ngày 20/12/2025").' })
  deadlineRaw!: string | null;

  @Field(() => String, { nullable: true, description: 'Due day when the deadline names one (ISO).' })
  dueDate!: string | null;

  @Field(() => String, { nullable: true, description: 'Coarser period when no day is named: "2025", "2025-Q3", "2025-06", "ANNUAL".' })
  period!: string | null;

  @Field(() => TaskStatus)
  status!: string;

  @Field(() => String, { nullable: true })
  statusNote!: string | null;

  @Field(() => String, { nullable: true, description: 'When the status last changed (ISO date-time).' })
  statusUpdatedAt!: string | null;

  @Field(() => String, { nullable: true, description: 'The day it was done (YYYY-MM-DD, Vietnam time), while DONE.' })
  completedAt!: string | null;

  @Field(() => [TaskEventType], { description: 'Every status change and deadline extension, oldest first; never rewritten.' })
  history!: TaskEventType[];
}

@ObjectType('TaskEvent', { description: 'A recorded change of a task: a status change or a deadline extension.' })
export class TaskEventType {
  @Field(() => TaskEventKind)
  kind!: string;

  @Field(() => String, { description: 'When (ISO date-time).' })
  at!: string;

  @Field(() => String, { description: 'Who: the editor key\'s label ("editor:" + the first 12 hex digits of its sha256), never the key.' })
  by!: string;

  @Field(() => TaskStatus, { description: 'The status after the change.' })
  status!: string;

  @Field(() => String, { nullable: true, description: 'The last day after the change.' })
  dueBy!: string | null;

  @Field(() => String, { nullable: true, description: 'DEADLINE: the last day before the extension.' })
  previousDueBy!: string | null;

  @Field(() => String, { nullable: true, description: 'The note of a status change; the reason of an extension.' })
  note!: string | null;
}

export const TaskConnection = ConnectionType('Task', () => TaskType, 'A page of tasks.');

@ObjectType('Indicator', { description: 'A measured index (PCI, PAR_INDEX, SIPAS, ...).' })
export class IndicatorType {
  @Field(() => String)
  code!: string;

  @Field(() => String, { nullable: true })
  name!: string | null;
}

@ObjectType('Target', { description: 'A measurable target of a task ("100%", "top 10").' })
export class TargetType {
  @Field(() => String)
  raw!: string;

  @Field(() => Float, { nullable: true })
  value!: number | null;

  @Field(() => String, { nullable: true })
  unit!: string | null;

  @Field(() => String, { nullable: true, description: '>=, <=, >, <, =' })
  comparator!: string | null;

  @Field(() => IndicatorType, { nullable: true })
  indicator!: IndicatorType | null;
}

@ObjectType('Assignment', { description: 'A body\'s part in a task.' })
export class AssignmentType {
  @Field(() => AssignmentRole)
  role!: string;

  @Field(() => String, { nullable: true, description: 'The sentence that assigns it, as written.' })
  evidence!: string | null;

  @Field(() => String, { nullable: true })
  section!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The title of the head the text named the body through ("Giám đốc" in "Giám đốc Sở Nội vụ chủ trì"); the body is still the one responsible.',
  })
  official!: string | null;
}
