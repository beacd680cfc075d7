// PLACEHOLDER: replaced by the structure extractor. Signature is the contract.
import type { Assignment, Body, DocumentReference, Jurisdiction, Section, Task } from './types';

export interface TaskContext {
  /** Jurisdiction of the document being read: bodies named without a province belong to it. */
  jurisdiction: Jurisdiction | null;
  /** References already extracted, so a task can say which documents it carries out. */
  references: readonly DocumentReference[];
}

export interface TaskExtraction {
  tasks: Task[];
  assignments: Assignment[];
  bodies: Body[];
}

/** Tasks, their responsible bodies (resolved to canonical bodies) and assignments. `text` is NFC. */
export function extractTasks(text: string, sections: readonly Section[], ctx: TaskContext): TaskExtraction {
  void text;
  void sections;
  void ctx;
  return { tasks: [], assignments: [], bodies: [] };
}
