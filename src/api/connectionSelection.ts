/**
 * What a query asks of a connection's items (under `nodes` and `edges { node }`), read from the resolver's
 * info, through fragments: lets a list field fetch its items' relations in its own statement when, and only
 * when, the query will read them. Directives (@skip, @include) are not evaluated: a skipped field is fetched
 * for nothing, never missed.
 */
import type { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

function fieldsOf(set: SelectionSetNode | undefined, fragments: Record<string, FragmentDefinitionNode>, into: FieldNode[] = []): FieldNode[] {
  for (const selection of set?.selections ?? []) {
    if (selection.kind === 'Field') into.push(selection);
    else if (selection.kind === 'InlineFragment') fieldsOf(selection.selectionSet, fragments, into);
    else fieldsOf(fragments[selection.name.value]?.selectionSet, fragments, into);
  }
  return into;
}

/** Names of the fields asked of the items of the connection this resolver returns. */
export function connectionItemFields(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>): Set<string> {
  const names = new Set<string>();
  const add = (items: FieldNode) => fieldsOf(items.selectionSet, info.fragments).forEach((f) => names.add(f.name.value));
  for (const connection of info.fieldNodes) {
    for (const field of fieldsOf(connection.selectionSet, info.fragments)) {
      if (field.name.value === 'nodes') add(field);
      if (field.name.value === 'edges') fieldsOf(field.selectionSet, info.fragments).filter((f) => f.name.value === 'node').forEach(add);
    }
  }
  return names;
}
