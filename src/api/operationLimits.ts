/**
 * Limits on an operation's shape, as graphql-js validation rules: nesting depth, estimated cost, and aliases of
 * database-backed fields. Each rule is one visitor over the document. A fragment is measured once, as its own
 * fields plus the fragments it spreads; the totals are then combined with a memo per fragment, so a document
 * whose fragments fan out (`fragment F1 { ...F2 ...F2 }`, 20 levels) is measured in time linear in its size.
 *
 * The rules read schema objects by shape (field args, type names), never through graphql's `is*Type`
 * helpers: the schema is built by type-graphql with graphql's CommonJS copy, while our sources may get the ES
 * copy (vitest), and graphql refuses objects made by the other copy.
 */
import { createRequire } from 'node:module';
import type * as GraphQL from 'graphql';
import type { ASTVisitor, DocumentNode, FieldNode, GraphQLSchema, ValidationContext } from 'graphql';
import { ErrorCode } from '../errors';
import { MAX_WALK_DEPTH } from '../graph/lineageQueries';
import { DEFAULT_FIRST, MAX_FIRST } from './pagination';
import { DATABASE_FIELD_EXTENSION } from './databaseField';
import { operationFilter, operationKey, perDocumentMemo, type OperationFilter } from './perDocumentMemo';

// The copy that built the schema (see src/api/schema.ts).
const graphql = createRequire(import.meta.url)('graphql') as typeof GraphQL;

/** Deepest field nesting an operation may use (introspection fields are not counted). */
export const MAX_QUERY_DEPTH = 12;
/**
 * Largest estimated cost. Fields: roughly the number of fields the answer may hold (a page multiplies its
 * content by `first`, other lists by LIST_FACTOR, walks by LIST_FACTOR x depth). Database queries: every
 * selection of a field whose resolver reads the database adds DATABASE_QUERY_COST, whatever it selects
 * (nested ones are batched per level, so it is not multiplied by the lists around it).
 */
export const MAX_COMPLEXITY = 250_000;
export const DATABASE_QUERY_COST = 1_000;
/** How many times one database-backed field may be selected in one selection set (under different aliases). */
export const MAX_DATABASE_ALIASES = 10;
const LIST_FACTOR = 10;

/** value = constant + sum(coefficient x value of fragment): a measure before the fragments are known. */
class Linear {
  constant = 0;
  readonly spreads = new Map<string, number>();

  addScaled(other: Linear, factor: number): void {
    this.constant += factor * other.constant;
    for (const [name, coefficient] of other.spreads) this.spreads.set(name, (this.spreads.get(name) ?? 0) + factor * coefficient);
  }
  addSpread(name: string): void {
    this.spreads.set(name, (this.spreads.get(name) ?? 0) + 1);
  }
}

/** value = max(own, offset + value of fragment): nesting depth before the fragments are known. */
class Deepest {
  own = 0;
  readonly spreads = new Map<string, number>();
}

/** Resolves a per-definition measure over the fragments, each fragment once; a cycle counts 0 (validation reports it). */
function memoised<M>(measures: Map<string, M>, combine: (measure: M, valueOf: (fragment: string) => number) => number): (measure: M) => number {
  const memo = new Map<string, number>();
  const visiting = new Set<string>();
  const valueOf = (name: string): number => {
    const known = memo.get(name);
    if (known !== undefined) return known;
    const measure = measures.get(name);
    if (!measure || visiting.has(name)) return 0;
    visiting.add(name);
    const value = combine(measure, valueOf);
    visiting.delete(name);
    memo.set(name, value);
    return value;
  };
  return (measure) => combine(measure, valueOf);
}

function refusalError(code: ErrorCode, message: string, node: GraphQL.ASTNode): GraphQL.GraphQLError {
  return new graphql.GraphQLError(message, { nodes: [node], extensions: { code, http: { status: 400 } } });
}

/** Which operations of the document to check: the one the request runs (others are never executed). */

const isIntrospection = (node: FieldNode) => node.name.value.startsWith('__');

