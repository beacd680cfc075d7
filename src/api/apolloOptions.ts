/**
 * Apollo Server plugins and error formatting: every client-facing error carries `extensions.code` and a
 * message a user can act on; stack traces only in development mode.
 */
import type http from 'node:http';
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { ApolloServerErrorCode, unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { GraphQLFormattedError } from 'graphql';
import type { Settings } from '../config';
import { DirectiveGraphError, ErrorCode } from '../errors';
import type { ApiContext } from './context';
import { argumentLengthError } from './argumentLengths';
import { checkOperationLimits, refusal, roleRefusal } from './protection';

/**
 * Most tokens a GraphQL document may hold. Parsing is linear but not free: a 10,000-alias bomb (~120,000
 * tokens) kept the event loop, and /health, busy for seconds before any rule could refuse it. Real queries
 * stay far below (the introspection query is under 400 tokens; a long string literal is one token).
 */
export const MAX_QUERY_TOKENS = 5_000;
export const PARSE_OPTIONS = { maxTokens: MAX_QUERY_TOKENS };

export function apolloPlugins(server: http.Server, settings: Settings): ApolloServerPlugin<ApiContext>[] {
  // Our own playground replaces Apollo's landing page, which loads from a CDN. No field carries a cache hint
  // and no cache sits in front of the API, so Apollo's cache-control plugin (a hook on every resolved field,
  // several allocations each) is off: on a 9 KB lineage answer it was a visible share of the request.
  // Apollo also installs its inline-trace plugin, which only a federation subgraph uses (this schema is not
  // one): it still ran a hook on every request to find that out, so it is off too.
  return [
    ApolloServerPluginDrainHttpServer({ httpServer: server }),
    ApolloServerPluginLandingPageDisabled(),
    ApolloServerPluginCacheControlDisabled(),
    ApolloServerPluginInlineTraceDisabled(),
    protectionPlugin(settings),
  ];
}

/**
 * Refuses an operation before it runs: a caller whose role may not run it, a string argument over its length
 * cap (src/api/argumentLengths.ts), a query nested too deep or estimated too costly (src/api/protection.ts).
 */
export function protectionPlugin(settings: Pick<Settings, 'server'>): ApolloServerPlugin<ApiContext> {
  const readersNeedKey = settings.server.readerKeys.length > 0;
  // The listener keeps no state of its own (all it reads comes with the hook's argument): one for every request.
  const listener: GraphQLRequestListener<ApiContext> = {
    async didResolveOperation({ contextValue, operation, document, schema, request }) {
      if (!operation) return; // no operation to run: Apollo reports that itself
      const refused = roleRefusal(contextValue.role, operation.operation, readersNeedKey);
      if (refused) throw refusal(refused.code, refused.message, refused.status);
      const tooLong = argumentLengthError(schema, document, request.variables ?? {}, operation.name?.value ?? null);
      if (tooLong) throw refusal(ErrorCode.BAD_USER_INPUT, tooLong.message, 400);
      checkOperationLimits(schema, document, request.variables ?? {}, operation);
    },
  };
  return {
    async requestDidStart() {
      return listener;
    },
  };
}

export function formatError(development: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const extensions: Record<string, unknown> = { ...(formatted.extensions ?? {}) };
    if (original instanceof DirectiveGraphError) {
      extensions.code = original.code;
      if (original.retriable) extensions.retriable = true;
    }
    if (extensions.code === ApolloServerErrorCode.GRAPHQL_PARSE_FAILED && /Document contains more tha[nt] \d+ tokens/.test(formatted.message)) {
      return {
        message: `The query has more than ${MAX_QUERY_TOKENS} tokens (names, punctuation, values); real queries need far fewer. Split it, or pass long values as variables.`,
        extensions: { code: ErrorCode.QUERY_TOO_COMPLEX },
      };
    }
    if (!extensions.code) extensions.code = ErrorCode.INTERNAL;
    if (!development) delete extensions.stacktrace;
    // The client sees a generic message; the log keeps what happened, so the message's promise holds.
    if (extensions.code === ErrorCode.INTERNAL) console.error('GraphQL internal error:', original);
    const internal = extensions.code === ErrorCode.INTERNAL && !development;
    return {
      ...formatted,
      message: internal ? 'Internal server error. The server log has the details.' : formatted.message,
      extensions,
    };
  };
}
