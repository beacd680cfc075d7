/**
 * Which index or constraint a statement's plan reads, from EXPLAIN (no statement runs): every index costs each
 * commit that writes its label or type, so one that no plan reads is upkeep for nothing. Used by the registry's test
 * (every secondary index the migrations leave is read: tests/graph/cypherRegistry.test.ts) and by scripts/indexUse.ts,
 * which prints the whole table for a graph of the size of interest (plans depend on its statistics).
 */
import type { Session } from 'neo4j-driver';

export interface IndexRow {
  name: string;
  type: string;
  entityType: string;
  labelsOrTypes: string[] | null;
  properties: string[] | null;
  owningConstraint: string | null;
}
interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}
export interface IndexOperator {
  operator: string;
  details: string;
  indexes: string[];
}
export interface StatementPlan {
  /** The server's notifications on the statement (deprecations among them). */
  notifications: Array<{ code: string; category?: string; description: string }>;
  /** The plan's index seeks and scans, MERGEs and procedure calls, each with the indexes it reads. */
  operators: IndexOperator[];
  /** The whole plan, one operator a line, indented by depth: plans before and after a schema change compare by text. */
  shape: string;
}

export async function listIndexes(session: Session): Promise<IndexRow[]> {
  const result = await session.run('SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, owningConstraint');
  return result.records.map((r) => r.toObject() as IndexRow);
}

/** `:Label(a, b)` or `:TYPE(a, b)`, as a plan's details write an index's schema. */
export const schemaOf = (ix: IndexRow): string => `:${(ix.labelsOrTypes ?? []).join('|')}(${(ix.properties ?? []).join(', ')})`;

function shapeOf(plan: PlanNode, depth = 0): string {
  const line = `${'  '.repeat(depth)}${plan.operatorType.replace(/@neo4j$/, '')} ${String(plan.arguments['Details'] ?? '')}`;
  return [line, ...plan.children.map((c) => shapeOf(c, depth + 1))].join('\n');
}

function operatorsOf(plan: PlanNode): Array<{ operator: string; details: string }> {
  const details = String(plan.arguments['Details'] ?? '');
  const own = /Index|Merge|ProcedureCall/.test(plan.operatorType) ? [{ operator: plan.operatorType, details }] : [];
  return own.concat(plan.children.flatMap(operatorsOf));
}

/**
 * The indexes an operator reads: by the schema its details name with the index's kind (UNIQUE for a
 * constraint's), or, for a full-text procedure call, the index the statement names (the plan shows the name
 * only as an auto-parameter).
 */
function indexesRead(op: { operator: string; details: string }, statement: string, indexes: readonly IndexRow[]): string[] {
  return indexes
    .filter((ix) => {
      if (ix.type === 'FULLTEXT') return op.details.startsWith('db.index.fulltext.') && new RegExp(`['"\`]${ix.name}['"\`]`).test(statement);
      if (ix.type === 'LOOKUP') return false;
      return op.details.includes(ix.owningConstraint ? 'UNIQUE' : ix.type) && op.details.includes(schemaOf(ix));
    })
    .map((ix) => ix.name);
}

/** EXPLAINs a statement with its parameters and reads which of `indexes` its plan uses. */
export async function planIndexes(session: Session, statement: string, parameters: Record<string, unknown>, indexes: readonly IndexRow[]): Promise<StatementPlan> {
  const result = await session.run(`EXPLAIN ${statement}`, parameters);
  const plan = result.summary.plan as unknown as PlanNode;
  if (!plan) throw new Error(`EXPLAIN gave no plan for: ${statement.slice(0, 80)}`);
  return {
    notifications: result.summary.notifications,
    shape: shapeOf(plan),
    operators: operatorsOf(plan).map((op) => ({ ...op, indexes: indexesRead(op, statement, indexes) })),
  };
}

/** Secondary indexes (not a constraint's, not the token lookups): the ones a statement must read to be worth their upkeep. */
export const isSecondary = (ix: IndexRow): boolean => ix.owningConstraint === null && ix.type !== 'LOOKUP';
