/** Documents, their sections and identity candidates, and the results of the document mutations. */
import 'reflect-metadata';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from './connection.type';
import { DocumentKind, IngestStatus, TaskStatus } from './enums.type';
import { NodeInterface } from './node.type';

@ObjectType('Document', {
  implements: NodeInterface,
  description:
    'A government document: ingested from its own text (ingested = true), or only known from what citing documents say about it.',
})
export class DocumentType extends NodeInterface {
  @Field(() => String, { description: 'Graph key: the national symbol ("76/NQ-CP"), or "symbol@Province" for local documents.' })
  key!: string;

  @Field(() => DocumentKind, { nullable: true })
  kind!: string | null;

  @Field(() => String, { nullable: true, description: 'Number and symbol in standard form ("2898/QĐ-UBND"); null when the text carries none.' })
  symbol!: string | null;

  @Field(() => String, { nullable: true, description: '"national", or the province ("Quảng Ninh").' })
  jurisdiction!: string | null;

  @Field(() => String, { nullable: true, description: 'Issue date, ISO YYYY-MM-DD.' })
  date!: string | null;

  @Field(() => String, { nullable: true, description: 'Title as the source wrote it (OCR damage included).' })
  title!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Title with lost diacritics and OCR confusions restored ("Kế hoạch cải cách hành chính" for "Ké hoach cai cich hanh chinh"); the title itself when nothing needed restoring. Search matches both.',
  })
  titleRestored!: string | null;

  @Field(() => Float, { description: 'Share of the title\'s words that restoration changed (0 when none).' })
  titleRestoredShare!: number;

  @Field(() => String, { nullable: true, description: 'Issuing body as named in the text ("UBND tỉnh Quảng Ninh").' })
  issuer!: string | null;

  @Field(() => Boolean, { description: 'False for documents only known from citations: candidates to ingest next.' })
  ingested!: boolean;

  @Field(() => String, { nullable: true, description: 'When the text was ingested (ISO date-time).' })
  ingestedAt!: string | null;

  @Field(() => String, { nullable: true })
  sourceFile!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Format the text was read from: "text", "markdown", "html", "docx", "pdf" or "image" (the last two may be OCR).',
  })
  sourceFormat!: string | null;

  @Field(() => String, { nullable: true, description: 'sha256 (hex) of the original file\'s bytes, as uploaded or read from disk.' })
  sourceHash!: string | null;

  @Field(() => String, { nullable: true })
  signer!: string | null;

  @Field(() => String, { nullable: true })
  place!: string | null;

  @Field(() => String, { nullable: true })
  notes!: string | null;

  @Field(() => [String], { description: 'What extraction was unsure about ("NO_DATE: ...").' })
  warnings!: string[];

  @Field(() => String, { nullable: true, description: 'The day it takes effect as its text states it ("có hiệu lực từ ngày ...", "kể từ ngày ký"); null when it states none.' })
  effectiveFrom!: string | null;

  @Field(() => String, { nullable: true, description: 'The end of effect its text states, if any.' })
  effectiveUntil!: string | null;
}

export const DocumentConnection = ConnectionType('Document', () => DocumentType, 'A page of documents.');

@ObjectType('Section', { description: 'A numbered part of a document ("IV.3.1"), in reading order.' })
export class SectionType {
  @Field(() => String, { description: 'Dotted path of the document\'s own numbering: "IV.3.1", "Điều 2.1".' })
  path!: string;

  @Field(() => String, { nullable: true })
  label!: string | null;

  @Field(() => String, { nullable: true })
  heading!: string | null;

  @Field(() => Int, { nullable: true })
  level!: number | null;

  @Field(() => Int, { nullable: true, description: 'Position among its siblings, from 0.' })
  ordinal!: number | null;
}

@ObjectType('IdentityCandidate', {
  description: 'A document that may be the same as this one (an unnumbered text and a numbered citation of it); never merged automatically.',
})
export class IdentityCandidateType {
  @Field(() => DocumentType)
  document!: unknown;

  @Field(() => Float)
  confidence!: number;

  @Field(() => String, { nullable: true })
  evidence!: string | null;
}

@ObjectType('TaskProgressRecord', {
  description: 'Progress recorded on a task of an earlier version: what it said and which task of the next version took it over.',
})
export class TaskProgressRecordType {
  @Field(() => String, { description: 'Key of the task in that version.' })
  taskKey!: string;

