/**
 * src/api/directResolvers.ts calls field resolver methods without type-graphql's handler. Each such method
 * must get exactly the parameters the handler gives it: the same parent, context, info, arguments and args
 * instance, in the same order. Checked on every field resolver of the real schema, against a schema built by
 * type-graphql alone, with each method replaced by one that records what it was given.
 */
import 'reflect-metadata';
import { createRequire } from 'node:module';
import type * as GraphQL from 'graphql';
import type { GraphQLField, GraphQLInputType, GraphQLSchema } from 'graphql';
import { buildSchema, getMetadataStorage } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { resolveFieldsDirectly } from '../../src/api/directResolvers';
import { RESOLVERS } from '../../src/api/schema';

// The schema's types come from the CommonJS graphql that type-graphql loads (see src/api/schema.ts).
const { getNamedType, GraphQLEnumType, GraphQLInputObjectType, isListType, isNonNullType, isObjectType } = createRequire(import.meta.url)('graphql') as typeof GraphQL;

interface Call {
  self: unknown;
  params: unknown[];
}

/** Each field resolver and query method records its parameters instead of running. */
function recordCalls(): () => void {
  const restore: (() => void)[] = [];
  const storage = getMetadataStorage();
  for (const meta of [...storage.fieldResolvers, ...storage.queries]) {
    const proto = (meta.target as { prototype: Record<string, unknown> }).prototype;
    const original = proto[meta.methodName];
    proto[meta.methodName] = function (this: unknown, ...params: unknown[]): Call {
      return { self: this, params };
    };
    restore.push(() => (proto[meta.methodName] = original));
  }
  return () => restore.forEach((r) => r());
}

/** A value for an argument of this type: an enum's first values, a string, a number, a list of them. */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType as GraphQLInputType)];
  const named = getNamedType(type);
  if (named instanceof GraphQLEnumType) return named.getValues()[0]!.value;
  if (named instanceof GraphQLInputObjectType) return {};
  if (named.name === 'Int' || named.name === 'Float') return 7;
  if (named.name === 'Boolean') return true;
  return '2025-01-02';
}

function fieldResolvers(schema: GraphQLSchema): { type: string; field: GraphQLField<unknown, unknown> }[] {
  return Object.values(schema.getTypeMap())
    .filter(isObjectType)
    .filter((t) => !t.name.startsWith('__'))
    .flatMap((t) => Object.values(t.getFields()).map((field) => ({ type: t.name, field })))
    .filter(({ field }) => field.resolve !== undefined);
}

describe('field resolvers called without type-graphql\'s handler', () => {
  it('get the parameters type-graphql gives them, for every field resolver and plain query of the schema', async () => {
    const restore = recordCalls();
    try {
      const handled = await buildSchema({ resolvers: [...RESOLVERS], validate: false });
      const direct = await buildSchema({ resolvers: [...RESOLVERS], validate: false });
      const replaced = resolveFieldsDirectly(direct);
      const storage = getMetadataStorage();
      // Every field resolver, and the queries whose arguments are scalars, enums or plain args classes (not
      // those taking an input object, which type-graphql converts to its class).
      expect(replaced.filter((f) => !f.startsWith('Query.'))).toHaveLength(storage.fieldResolvers.length);
      expect(replaced).toEqual(expect.arrayContaining(['Query.lineage', 'Query.mandate', 'Query.body', 'Query.document', 'Query.search']));
      expect(replaced).not.toContain('Query.documents');

      const root = { key: 'K', documentKey: 'D', taskKey: 'T', body: { key: 'B' } };
      const context = { loaders: {}, role: 'anonymous' };
      const info = { fieldNodes: [], fragments: {} };
      let compared = 0;
      for (const { type, field } of fieldResolvers(direct)) {
        const before = handled.getType(type);
        const handledField = isObjectType(before) ? before.getFields()[field.name] : undefined;
        if (!replaced.includes(`${type}.${field.name}`)) continue;
        if (!handledField?.resolve) throw new Error(`${type}.${field.name} has no resolver in type-graphql's schema`);
        // Every argument given, then none (graphql-js leaves an optional argument without default out).
        for (const args of [Object.fromEntries(field.args.map((a) => [a.name, sample(a.type)])), {}]) {
          const want = (await handledField.resolve(root, args, context, info as never)) as Call;
          const got = (await field.resolve!(root, args, context, info as never)) as Call;
          expect(got.params, `${type}.${field.name}`).toStrictEqual(want.params);
          got.params.forEach((p, i) => {
            if (p && typeof p === 'object') expect(Object.getPrototypeOf(p), `${type}.${field.name} parameter ${i}`).toBe(Object.getPrototypeOf(want.params[i]));
          });
          expect(got.self?.constructor).toBe(want.self?.constructor);
        }
        compared++;
      }
      expect(compared).toBe(replaced.length);
    } finally {
      restore();
    }
  });

  it('answer synchronously when the method does, arguments or not', async () => {
    const schema = await buildSchema({ resolvers: [...RESOLVERS], validate: false });
    resolveFieldsDirectly(schema);
    const document = schema.getType('Document');
    if (!isObjectType(document)) throw new Error('no Document type');
    // An id is computed from the key at once: no promise for graphql to wait on per object.
    const id = document.getFields().id!.resolve!({ key: '76/NQ-CP' }, {}, {}, {} as never);
    expect(typeof id).toBe('string');
    const body = schema.getType('Body');
    if (!isObjectType(body)) throw new Error('no Body type');
    const jurisdiction = body.getFields().jurisdictionOn!.resolve!({ key: 'B', jurisdiction: 'Hà Nội' }, { asOf: '2025-01-02' }, {}, {} as never);
    expect(jurisdiction).not.toBeInstanceOf(Promise);
  });
});
