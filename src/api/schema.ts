/**
 * Builds the GraphQL schema from the type-graphql classes. `schema/schema.graphql` is emitted from here
 * (`npm run schema:emit`, via `printSchemaWithHeader`) and committed; a test fails when they differ.
 */
import 'reflect-metadata';
import { createRequire } from 'node:module';
import { buildSchema, getMetadataStorage } from 'type-graphql';
import type * as GraphQL from 'graphql';
import { BodyResolver } from './body.resolver';
import { resolveFieldsDirectly, resolveTypesDirectly } from './directResolvers';
import { CitationResolver } from './citation.resolver';
import { ConflictResolver } from './conflict.resolver';
import { DocumentResolver } from './document.resolver';
import { ExploreResolver } from './explore.resolver';
import { BodyJurisdictionResolver, DocumentEffectResolver, EffectResolver } from './effect.resolver';
import { HealthResolver } from './health.resolver';
import { LineageResolver } from './lineage.resolver';
import { NodeResolver } from './node.resolver';
import { SearchResolver } from './search.resolver';
import { AssignmentResolver, TaskResolver } from './task.resolver';

export const RESOLVERS = [
  HealthResolver,
  NodeResolver,
  DocumentResolver,
  CitationResolver,
  TaskResolver,
  AssignmentResolver,
  BodyResolver,
  LineageResolver,
  SearchResolver,
  ExploreResolver,
  ConflictResolver,
  DocumentEffectResolver,
  BodyJurisdictionResolver,
  EffectResolver,
] as const;

type GraphQLSchema = GraphQL.GraphQLSchema;

// graphql ships a CommonJS and an ES build, and refuses schema objects made by the other one. type-graphql
// builds the schema with the CommonJS one wherever it runs, while `import 'graphql'` in our sources gets the
// ES build under vitest: print with the copy type-graphql used.
const { lexicographicSortSchema, printSchema } = createRequire(import.meta.url)('graphql') as typeof GraphQL;

export async function buildApiSchema(): Promise<GraphQLSchema> {
  plainFieldsReadDirectly();
  const schema = await buildSchema({ resolvers: [...RESOLVERS], validate: false });
  resolveFieldsDirectly(schema);
  resolveTypesDirectly(schema);
  return schema;
}

/**
 * A plain `@Field` (a property of the record, no middleware, no roles) is read by graphql's default resolver
 * instead of type-graphql's wrapper, which allocated a resolver-data object and a closure and ran the
 * (empty) middleware chain for every scalar of every object: a visible share of a large answer's CPU. Fields
 * with a `@FieldResolver` keep theirs (type-graphql ignores `simple` for them); a field renamed in the schema
 * keeps the wrapper, since the default resolver reads the schema name.
 */
function plainFieldsReadDirectly(): void {
  for (const field of getMetadataStorage().fields) {
    if (!field.middlewares?.length && !field.roles?.length && field.schemaName === field.name) field.simple = true;
  }
}

export const SCHEMA_HEADER =
  '# The directive-graph GraphQL API. Generated from the type-graphql classes in src/api by `npm run schema:emit`:\n' +
  '# do not edit by hand (a test fails when this file and the code differ).\n';

/** The SDL of the schema, types sorted by name, with the do-not-edit header. */
export async function printSchemaWithHeader(schema?: GraphQLSchema): Promise<string> {
  return `${SCHEMA_HEADER}\n${printSchema(lexicographicSortSchema(schema ?? (await buildApiSchema())))}\n`;
}
