/** Tasks (duties a document assigns), who carries them, and what they aim at. */
import 'reflect-metadata';
import { Field, Float, ObjectType } from 'type-graphql';
import { AssignmentRole, TaskStatus } from './enums.type';
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
}