/** Nesting depth of each operation, following fragments; `__schema`-style fields are free. */
export function queryDepthRule(context: ValidationContext, only?: OperationFilter): ASTVisitor {
  const fragments = new Map<string, Deepest>();
  const operations: { measure: Deepest; node: GraphQL.OperationDefinitionNode }[] = [];
  let current = new Deepest();
  let depth = 0;
  return {
    OperationDefinition: {
      enter() {
        current = new Deepest();
        depth = 0;
      },
      leave(node) {
        operations.push({ measure: current, node });
      },
    },
    FragmentDefinition: {
      enter() {
        current = new Deepest();
        depth = 0;
      },
      leave(node) {
        fragments.set(node.name.value, current);
      },
    },
    Field: {
      enter(node) {
        if (isIntrospection(node)) return false;
        depth++;
        current.own = Math.max(current.own, depth);
        return undefined;
      },
      leave() {
        depth--;
      },
    },
    FragmentSpread(node) {
      const name = node.name.value;
      current.spreads.set(name, Math.max(current.spreads.get(name) ?? 0, depth));
    },
    Document: {
      leave() {
        const deepest = memoised(fragments, (m, valueOf) => {
          let value = m.own;
          for (const [name, offset] of m.spreads) value = Math.max(value, offset + valueOf(name));
          return value;
        });
        for (const { measure, node } of operations) {
          if (only && !only(node)) continue;
          const value = deepest(measure);
          if (value > MAX_QUERY_DEPTH) {
            context.reportError(
              refusalError(
                ErrorCode.QUERY_TOO_COMPLEX,
                `The query nests fields ${value} levels deep; at most ${MAX_QUERY_DEPTH} are allowed. Split it into several queries (fetch ids first, then details).`,
                node,
              ),
            );
          }
        }
      },
    },
  };
}

/** The parts of graphql's schema objects the cost rule reads (by shape, see the module comment). */
interface FieldLike {
  type: { toString(): string };
  args: readonly { name: string }[];
  extensions?: Record<string, unknown> | null;
}

interface Frame {
  fields: Linear;
  queries: Linear;
  /** Database-backed field name -> the response keys (aliases) it is selected under here. */
  aliases: Map<string, Set<string>>;
  multiplier: number;
  database: boolean;
}

const newFrame = (multiplier: number, database: boolean): Frame => ({
  fields: new Linear(),
  queries: new Linear(),
  aliases: new Map(),
  multiplier,
  database,
});

/**
 * Estimated cost of each operation (see MAX_COMPLEXITY), and the alias cap on database-backed fields.
 * `variables` give the values of `first` and `maxDepth` passed as variables.
 */
