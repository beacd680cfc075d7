/**
 * Runs operations against the real schema through Apollo Server's `executeOperation` (no HTTP), with the
 * server's own protection plugin and error formatting, a fresh context (loaders, deadline) per operation.
 */
import 'reflect-metadata';
import { ApolloServer } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import type { GraphClient } from '../../src/graph/driver';
import { formatError, PARSE_OPTIONS, protectionPlugin } from '../../src/api/apolloOptions';
import type { ApiContext, Role } from '../../src/api/context';
import { createLoaders } from '../../src/api/loaders';
import { leafListsGateway } from '../../src/api/leafLists';
import { buildApiSchema } from '../../src/api/schema';

export interface Result<T = Record<string, any>> {
  data?: T | null;
  errors?: { message: string; path?: readonly (string | number)[]; extensions?: Record<string, any> }[];
  status: number | undefined;
}

export interface Executor {
  run<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, options?: { role?: Role; deadline?: number; operationName?: string }): Promise<Result<T>>;
  stop(): Promise<void>;
}

let schema: Promise<GraphQLSchema> | undefined;

export async function startExecutor(
  graph: GraphClient,
  options: { readerKeys?: string[]; development?: boolean } = {},
): Promise<Executor> {
  schema ??= buildApiSchema();
  const development = options.development ?? false;
  const apollo = new ApolloServer<ApiContext>({
    // As the server runs operations (src/api/httpServer.ts): on the execution copy, lists taken as given.
    gateway: leafListsGateway(await schema),
    plugins: [protectionPlugin({ server: { readerKeys: options.readerKeys ?? [] } as never })],
    formatError: formatError(development),
    includeStacktraceInErrorResponses: development,
    parseOptions: PARSE_OPTIONS,
  });
  await apollo.start();
  return {
    async run(query, variables = {}, runOptions = {}) {
      const deadline = runOptions.deadline ?? Date.now() + 15_000;
      const response = await apollo.executeOperation(
        { query, variables, operationName: runOptions.operationName },
        {
          contextValue: {
            graph,
            role: runOptions.role ?? 'anonymous',
            loaders: createLoaders(graph, deadline),
            deadline,
          },
        },
      );
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      const { data, errors } = response.body.singleResult;
      return { data: data as never, errors: errors as Result['errors'], status: response.http.status };
    },
    stop: () => apollo.stop(),
  };
}

/** The data of a result that must have no errors (the errors are shown when it does). */
export function ok<T>(result: Result<T>): T {
  if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
  return result.data as T;
}
