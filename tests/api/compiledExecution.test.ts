import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type * as GraphQL from 'graphql';
import type * as GraphQLJit from 'graphql-jit';
import { compiledExecutor } from '../../src/api/compiledExecution';

// The CommonJS graphql, as the API's schema and graphql-jit use it.
const graphql = createRequire(import.meta.url)('graphql') as typeof GraphQL;
const jit = createRequire(import.meta.url)('graphql-jit') as typeof GraphQLJit;

class CodedError extends Error {
  readonly extensions = { code: 'NOT_FOUND' };
}

const schema = graphql.buildSchema(`
  interface Node { id: ID! }
  type Doc implements Node { id: ID! title: String tags: [String!]! cites(first: Int = 2): [Doc!]! }
  type Body implements Node { id: ID! name: String! }
  union Hit = Doc | Body
  type Query {
    doc(id: ID!): Doc
    hits(text: String!): [Hit!]!
    node(id: ID!): Node
    broken: Doc
    strict: Doc!
    day(d: Day): String
  }
  scalar Day
`);
const docs = (n: number) => Array.from({ length: n }, (_, i) => ({ __typename: 'Doc', id: `d${i}`, title: i % 2 ? null : `Tiêu đề ${i}`, tags: ['a', `t${i}`] }));
Object.assign((schema.getType('Doc') as GraphQL.GraphQLObjectType).getFields().cites!, {
  resolve: (doc: { id: string }, args: { first: number }) => Promise.resolve(docs(args.first).map((d) => ({ ...d, id: `${doc.id}.${d.id}` }))),
});
const query = (schema.getQueryType() as GraphQL.GraphQLObjectType).getFields();
query.doc!.resolve = (_: unknown, args: { id: string }) => ({ __typename: 'Doc', id: args.id, title: 'Quyết định', tags: [] });
query.hits!.resolve = () => [docs(1)[0], { __typename: 'Body', id: 'b1', name: 'Sở Nội vụ' }];
query.node!.resolve = async (_: unknown, args: { id: string }) => (args.id.startsWith('b') ? { __typename: 'Body', id: args.id, name: 'Bộ' } : null);
query.broken!.resolve = () => Promise.reject(new CodedError('no such document'));
query.strict!.resolve = () => null;
query.day!.resolve = (_: unknown, args: { d: string }) => args.d;
// A custom scalar whose two parsers can be told apart: a default is a literal, which graphql-js reads with parseLiteral.
Object.assign(schema.getType('Day') as GraphQL.GraphQLScalarType, {
  parseValue: (value: unknown) => `value ${String(value)}`,
  parseLiteral: (ast: GraphQL.ValueNode) => `literal ${(ast as GraphQL.StringValueNode).value}`,
});
for (const name of ['Node', 'Hit']) (schema.getType(name) as GraphQL.GraphQLUnionType).resolveType = (value: { __typename: string }) => value.__typename;

const interpreted = (source: string, variableValues?: Record<string, unknown>) =>
  graphql.execute({ schema, document: graphql.parse(source), variableValues, contextValue: {} });

/** The answer as a client gets it: graphql's JSON of the result, errors in their JSON form. */
const json = (result: GraphQL.ExecutionResult) => JSON.stringify({ ...result, errors: result.errors?.map((e) => e.toJSON()) });

describe('operations run compiled', () => {
  const cases: [string, string, Record<string, unknown>?][] = [
    ['nested lists, aliases, arguments and fragments', `query($n: Int) { doc(id: "x") { ...D many: cites(first: $n) { ...D cites { id } } } } fragment D on Doc { id title tags }`, { n: 3 }],
    ['a union and an interface resolved by their type names', `{ hits(text: "x") { __typename ... on Doc { title } ... on Body { name } } node(id: "b2") { id ... on Body { name } } }`],
    ['a resolver\'s error with its path, locations and extensions, the rest answered', `{ broken { id } doc(id: "y") { id } }`],
    ['a null for a non-null field taking its parent with it', `{ strict { id } doc(id: "z") { title } }`],
    ['non-null variables left out for their defaults', `query($n: Int! = 3, $s: Boolean! = false, $id: ID = "d") { doc(id: $id) { id @skip(if: $s) cites(first: $n) { id } } }`, {}],
    ['skip and include', `query($s: Boolean!) { doc(id: "x") { id @skip(if: $s) title @include(if: $s) } }`, { s: true }],
  ];
  for (const [what, source, variables] of cases) {
    it(`answers the same JSON as graphql-js: ${what}`, async () => {
      let interpretedRuns = 0;
      const execute = compiledExecutor(undefined, (request) => ((interpretedRuns += 1), graphql.execute({ ...request, variableValues: request.variableValues ?? undefined })), 1);
      const document = graphql.parse(source);
      const compiled = await execute({ schema, document, contextValue: {}, variableValues: variables });
      expect(json(compiled)).toBe(json(await interpreted(source, variables)));
      // Errors are graphql's own class, with the extensions Apollo reads.
      for (const error of compiled.errors ?? []) {
        expect(error).toBeInstanceOf(graphql.GraphQLError);
        expect(error.extensions).toBeDefined();
      }
      // The second run of the same document uses the kept function and answers the same; graphql-js ran neither.
      expect(json(await execute({ schema, document, contextValue: {}, variableValues: variables }))).toBe(json(compiled));
      expect(interpretedRuns).toBe(0);
    });
  }

  it('words refused variables as graphql-js does', async () => {
    const execute = compiledExecutor(undefined, undefined, 1);
    const source = `query($id: ID!, $n: Int) { doc(id: $id) { cites(first: $n) { id } } }`;
    for (const variables of [{}, { id: 'x', n: 'three' }, { id: null }]) {
      const compiled = await execute({ schema, document: graphql.parse(source), contextValue: {}, variableValues: variables });
      expect(compiled.data).toBeUndefined();
      expect(json(compiled)).toBe(json(await interpreted(source, variables)));
    }
  });

  it("reads a custom scalar variable's default as graphql-js does (its literal), nullable or not", async () => {
    const execute = compiledExecutor(undefined, undefined, 1);
    for (const source of [`query($d: Day = "2025-07-01") { day(d: $d) }`, `query($d: Day! = "2025-07-01") { day(d: $d) }`]) {
      const compiled = await execute({ schema, document: graphql.parse(source), contextValue: {}, variableValues: {} });
      expect(compiled).toEqual({ data: { day: 'literal 2025-07-01' } });
      expect(json(compiled)).toBe(json(await interpreted(source, {})));
    }
  });

  it('compiles a document once, at its second run, whatever the number of requests', async () => {
    let compilations = 0;
    let interpretedRuns = 0;
    const execute = compiledExecutor(
      (...args) => ((compilations += 1), jit.compileQuery(...args)),
      (request) => ((interpretedRuns += 1), graphql.execute({ ...request, variableValues: request.variableValues ?? undefined })),
    );
    const document = graphql.parse(`{ doc(id: "x") { id } }`);
    for (let i = 0; i < 5; i++) expect((await execute({ schema, document, contextValue: {} })).data).toEqual({ doc: { id: 'x' } });
    expect([compilations, interpretedRuns]).toEqual([1, 1]);
    // A one-off query is interpreted, never compiled (compiling would cost it as much as its validation).
    await execute({ schema, document: graphql.parse(`{ doc(id: "x") { id } }`), contextValue: {} });
    expect([compilations, interpretedRuns]).toEqual([1, 2]);
  });
});