export function queryCostRule(variables: Record<string, unknown>, only?: OperationFilter): (context: ValidationContext) => ASTVisitor {
  return (context) => {
    const schema = context.getSchema();
    const rootTypes = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter(Boolean));
    const fragments = new Map<string, { fields: Linear; queries: Linear }>();
    const operations: { fields: Linear; queries: Linear; node: GraphQL.OperationDefinitionNode }[] = [];
    let stack: Frame[] = [];

    const intArg = (field: FieldNode, name: string, fallback: number): number => {
      const arg = field.arguments?.find((a) => a.name.value === name);
      if (!arg) return fallback;
      if (arg.value.kind === 'IntValue') return Number(arg.value.value);
      if (arg.value.kind === 'Variable') {
        const value = variables[arg.value.name.value];
        return typeof value === 'number' ? value : fallback;
      }
      return fallback;
    };

    const multiplierOf = (node: FieldNode, field: FieldLike, parentName: string): number => {
      const args = field.args.map((a) => a.name);
      if (args.includes('first')) return Math.min(Math.max(intArg(node, 'first', DEFAULT_FIRST), 0), MAX_FIRST);
      if (args.includes('maxDepth')) return LIST_FACTOR * Math.min(Math.max(intArg(node, 'maxDepth', 3), 1), MAX_WALK_DEPTH);
      // A connection's `nodes`/`edges` are already counted by its `first`.
      const isList = field.type.toString().replace(/!$/, '').startsWith('[');
      return isList && !parentName.endsWith('Connection') ? LIST_FACTOR : 1;
    };

    // Alias refusals inside an operation the request does not run are not reported (fragments always are).
    let reporting = true;
    const enterDefinition = () => {
      stack = [newFrame(1, false)];
    };

    return {
      OperationDefinition: {
        enter(node) {
          enterDefinition();
          reporting = !only || only(node);
        },
        leave(node) {
          operations.push({ ...stack[0]!, node });
        },
      },
      FragmentDefinition: {
        enter() {
          enterDefinition();
          reporting = true;
        },
        leave(node) {
          fragments.set(node.name.value, stack[0]!);
        },
      },
      Field: {
        enter(node) {
          if (isIntrospection(node)) return false;
          const parent = context.getParentType();
          const field = context.getFieldDef() as FieldLike | null | undefined;
          if (!parent || !field) return false; // validation reports unknown fields
          const database = rootTypes.has(parent as never) || field.extensions?.[DATABASE_FIELD_EXTENSION] === true;
          if (database) {
            const enclosing = stack[stack.length - 1]!;
            const keys = enclosing.aliases.get(node.name.value) ?? new Set<string>();
            keys.add(node.alias?.value ?? node.name.value);
            enclosing.aliases.set(node.name.value, keys);
            if (reporting && keys.size === MAX_DATABASE_ALIASES + 1) {
              context.reportError(
                refusalError(
                  ErrorCode.QUERY_TOO_COMPLEX,
                  `"${node.name.value}" is selected under more than ${MAX_DATABASE_ALIASES} aliases in one selection; each one is a separate ` +
                    'database query. Send the lookups in several requests, or use a list field (documents, tasks, bodies) with a filter.',
                  node,
                ),
              );
            }
          }
          stack.push(newFrame(multiplierOf(node, field, parent.name), database));
          return undefined;
        },
        leave() {
          const frame = stack.pop()!;
          const enclosing = stack[stack.length - 1]!;
          enclosing.fields.constant += 1;
          enclosing.fields.addScaled(frame.fields, frame.multiplier);
          if (frame.database) enclosing.queries.constant += 1;
          enclosing.queries.addScaled(frame.queries, 1);
        },
      },
      FragmentSpread(node) {
        const enclosing = stack[stack.length - 1]!;
        enclosing.fields.addSpread(node.name.value);
        enclosing.queries.addSpread(node.name.value);
      },
      Document: {
        leave() {
          const sum = (pick: (m: { fields: Linear; queries: Linear }) => Linear) =>
            memoised(
              new Map([...fragments].map(([name, m]) => [name, pick(m)])),
              (m, valueOf) => {
                let value = m.constant;
                for (const [name, coefficient] of m.spreads) value += coefficient * valueOf(name);
                return value;
              },
            );
          const fieldCost = sum((m) => m.fields);
          const queryCount = sum((m) => m.queries);
          for (const operation of operations) {
            if (only && !only(operation.node)) continue;
            const fields = fieldCost(operation.fields);
            const queries = queryCount(operation.queries);
            const cost = fields + DATABASE_QUERY_COST * queries;
            if (cost > MAX_COMPLEXITY) {
              context.reportError(
                refusalError(
                  ErrorCode.QUERY_TOO_COMPLEX,
                  `The query could cost about ${formatCost(cost)} (${formatCost(fields)} fields, ${formatCost(queries)} database lookups at ` +
                    `${DATABASE_QUERY_COST} each); at most ${MAX_COMPLEXITY} are allowed. Ask for smaller pages ("first"), a smaller ` +
                    '"maxDepth", fewer nested lists, or fewer lookups per request.',
                  operation.node,
                ),
              );
            }
          }
        },
      },
    };
  };
}

function formatCost(value: number): string {
  return value < 1e15 ? String(Math.round(value)) : value.toExponential(1);
}

/**
 * Runs the depth, cost and alias rules on a document that already passed graphql's own validation;
 * returns the refusals (each a GraphQLError with `extensions.code` QUERY_TOO_COMPLEX).
 */
export function operationLimitErrors(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName?: string | null,
): readonly GraphQL.GraphQLError[] {
  return verdicts(schema, document, verdictKey(variables, operationName), () => {
    const only = operationFilter(operationName);
    return graphql.validate(schema, document, [(context) => queryDepthRule(context, only), queryCostRule(variables, only)], { maxErrors: 10 });
  });
}

/**
 * Verdicts per parsed document and schema (perDocumentMemo), then per operation name and numeric variables:
 * the only variables the rules read are numbers (`first`, `maxDepth`), so other values (ids, search text)
 * share one verdict. A document is walked once per distinct set of numbers, not once per request; at most 64
 * sets are remembered per document.
 */
const verdicts = perDocumentMemo<readonly GraphQL.GraphQLError[]>(64);

function verdictKey(variables: Record<string, unknown>, operationName: string | null | undefined): string {
  const numbers = Object.keys(variables)
    .filter((name) => typeof variables[name] === 'number')
    .sort()
    .map((name) => `${name}=${String(variables[name])}`);
  return `${operationKey(operationName)}\u0000${numbers.join(',')}`;
}
