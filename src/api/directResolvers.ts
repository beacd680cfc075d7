/**
 * type-graphql runs every `@FieldResolver` call through its handler: a resolver-data object, a container
 * lookup, the parameter list sorted and mapped anew, and for each argument an `async` validation, so a resolver
 * with an argument always answered a promise (and `Promise.all` around its parameters) even with validation
 * off. On a large answer that is per object: a nested page calls `Assignment.body`, `Task.assignments`,
 * `Citation.to` and `Document.tasks` thousands of times. Here each field resolver whose parameters are plain
 * (the parent, the context, the info, scalar or enum arguments, an args class of such) calls its method
 * directly, with the parameters type-graphql would have passed; any other keeps type-graphql's handler.
 */
import { createRequire } from 'node:module';
import type * as GraphQL from 'graphql';
import type { GraphQLFieldResolver, GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

// The schema's types come from the CommonJS graphql type-graphql loads, which an `import` may not be (see
// schema.ts): test them with that copy.
const { isInterfaceType, isObjectType, isUnionType } = createRequire(import.meta.url)('graphql') as typeof GraphQL;

type Resolve = GraphQLFieldResolver<unknown, unknown, Record<string, unknown>>;
/** One parameter of the method, read from graphql's resolver arguments. */
type Param = (root: unknown, args: Record<string, unknown>, context: unknown, info: unknown) => unknown;

type Storage = ReturnType<typeof getMetadataStorage>;
type FieldResolverMetadata = Storage['fieldResolvers'][number];
type ParamMetadata = NonNullable<FieldResolverMetadata['params']>[number];
type ArgsClass = new () => object;

/**
 * A value type-graphql hands over unchanged (convertToType): of a scalar (a GraphQLScalarType, or String,
 * Number, Boolean) or a registered enum (a plain object of its values), or a list of them. Input and args types
 * are classes (functions), which it converts.
 */
function passesUnchanged(type: unknown): boolean {
  if (type === String || type === Number || type === Boolean) return true;
  return typeof type === 'object' && type !== null;
}

/**
 * An args class's instance as type-graphql builds it (convertArgsToInstance, then convertToType): a new
 * instance, its own fields left undefined by the arguments dropped, the arguments given copied on. Null when a
 * field is not a value type-graphql passes unchanged, or the class inherits fields.
 */
function argsInstance(argsClass: ArgsClass, storage: Storage): ((args: Record<string, unknown>) => object) | null {
  if (Object.getPrototypeOf(argsClass) !== Function.prototype) return null;
  const meta = storage.argumentTypes.find((a) => a.target === argsClass);
  const fields = meta?.fields;
  if (!fields || !fields.every((f) => passesUnchanged(f.getType()))) return null;
  const names = fields.map((f) => f.name);
  return (args) => {
    const given: Record<string, unknown> = {};
    for (const name of names) if (args[name] !== undefined) given[name] = args[name];
    const instance = new argsClass() as Record<string, unknown>;
    for (const key of Object.keys(instance)) if (instance[key] === undefined && !(key in given)) delete instance[key];
    return Object.assign(instance, given);
  };
}

/**
 * Whether type-graphql validates this argument whatever the schema says: its own `validate` (set, and not false)
 * overrides the schema's `validate: false`, and its own `validateFn` always runs.
 */
function validatedAlone(param: { validateSettings?: unknown; validateFn?: unknown }): boolean {
  return !!param.validateFn || (param.validateSettings !== undefined && param.validateSettings !== false);
}

/** How to read one parameter directly; null when only type-graphql's handler reads it as it should. */
function directParam(param: ParamMetadata, storage: Storage): Param | null {
  switch (param.kind) {
    case 'root': {
      if (param.getType) return null; // a typed parent is converted to its class
      const property = param.propertyName;
      return property ? (root) => (root as Record<string, unknown>)[property] : (root) => root;
    }
    case 'context': {
      const property = param.propertyName;
      return property ? (_r, _a, context) => (context as Record<string, unknown>)[property] : (_r, _a, context) => context;
    }
    case 'info':
      return (_r, _a, _c, info) => info;
    case 'arg': {
      if (validatedAlone(param) || !passesUnchanged(param.getType())) return null;
      const name = param.name;
      return (_r, args) => args[name];
    }
    case 'args': {
      if (validatedAlone(param)) return null;
      const build = argsInstance(param.getType() as ArgsClass, storage);
      return build ? (_r, args) => build(args) : null;
    }
    default:
      return null;
  }
}

/** Calls `method` on `instance` with the parameters read, without building a list for up to four. */
function caller(instance: object, method: (...params: unknown[]) => unknown, params: Param[]): Resolve {
  const [p0, p1, p2, p3] = params;
  switch (params.length) {
    case 0:
      return () => method.call(instance);
    case 1:
      return (r, a, c, i) => method.call(instance, p0!(r, a, c, i));
    case 2:
      return (r, a, c, i) => method.call(instance, p0!(r, a, c, i), p1!(r, a, c, i));
    case 3:
      return (r, a, c, i) => method.call(instance, p0!(r, a, c, i), p1!(r, a, c, i), p2!(r, a, c, i));
    case 4:
      return (r, a, c, i) => method.call(instance, p0!(r, a, c, i), p1!(r, a, c, i), p2!(r, a, c, i), p3!(r, a, c, i));
    default:
      return (r, a, c, i) => method.apply(instance, params.map((p) => p(r, a, c, i)));
  }
}

type QueryMetadata = Storage['queries'][number];

/**
 * Replaces, in a schema type-graphql built without validation, middlewares or an auth checker, the resolver of
 * each `@FieldResolver` field and each `@Query` whose parameters read directly. Root fields run once per
 * request, but their handler was the costliest (an `async` validation per argument, `getParams` sorting and
 * mapping them, `getType` for each): 1.5-2% of a lineage request's CPU. Returns the fields replaced
 * (`Type.field`).
 */
export function resolveFieldsDirectly(schema: GraphQLSchema): string[] {
  const storage = getMetadataStorage();
  const instances = new Map<Function, object>();
  const replaced: string[] = [];
  const candidates: { meta: FieldResolverMetadata | QueryMetadata; typeName: string | undefined }[] = [];
  for (const meta of storage.fieldResolvers) {
    if (meta.kind !== 'external' || !meta.getObjectType) continue;
    const objectClass = meta.getObjectType();
    candidates.push({ meta, typeName: storage.objectTypes.find((o) => o.target === objectClass)?.name });
  }
  const queryType = schema.getQueryType()?.name;
  for (const meta of storage.queries) candidates.push({ meta, typeName: queryType });
  for (const { meta, typeName } of candidates) {
    // `@Authorized()` without roles leaves an empty list, which still asks the auth checker: any list keeps the handler.
    if (meta.middlewares?.length || meta.roles !== undefined) continue;
    const type = typeName ? schema.getType(typeName) : undefined;
    const field = isObjectType(type) ? type.getFields()[meta.schemaName] : undefined;
    if (!field) continue;
    // Parameters in the method's order, as type-graphql's getParams sorts them.
    const params = [...(meta.params ?? [])].sort((a, b) => a.index - b.index);
    if (params.some((p, i) => p.index !== i)) continue;
    const readers = params.map((p) => directParam(p, storage));
    if (readers.some((r) => r === null)) continue;
    // type-graphql's default container keeps one instance per resolver class; these classes hold no state.
    const target = meta.target as new () => object;
    let instance = instances.get(target);
    if (!instance) instances.set(target, (instance = new target()));
    const method = (instance as Record<string, unknown>)[meta.methodName];
    if (typeof method !== 'function') continue;
    field.resolve = caller(instance, method as (...params: unknown[]) => unknown, readers as Param[]);
    replaced.push(`${typeName}.${meta.schemaName}`);
  }
  return replaced;
}

/**
 * type-graphql wraps an abstract type's `resolveType` in an `async` function (it awaits the user's function,
 * then maps a class it may return to its type name), so every object of a union or interface field answered a
 * promise. graphql-js waits for it; graphql-jit (src/api/compiledExecution.ts) takes a type name only. Here each
 * union and interface with a `resolveType` of its own gets a synchronous equivalent: the user's function's answer,
 * a class mapped to its type name as type-graphql does; a promise (none here today) is mapped when it settles, as
 * before. Returns the types replaced.
 */
export function resolveTypesDirectly(schema: GraphQLSchema): string[] {
  const storage = getMetadataStorage();
  const replaced: string[] = [];
  const nameOf = (resolved: unknown): string | undefined => {
    if (!resolved || typeof resolved === 'string') return (resolved as string | undefined) ?? undefined;
    return storage.objectTypes.find((o) => o.target === resolved)?.name;
  };
  const abstracts = [
    ...storage.unions.map((u) => ({ name: u.name, resolveType: u.resolveType })),
    ...storage.interfaceTypes.map((i) => ({ name: i.name, resolveType: i.resolveType })),
  ];
  for (const { name, resolveType } of abstracts) {
    const type = schema.getType(name);
    if (!resolveType || !(isUnionType(type) || isInterfaceType(type))) continue;
    type.resolveType = (value, context, info, abstractType) => {
      const resolved = resolveType(value, context, info, abstractType);
      return resolved instanceof Promise ? resolved.then(nameOf) : nameOf(resolved);
    };
    replaced.push(name);
  }
  return replaced;
}
