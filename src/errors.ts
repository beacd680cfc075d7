import { ApolloServerErrorCode } from '@apollo/server/errors';

/**
 * Public error codes. Every error a user can see carries one of these as `code` (and, through the API,
 * as `extensions.code`), with a message that says what to do next. The codes Apollo Server also uses take
 * its values (`ApolloServerErrorCode`), so a client tells apart one set of codes, not two that happen to agree.
 */
export const ErrorCode = {
  BAD_USER_INPUT: `${ApolloServerErrorCode.BAD_USER_INPUT}`,
  NOT_FOUND: 'NOT_FOUND',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  DATABASE_AUTH_FAILED: 'DATABASE_AUTH_FAILED',
  MIGRATION_FAILED: 'MIGRATION_FAILED',
  INVALID_DOCUMENT: 'INVALID_DOCUMENT',
  /** A new text much smaller than the stored version of the same document, sent without replace. */
  SUSPICIOUS_REPLACEMENT: 'SUSPICIOUS_REPLACEMENT',
  TIMEOUT: 'TIMEOUT',
  INTERNAL: `${ApolloServerErrorCode.INTERNAL_SERVER_ERROR}`,
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export class DirectiveGraphError extends Error {
  override readonly name = 'DirectiveGraphError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** True when the same call may succeed later (database restarting, transient network). */
    readonly retriable = false,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
