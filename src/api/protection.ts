/**
 * Limits that keep one request from monopolising the server: query depth, an estimated cost, page sizes
 * (`first` <= 100, see pagination.ts), walk depths (`maxDepth` <= 10) and the request's time budget; plus
 * the role checks. Every refusal is a GraphQL error with `extensions.code` and a message saying what to change.
 */
import {
  GraphQLError,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { DirectiveGraphError, ErrorCode } from '../errors';
import { MAX_WALK_DEPTH } from '../graph/lineageQueries';
import type { ApiContext, Role } from './context';
import { DEFAULT_FIRST, MAX_FIRST } from './pagination';

/** Deepest field nesting an operation may use (introspection fields are not counted). */
export const MAX_QUERY_DEPTH = 12;
/**
 * Largest estimated cost: roughly the number of fields the answer may hold. A page multiplies its
 * content by `first`, other lists by LIST_FACTOR, walks by their depth.
 */
export const MAX_COMPLEXITY = 250_000;
const LIST_FACTOR = 10;

export function refusal(code: ErrorCode, message: string, status: number): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status } } });
}

/** Nesting depth of the operation's fields, following fragments; `__schema`-style fields are free. */
export function queryDepth(document: DocumentNode, operation: OperationDefinitionNode): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const depthOf = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
    if (!set) return 0;
    let deepest = 0;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        if (s.name.value.startsWith('__')) continue;
        deepest = Math.max(deepest, 1 + depthOf(s.selectionSet, seen));
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, depthOf(s.selectionSet, seen));
      } else {
        const name = s.name.value;
        const fragment = fragments.get(name);
        if (!fragment || seen.has(name)) continue; // a fragment cycle is reported by validation
        deepest = Math.max(deepest, depthOf(fragment.selectionSet, new Set([...seen, name])));
      }
    }
    return deepest;
  };
  return depthOf(operation.selectionSet, new Set());
}

/** The parts of graphql's schema types the estimate reads (by shape: see `estimateCost`). */
interface TypeLike {
  name?: string;
  ofType?: TypeLike;
  getFields?: () => Record<string, { type: TypeLike; args: readonly { name: string }[] }>;
  toString(): string;
}

function namedType(type: TypeLike): TypeLike {
  let t = type;
  while (t.ofType) t = t.ofType;
  return t;
}

/**
 * Estimated cost of an operation: each field costs 1 plus its content; a page (a field with `first`) costs
 * `first` times its content, a walk (`maxDepth`) LIST_FACTOR x depth times, any other list LIST_FACTOR times
 * (a connection's `nodes`/`edges` are already counted by its `first`). Introspection is free.
 *
 * Reads the schema objects by shape rather than through graphql-query-complexity: that package's ES build
 * imports its own copy of graphql, and graphql refuses schema objects made by another copy (which copy a
 * module gets differs between Node, tsx and vitest).
 */
export function estimateCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);

  const intArg = (field: FieldNode, name: string, fallback: number): number => {
    const arg = field.arguments?.find((a) => a.name.value === name);
    if (!arg) return fallback;
    if (arg.value.kind === Kind.INT) return Number(arg.value.value);
    if (arg.value.kind === Kind.VARIABLE) {
      const value = variables[arg.value.name.value];
      return typeof value === 'number' ? value : fallback;
    }
    return fallback;
  };

  const costOf = (set: SelectionSetNode | undefined, parent: TypeLike | undefined, seen: Set<string>): number => {
    if (!set || !parent) return 0;
    let total = 0;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        if (s.name.value.startsWith('__')) continue;
        const field = parent.getFields?.()[s.name.value];
        if (!field) continue; // validation reports unknown fields
        const child = costOf(s.selectionSet, namedType(field.type), seen);
        const args = field.args.map((a) => a.name);
        const isList = field.type.toString().replace(/!$/, '').startsWith('[');
        if (args.includes('first')) {
          total += 1 + Math.min(Math.max(intArg(s, 'first', DEFAULT_FIRST), 0), MAX_FIRST) * child;
        } else if (args.includes('maxDepth')) {
          total += 1 + LIST_FACTOR * Math.min(Math.max(intArg(s, 'maxDepth', 3), 1), MAX_WALK_DEPTH) * child;
        } else if (isList && !String(parent.name).endsWith('Connection')) {
          total += 1 + LIST_FACTOR * child;
        } else {
          total += 1 + child;
        }
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        const type = s.typeCondition ? (schema.getType(s.typeCondition.name.value) as TypeLike | null | undefined) : parent;
        total += costOf(s.selectionSet, type ?? undefined, seen);
      } else {
        const fragment = fragments.get(s.name.value);
        if (!fragment || seen.has(s.name.value)) continue; // a fragment cycle is reported by validation
        const type = schema.getType(fragment.typeCondition.name.value) as TypeLike | null | undefined;
        total += costOf(fragment.selectionSet, type ?? undefined, new Set([...seen, s.name.value]));
      }
    }
    return total;
  };

  const root =
    operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  return costOf(operation.selectionSet, (root ?? undefined) as TypeLike | undefined, new Set());
}

