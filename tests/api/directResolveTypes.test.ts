/**
 * graphql-jit (src/api/compiledExecution.ts) takes a type name from an abstract type's `resolveType`, not the promise
 * type-graphql's wrapper answers: every union and interface of the API's schema must answer synchronously
 * (directResolvers.ts, resolveTypesDirectly), including one added later.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type * as GraphQL from 'graphql';
import { buildApiSchema } from '../../src/api/schema';

const graphql = createRequire(import.meta.url)('graphql') as typeof GraphQL;

describe("the API schema's abstract types", () => {
  it('resolve each possible object type to its name synchronously', async () => {
    const schema = await buildApiSchema();
    const abstracts = Object.values(schema.getTypeMap()).filter((t): t is GraphQL.GraphQLUnionType | GraphQL.GraphQLInterfaceType => graphql.isAbstractType(t) && !t.name.startsWith('__'));
    expect(abstracts.length).toBeGreaterThan(0);
    for (const type of abstracts) {
      expect(type.resolveType, type.name).toBeTypeOf('function');
      for (const member of schema.getPossibleTypes(type)) {
        const resolved = type.resolveType!({ __typename: member.name }, {}, {} as GraphQL.GraphQLResolveInfo, type);
        expect(resolved, `${type.name} -> ${member.name}`).toBe(member.name);
      }
    }
  });
});
