/**
 * Apollo Server plugins and error formatting: every client-facing error carries `extensions.code` and a
 * message a user can act on; stack traces only in development mode.
 */
import type http from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLFormattedError } from 'graphql';
import type { Settings } from '../config';
import { DirectiveGraphError, ErrorCode } from '../errors';
import type { ApiContext } from './context';

export function apolloPlugins(server: http.Server, settings: Settings): ApolloServerPlugin<ApiContext>[] {
  void settings;
  // Our own playground replaces Apollo's landing page, which loads from a CDN.
  return [ApolloServerPluginDrainHttpServer({ httpServer: server }), ApolloServerPluginLandingPageDisabled()];
}

export function formatError(development: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = (error as { originalError?: unknown })?.originalError ?? error;
    const extensions: Record<string, unknown> = { ...(formatted.extensions ?? {}) };
    if (original instanceof DirectiveGraphError) {
      extensions.code = original.code;
      if (original.retriable) extensions.retriable = true;
    }
    if (!extensions.code) extensions.code = ErrorCode.INTERNAL;
    if (!development) delete extensions.stacktrace;
    const internal = extensions.code === ErrorCode.INTERNAL && !development;
    return {
      ...formatted,
      message: internal ? 'Internal server error. The server log has the details.' : formatted.message,
      extensions,
    };
  };
}
