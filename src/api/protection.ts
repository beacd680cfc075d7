/**
 * Limits that keep one request from monopolising the server: query depth, an estimated cost, page sizes
 * (`first` <= 100, see pagination.ts), walk depths (`maxDepth` <= 10) and the request's time budget; plus
 * the role checks. Every refusal is a GraphQL error with `extensions.code` and a message saying what to change.
 */
import { GraphQLError, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { DirectiveGraphError, ErrorCode } from '../errors';
import { MAX_WALK_DEPTH } from '../graph/lineageQueries';
import type { ApiContext, Role } from './context';
import { operationLimitErrors } from './operationLimits';

export { MAX_COMPLEXITY, MAX_QUERY_DEPTH } from './operationLimits';

export function refusal(code: ErrorCode, message: string, status: number): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status } } });
}

/**
 * Depth, cost and alias checks for one operation (src/api/operationLimits.ts); throws the first refusal.
 * Runs after graphql's own validation, so the document is known to be valid.
 */
export function checkOperationLimits(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operation?: OperationDefinitionNode,
): void {
  const [first] = operationLimitErrors(schema, document, variables, operation ? (operation.name?.value ?? null) : undefined);
  if (first) throw refusal((first.extensions.code as ErrorCode | undefined) ?? ErrorCode.QUERY_TOO_COMPLEX, first.message, 400);
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
