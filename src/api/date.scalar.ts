/** `Date`: a calendar day written YYYY-MM-DD (the `asOf` of effect queries), checked like other day arguments. */
import { createRequire } from 'node:module';
import type * as GraphQL from 'graphql';
import { checkDay } from './protection';

// type-graphql builds the schema with the CommonJS graphql (see schema.ts): a scalar must be that copy's class.
const { GraphQLScalarType, Kind } = createRequire(import.meta.url)('graphql') as typeof GraphQL;

export const DayScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar day, YYYY-MM-DD (e.g. 2025-07-01).',
  serialize: (value) => String(value),
  parseValue: (value) => checkDay(String(value), 'asOf')!,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new TypeError('A Date is a string YYYY-MM-DD.');
    return checkDay(ast.value, 'asOf')!;
  },
});
