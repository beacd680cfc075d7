import { createRequire } from 'node:module';
import type * as GraphQL from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildApiSchema } from '../../src/api/schema';
import { executionSchema, introspects } from '../../src/api/leafLists';

// The copy of graphql the schema and leafLists use (see src/api/schema.ts).
const graphql = createRequire(import.meta.url)('graphql') as typeof GraphQL;

/** A small schema shaped like the API's: a root field returning a type with a list of lists of ids. */
function smallSchema(): GraphQL.GraphQLSchema {
  return graphql.buildSchema(`
    type Walk { paths: [[ID!]!]! names: [String] depth: Int! }
    type Holder { walk: Walk! }
    type Query { walk: Walk! holder: Holder walks: [Walk!]! }
  `);
}

const walk = { paths: [['a', 'b'], ['a', 'c', 'd'], []], names: ['x', null], depth: 2 };
const rootValue = { walk, holder: { walk }, walks: [walk, walk] };

describe('lists executed as one leaf', () => {
  it('answers the same JSON as the schema itself, the listed fields taken as given', async () => {
    const schema = smallSchema();
    const copy = executionSchema(schema, ['Walk.paths']);
    const query = '{ walk { paths depth } holder { walk { p: paths names } } walks { paths } }';
    const run = async (s: GraphQL.GraphQLSchema) => JSON.stringify(await graphql.execute({ schema: s, document: graphql.parse(query), rootValue }));
    expect(await run(copy)).toBe(await run(schema));
    expect(await run(copy)).toContain('"paths":[["a","b"],["a","c","d"],[]]');
  });

  it('leaves the schema clients see as it was, and copies only the types on the way to a listed field', async () => {
    const schema = await buildApiSchema();
    const before = graphql.printSchema(schema);
    const copy = executionSchema(schema);
    expect(graphql.printSchema(schema)).toBe(before);
    const lineage = copy.getType('Lineage') as GraphQL.GraphQLObjectType;
    expect(graphql.isLeafType(graphql.getNullableType(lineage.getFields().paths!.type))).toBe(true);
    expect(graphql.getNamedType(copy.getQueryType()!.getFields().lineage!.type)).toBe(lineage);
    // Everything else is the schema's own: same resolvers, same types.
    expect(lineage.getFields().nodes!.type).toBe((schema.getType('Lineage') as GraphQL.GraphQLObjectType).getFields().nodes!.type);
    expect(copy.getType('Document')).toBe(schema.getType('Document'));
    expect(copy.getMutationType()).toBe(schema.getMutationType());
    expect(graphql.validateSchema(copy)).toEqual([]);
  });

  it('refuses an entry that is no list field, so a renamed field cannot pass unnoticed', () => {
    expect(() => executionSchema(smallSchema(), ['Walk.depth'])).toThrow(/not a list field/);
    expect(() => executionSchema(smallSchema(), ['Walk.gone'])).toThrow(/not a list field/);
    expect(() => executionSchema(smallSchema(), ['Nothing.paths'])).toThrow(/object type/);
  });

  it('tells operations that read the schema itself, in fragments too', () => {
    expect(introspects(graphql.parse('{ walk { paths } }'))).toBe(false);
    expect(introspects(graphql.parse('{ walk { __typename paths } }'))).toBe(false);
    expect(introspects(graphql.parse('{ __schema { queryType { name } } }'))).toBe(true);
    expect(introspects(graphql.parse('query { walk { ...F } } fragment F on Walk { paths t: __type(name: "Walk") { name } }'))).toBe(true);
  });
});
