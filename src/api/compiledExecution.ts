/**
 * Runs an operation with graphql-jit: the operation is compiled once into a function (Apollo keeps a parsed
 * document across requests, so the compiled form is kept per document) and each request calls it. graphql-js
 * interprets the document anew for every object of every list: per field an info object, an argument map, a
 * path entry, `isPromise` and `completeValue` on each value, a null-prototype result object. The compiled
 * function does that work once, when it is made, and builds the answer as plain object literals (which
 * `JSON.stringify` also writes faster).
 *
 * What a client sees stays graphql-js's: an operation graphql-jit cannot compile runs on graphql-js, and so does
 * a request whose variables graphql-jit refuses (their messages are graphql-js's own, word for word). A field
 * without a resolver is read as a property by both; graphql-jit does not call a property that is a function, as
 * graphql-js's default resolver does (records here are data: getters, no methods named as fields).
 */
import { createRequire } from 'node:module';
import type * as GraphQL from 'graphql';
import type * as GraphQLJit from 'graphql-jit';
import type { DocumentNode, ExecutionResult, GraphQLSchema } from 'graphql';

// The schema's types come from the CommonJS graphql type-graphql loads (see schema.ts): compile with the
// CommonJS graphql-jit, which requires that same graphql.
const require = createRequire(import.meta.url);
const graphql = require('graphql') as typeof GraphQL;
const jit = require('graphql-jit') as typeof GraphQLJit;

export interface OperationRequest {
  schema: GraphQLSchema;
  document: DocumentNode;
  contextValue: unknown;
  variableValues?: Record<string, unknown> | null;
  operationName?: string | null;
}

/** A compiled operation and its variables' default values as input (graphql-jit refuses a non-null variable left out for its default). */
type Compiled = { query: GraphQLJit.CompiledQuery['query']; defaults: readonly (readonly [string, unknown])[] } | null;

/**
 * The defaults of the operation's non-null variables, as a client would send them (graphql-jit coerces them as
 * input, with `parseValue`). Only those graphql-jit refuses when left out: it gives a nullable variable its default
 * itself, from the literal (`parseLiteral`), as graphql-js does. A type holding a custom scalar is left out too:
 * its `parseValue` of the sent form need not equal its `parseLiteral` of the default, so graphql-jit refuses the
 * request and graphql-js answers it.
 */
function variableDefaults(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined): (readonly [string, unknown])[] {
  const operation = document.definitions.find(
    (d): d is GraphQL.OperationDefinitionNode => d.kind === graphql.Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName),
  );
  return (operation?.variableDefinitions ?? []).flatMap((d) => {
    if (!d.defaultValue || d.type.kind !== graphql.Kind.NON_NULL_TYPE) return [];
    const type = graphql.typeFromAST(schema, d.type);
    return type && !holdsCustomScalar(graphql.getNamedType(type), new Set()) ? [[d.variable.name.value, graphql.valueFromASTUntyped(d.defaultValue)] as const] : [];
  });
}

/** Whether an input type is, or has a field of, a scalar other than graphql's own (enums read alike either way). */
function holdsCustomScalar(type: GraphQL.GraphQLNamedType, seen: Set<GraphQL.GraphQLNamedType>): boolean {
  if (seen.has(type)) return false;
  seen.add(type);
  if (graphql.isScalarType(type)) return !graphql.isSpecifiedScalarType(type);
  if (!graphql.isInputObjectType(type)) return false;
  return Object.values(type.getFields()).some((f) => holdsCustomScalar(graphql.getNamedType(f.type), seen));
}

/**
 * An executor with its own cache of compiled operations, per schema and document (weakly held: a document
 * Apollo's cache drops takes its compiled form with it), per operation name. `null` marks an operation graphql-jit
 * could not compile, run on graphql-js from then on. An operation is compiled at its `compileFromRun`-th run
 * (default: the second) and runs on graphql-js before: compiling costs about as much as validating (46-81 ms at
 * the token cap), which a one-off query — or a client sending a new query every time — would pay for nothing.
 */
export function compiledExecutor(
  compile: typeof jit.compileQuery = jit.compileQuery,
  interpret: (request: OperationRequest) => ExecutionResult | Promise<ExecutionResult> = runOnGraphqlJs,
  compileFromRun = 2,
): (request: OperationRequest) => Promise<ExecutionResult> {
  const bySchema = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Map<string, Compiled | number>>>();

  const compiledFor = ({ schema, document, operationName }: OperationRequest): Compiled => {
    let byDocument = bySchema.get(schema);
    if (!byDocument) bySchema.set(schema, (byDocument = new WeakMap()));
    let byName = byDocument.get(document);
    if (!byName) byDocument.set(document, (byName = new Map()));
    const name = operationName ?? '';
    const known = byName.get(name);
    if (known !== undefined && typeof known !== 'number') return known;
    // A number counts the runs so far of an operation not compiled yet.
    const runs = (known ?? 0) + 1;
    if (runs < compileFromRun) {
      byName.set(name, runs);
      return null;
    }
    const made = compile(schema, document, operationName ?? undefined);
    const compiled = jit.isCompiledQuery(made) ? { query: made.query, defaults: variableDefaults(schema, document, operationName) } : null;
    byName.set(name, compiled);
    return compiled;
  };

  return async (request) => {
    const compiled = compiledFor(request);
    if (!compiled) return interpret(request);
    let variables = request.variableValues ?? {};
    // A variable left out takes its default, as graphql-js gives it; one sent (null too) is kept.
    for (const [name, value] of compiled.defaults) if (!Object.hasOwn(variables, name)) variables = { ...variables, [name]: value };
    const result = await compiled.query(undefined, request.contextValue, variables);
    // No `data` at all: the request was refused before execution (its variables); graphql-js words the errors.
    if (!('data' in result)) return interpret(request);
    // graphql-js's order of keys: errors first.
    return result.errors ? { errors: result.errors.map(asGraphQLError), data: result.data } : result;
  };
}

function runOnGraphqlJs(request: OperationRequest): ExecutionResult | Promise<ExecutionResult> {
  return graphql.execute({
    schema: request.schema,
    document: request.document,
    contextValue: request.contextValue,
    variableValues: request.variableValues,
    operationName: request.operationName,
  });
}

/**
 * graphql-jit's errors are its own objects (graphql's prototype, but no `extensions` when the original error has
 * none, where Apollo's error formatting reads it): made into graphql-js's, with the same message, locations,
 * path and original error as graphql-js gives a resolver's error.
 */
function asGraphQLError(error: GraphQL.GraphQLError): GraphQL.GraphQLError {
  const made = new graphql.GraphQLError(error.message, { path: error.path, originalError: error.originalError });
  (made as { locations?: GraphQL.GraphQLError['locations'] }).locations = error.locations;
  return made;
}
