/**
 * Per-query memos for the checks that walk a parsed query before it runs (operation limits, argument
 * lengths). Apollo's document store hands the same DocumentNode to every request with the same query text, so
 * a walk's result is kept per document, then per schema, then per key (the operation, and what else the
 * check's result depends on): a query is walked once, not once per request. Weak maps let a document leave
 * with Apollo's store; a client cycling through more than `maxKeysPerDocument` keys starts the map over.
 */
import type * as GraphQL from 'graphql';
import type { DocumentNode, GraphQLSchema } from 'graphql';

export type PerDocumentMemo<T> = (schema: GraphQLSchema, document: DocumentNode, key: string, compute: () => T) => T;

export function perDocumentMemo<T>(maxKeysPerDocument: number): PerDocumentMemo<T> {
  const store = new WeakMap<DocumentNode, WeakMap<GraphQLSchema, Map<string, T>>>();
  return (schema, document, key, compute) => {
    let bySchema = store.get(document);
    if (!bySchema) store.set(document, (bySchema = new WeakMap()));
    let byKey = bySchema.get(schema);
    if (!byKey) bySchema.set(schema, (byKey = new Map()));
    if (byKey.has(key)) return byKey.get(key)!;
    const value = compute();
    if (byKey.size >= maxKeysPerDocument) byKey.clear();
    byKey.set(key, value);
    return value;
  };
}

/** Which operations of a document a walk measures: all of them when no name is given, else the named one. */
export type OperationFilter = (node: GraphQL.OperationDefinitionNode) => boolean;

export function operationFilter(operationName: string | null | undefined): OperationFilter | undefined {
  return operationName === undefined ? undefined : (node) => (node.name?.value ?? null) === (operationName ?? null);
}

/** The memo key part that names the operation (undefined, "all operations", differs from null, "the anonymous one"). */
export function operationKey(operationName: string | null | undefined): string {
  return operationName === undefined ? '\u0001' : (operationName ?? '');
}