  @Field(() => String)
  text!: string;

  @Field(() => TaskStatus)
  status!: string;

  @Field(() => String, { nullable: true })
  statusNote!: string | null;

  @Field(() => String, { nullable: true })
  statusUpdatedAt!: string | null;

  @Field(() => String, { nullable: true, description: 'Key of the task of the next version that carries this progress; null when none matched.' })
  carriedTo!: string | null;
}

@ObjectType('DocumentVersion', { description: 'One ingested text of a document. Every new text of the same key is a new version; a text (or file) one of its versions already had is not.' })
export class DocumentVersionType {
  @Field(() => Int, { description: '1 for the first text ingested, then one more per changed text.' })
  number!: number;

  @Field(() => String, { description: 'sha256 of the normalized text: the same text is never a new version.' })
  contentHash!: string;

  @Field(() => String, { nullable: true, description: 'When it was ingested (ISO date-time).' })
  ingestedAt!: string | null;

  @Field(() => String, { nullable: true, description: 'When a later text replaced it; null for the current version.' })
  supersededAt!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'When its text was last read again by extraction rules that read it differently (REEXTRACTED); null if never.',
  })
  reextractedAt!: string | null;

  @Field(() => String, { nullable: true, description: 'File name it came from.' })
  sourceFile!: string | null;

  @Field(() => String, { nullable: true, description: 'Format of that file (text, markdown, html, docx, pdf, image); null for a version recorded before it was kept.' })
  sourceFormat!: string | null;

  @Field(() => String, { nullable: true, description: 'sha256 of that file\'s bytes: a file whose hash (or text) is one of the versions\' is UNCHANGED. Null for a version recorded before it was kept.' })
  sourceHash!: string | null;

  @Field(() => String, { nullable: true, description: 'Path (CLI) or file name (API) as given when it was ingested.' })
  sourcePath!: string | null;

  @Field(() => String, { nullable: true, description: 'The text as ingested; null for a version ingested before texts were kept.' })
  text!: string | null;

  @Field(() => [TaskProgressRecordType], {
    description: 'For a superseded version: the progress recorded on its tasks when it was replaced, and where each went.',
  })
  recordedProgress!: TaskProgressRecordType[];
}

@ObjectType('UnmatchedTask', {
  description: 'A task of the previous version with recorded progress and no matching task in the new text. Its progress stays on that version.',
})
export class UnmatchedTaskType {
  @Field(() => String, { description: 'Key the task had in the previous version.' })
  key!: string;

  @Field(() => String)
  text!: string;

  @Field(() => String, { nullable: true })
  sectionPath!: string | null;

  @Field(() => TaskStatus)
  status!: string;

  @Field(() => String, { nullable: true })
  statusNote!: string | null;

  @Field(() => String, { nullable: true })
  statusUpdatedAt!: string | null;
}

@ObjectType('IngestResult')
export class IngestResultType {
  @Field(() => DocumentType)
  document!: unknown;

  @Field(() => IngestStatus)
  status!: string;

  @Field(() => Int, { description: 'The document\'s current version number.' })
  version!: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'UNCHANGED only: the version whose text this is. An earlier version when the text is a form the document had before ' +
      '(another save of the same page): nothing changes, the document stays at its current version; null when something was written.',
  })
  sameAsVersion!: number | null;

  @Field(() => [String], { description: 'What the decoder and extraction were unsure about.' })
  warnings!: string[];

  @Field(() => Int, { description: 'Tasks of the previous version whose recorded status, note and history moved to a task of this version.' })
  carriedTasks!: number;

  @Field(() => [UnmatchedTaskType], { description: 'Recorded progress of the previous version that no task of this version matches.' })
  unmatchedTasks!: UnmatchedTaskType[];

  @Field(() => [String], {
    description: 'Always empty: a document is its key, so ingesting a file never replaces another document.',
    deprecationReason: 'A file no longer replaces documents under other keys; see versions.',
  })
  replacedKeys!: string[];
}

@ObjectType('DeleteResult')
export class DeleteResultType {
  @Field(() => ID)
  id!: string;

  @Field(() => Boolean, { description: 'False when no ingested document had this id (nothing to delete).' })
  deleted!: boolean;
}