/** Depth and cost checks for one operation; throws the refusal. */
export function checkOperationLimits(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): void {
  const depth = queryDepth(document, operation);
  if (depth > MAX_QUERY_DEPTH) {
    throw refusal(
      ErrorCode.QUERY_TOO_COMPLEX,
      `The query nests fields ${depth} levels deep; at most ${MAX_QUERY_DEPTH} are allowed. Split it into several queries (fetch ids first, then details).`,
      400,
    );
  }
  const cost = estimateCost(schema, document, operation, variables);
  if (cost > MAX_COMPLEXITY) {
    throw refusal(
      ErrorCode.QUERY_TOO_COMPLEX,
      `The query could return about ${cost} fields; at most ${MAX_COMPLEXITY} are allowed. Ask for smaller pages ("first"), a smaller "maxDepth", or fewer nested lists.`,
      400,
    );
  }
}

export interface RoleRefusal {
  code: ErrorCode;
  message: string;
  status: number;
}

/**
 * Whether `role` may run an operation of this kind: mutations need an editor key; reads need a key only
 * when the server has reader keys configured.
 */
export function roleRefusal(role: Role, operation: 'query' | 'mutation' | 'subscription', readersNeedKey: boolean): RoleRefusal | null {
  if (operation === 'mutation') {
    if (role === 'editor') return null;
    if (role === 'reader') {
      return {
        code: ErrorCode.FORBIDDEN,
        message: 'This API key may read but not change data. Mutations need an editor key (one listed in API_EDITOR_KEYS).',
        status: 403,
      };
    }
    return {
      code: ErrorCode.UNAUTHENTICATED,
      message: 'Mutations need an editor API key: send "Authorization: Bearer <key>" with a key listed in API_EDITOR_KEYS.',
      status: 401,
    };
  }
  if (readersNeedKey && role === 'anonymous') {
    return {
      code: ErrorCode.UNAUTHENTICATED,
      message: 'This server needs an API key to read: send "Authorization: Bearer <key>" with a key listed in API_READER_KEYS or API_EDITOR_KEYS.',
      status: 401,
    };
  }
  return null;
}

/** Mutations need an editor key (also checked before execution; resolvers check again so no path skips it). */
export function requireEditor(ctx: Pick<ApiContext, 'role'>): void {
  const refused = roleRefusal(ctx.role, 'mutation', false);
  if (refused) throw new DirectiveGraphError(refused.code, refused.message);
}

/** Validates a walk depth argument. */
export function checkMaxDepth(maxDepth: number, argument = 'maxDepth'): number {
  if (!Number.isInteger(maxDepth) || maxDepth < 1 || maxDepth > MAX_WALK_DEPTH) {
    throw new DirectiveGraphError(
      ErrorCode.BAD_USER_INPUT,
      `"${argument}" must be a whole number from 1 to ${MAX_WALK_DEPTH}, got ${maxDepth}. Walk further from a document the first walk reached.`,
    );
  }
  return maxDepth;
}

/** Validates an ISO day argument (YYYY-MM-DD, a real calendar day). */
export function checkDay(value: string | null | undefined, argument: string): string | null {
  if (value === null || value === undefined || value === '') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !d || d.getUTCMonth() !== Number(m[2]) - 1 || d.getUTCDate() !== Number(m[3])) {
    throw new DirectiveGraphError(ErrorCode.BAD_USER_INPUT, `"${argument}" must be a day written YYYY-MM-DD (e.g. 2025-07-23), got "${value}".`);
  }
  return value.trim();
}

/** Refuses work once the request's time budget is spent. */
export function timeoutError(budgetMs?: number): DirectiveGraphError {
  return new DirectiveGraphError(
    ErrorCode.TIMEOUT,
    `The request ran out of time${budgetMs ? ` (${Math.round(budgetMs / 1000)} s budget)` : ''}. Ask for less (smaller "first" or ` +
      '"maxDepth", narrower filters), or raise REQUEST_TIMEOUT_MS on the server.',
    true,
  );
}
