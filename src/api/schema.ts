/**
 * Builds the GraphQL schema from the type-graphql classes. `schema/schema.graphql` is emitted from here
 * (`npm run schema:emit`) and committed; a test fails when they differ.
 */
import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { HealthResolver } from './health.resolver';

export const RESOLVERS = [HealthResolver] as const;

export async function buildApiSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers: [...RESOLVERS], validate: false });
}
