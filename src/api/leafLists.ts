/**
 * graphql-js completes a list value item by item: per item a path entry, a completeValue call that tests the
 * type again, the scalar's serialize, and a new array per list. `Lineage.paths` ([[ID!]!]!) holds 2,000-8,700
 * ids per answer at depth 6, and completing them was 7% of the API's busy time there, besides their garbage.
 * Its resolver already gives what completion would make of it (arrays of id strings, never null), so execution
 * may take the whole value as one leaf and put it into the answer as it is: the same JSON.
 *
 * Only execution sees that: a copy of the schema in which the listed fields' types are such a leaf. Apollo
 * still parses, validates and plans against the schema itself (it is what `gateway.load` hands it), and an
 * operation that introspects (`__schema`, `__type`) runs on the schema itself, so no client can tell.
 */
import { createRequire } from 'node:module';
import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import type * as GraphQL from 'graphql';
import { compiledExecutor } from './compiledExecution';
import type { DocumentNode, GraphQLFieldConfig, GraphQLNamedType, GraphQLOutputType, GraphQLSchema } from 'graphql';

// The schema's types come from the CommonJS graphql type-graphql loads (see schema.ts): build and execute with it.
const graphql = createRequire(import.meta.url)('graphql') as typeof GraphQL;

/** `Type.field` of fields whose resolver gives the completed value (lists of strings, no null): executed as one leaf. */
export const LEAF_LISTS = ['Lineage.paths'] as const;

/** A scalar that hands its value over unchanged: the answer holds what the resolver gave. */
const AS_GIVEN = new graphql.GraphQLScalarType({
  name: 'AsGiven',
  description: 'Execution only: a list the resolver already completed.',
  serialize: (value) => value,
});

/** The type of `type` where a list becomes AS_GIVEN (non-null kept), null when it is no list. */
function leafOf(type: GraphQLOutputType): GraphQLOutputType | null {
  if (graphql.isNonNullType(type)) {
    const inner = leafOf(type.ofType);
    return inner ? new graphql.GraphQLNonNull(inner as GraphQL.GraphQLNullableType & GraphQLOutputType) : null;
  }
  return graphql.isListType(type) ? AS_GIVEN : null;
}

/** The same wrappers around another named type. */
function rewrap(type: GraphQLOutputType, named: GraphQLNamedType): GraphQLOutputType {
  if (graphql.isNonNullType(type)) return new graphql.GraphQLNonNull(rewrap(type.ofType, named) as GraphQL.GraphQLNullableType & GraphQLOutputType);
  if (graphql.isListType(type)) return new graphql.GraphQLList(rewrap(type.ofType as GraphQLOutputType, named));
  return named as GraphQLOutputType;
}

/**
 * A copy of `schema` for execution in which each field of `fields` (`Type.field`, a list) is one AS_GIVEN leaf.
 * Each type holding such a field is copied with it, and so is each object type with a field of a copied type;
 * every other type is the schema's own. Throws when a field is missing or no list: a stale entry must not pass.
 */
export function executionSchema(schema: GraphQLSchema, fields: readonly string[] = LEAF_LISTS): GraphQLSchema {
  const copies = new Map<string, GraphQL.GraphQLObjectType>();
  for (const entry of fields) {
    const [typeName, fieldName] = entry.split('.') as [string, string];
    const type = schema.getType(typeName);
    if (!graphql.isObjectType(type)) throw new Error(`leafLists: ${entry} is not a field of an object type of the schema`);
    const field = type.getFields()[fieldName];
    const leaf = field ? leafOf(field.type) : null;
    if (!leaf) throw new Error(`leafLists: ${entry} is not a list field of the schema`);
    const config = (copies.get(typeName) ?? type).toConfig();
    copies.set(typeName, new graphql.GraphQLObjectType({ ...config, fields: { ...config.fields, [fieldName]: { ...config.fields[fieldName]!, type: leaf } } }));
  }
  // Object types that name a copied type take the copy, until none is left (copies of copies included).
  for (let changed = true; changed; ) {
    changed = false;
    for (const type of Object.values(schema.getTypeMap())) {
      if (!graphql.isObjectType(type) || type.name.startsWith('__')) continue;
      const config = (copies.get(type.name) ?? type).toConfig();
      let fieldsChanged = false;
      const newFields: Record<string, GraphQLFieldConfig<unknown, unknown>> = {};
      for (const [name, fieldConfig] of Object.entries(config.fields)) {
        const target = copies.get(graphql.getNamedType(fieldConfig.type).name);
        if (target && graphql.getNamedType(fieldConfig.type) !== target) {
          newFields[name] = { ...fieldConfig, type: rewrap(fieldConfig.type, target) };
          fieldsChanged = true;
        } else newFields[name] = fieldConfig;
      }
      if (fieldsChanged) {
        copies.set(type.name, new graphql.GraphQLObjectType({ ...config, fields: newFields }));
        changed = true;
      }
    }
  }
  const config = schema.toConfig();
  const own = (type: GraphQL.GraphQLObjectType | null | undefined) => (type ? (copies.get(type.name) ?? type) : type);
  return new graphql.GraphQLSchema({
    ...config,
    query: own(config.query),
    mutation: own(config.mutation),
    subscription: own(config.subscription),
    types: config.types.map((type) => copies.get(type.name) ?? type),
  });
}

/** Whether an operation document reads the schema itself (`__schema`, `__type`), anywhere in it. */
const INTROSPECTS = new WeakMap<DocumentNode, boolean>();
export function introspects(document: DocumentNode): boolean {
  let known = INTROSPECTS.get(document);
  if (known === undefined) {
    known = false;
    graphql.visit(document, {
      Field(node) {
        if (node.name.value === '__schema' || node.name.value === '__type') {
          known = true;
          return graphql.BREAK;
        }
        return undefined;
      },
    });
    INTROSPECTS.set(document, known);
  }
  return known;
}

type Gateway = NonNullable<ApolloServerOptionsWithGateway<never>['gateway']>;

/**
 * Apollo's way to run operations with an executor of our own (its gateway interface, with a fixed schema): Apollo
 * parses, validates, runs its plugins and formats errors against `schema`, and the executor runs the operation,
 * compiled (compiledExecution.ts), on `forExecution`, or with graphql-js on `schema` when it introspects.
 */
export function leafListsGateway(schema: GraphQLSchema, forExecution: GraphQLSchema = executionSchema(schema)): Gateway {
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    async load() {
      const execute = compiledExecutor();
      return {
        schema,
        executor: (request) => {
          const operation = {
            document: request.document,
            contextValue: request.context,
            variableValues: request.request.variables,
            operationName: request.request.operationName,
          };
          // An introspection is answered by graphql-js on the schema itself, as it always was.
          return introspects(request.document)
            ? Promise.resolve(graphql.execute({ schema, ...operation }))
            : execute({ schema: forExecution, ...operation });
        },
      };
    },
    async stop() {},
  };
}
