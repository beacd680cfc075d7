/**
 * What the query asks of the field being resolved, read from the resolver's info through fragments, so a
 * resolver can skip work nobody asked for (search's count) or fetch in its own statement what the query will
 * read of its items (a connection's relations). Directives (@skip, @include) are not evaluated: a skipped
 * field is worked for in vain, never missed.
 */
import { Kind, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

type SelectionInfo = Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>;

/** The fields a selection set selects directly, fragments spread in (each named fragment once). */
function fieldsOf(
  set: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  into: FieldNode[] = [],
  spread = new Set<string>(),
): FieldNode[] {
  for (const selection of set?.selections ?? []) {
    if (selection.kind === Kind.FIELD) into.push(selection);
    else if (selection.kind === Kind.INLINE_FRAGMENT) fieldsOf(selection.selectionSet, fragments, into, spread);
    else if (!spread.has(selection.name.value)) {
      spread.add(selection.name.value);
      fieldsOf(fragments[selection.name.value]?.selectionSet, fragments, into, spread);
    }
  }
  return into;
}

/** True when the field being resolved selects any of `names` directly (through fragments too). */
export function selectsAnyField(info: SelectionInfo, names: readonly string[]): boolean {
  return info.fieldNodes.some((node) => fieldsOf(node.selectionSet, info.fragments).some((f) => names.includes(f.name.value)));
}

/**
 * What a selection reads depends only on its field nodes and the fragments of their document, both immutable
 * once parsed: kept per field node (Apollo keeps a parsed operation across requests, so its nodes too) or, for
 * fields merged from several nodes, per graphql's list of them, which one execution shares between every
 * object of a list. A nested page asks it of each of its 200 cited documents (`tasks`).
 */
const ITEM_FIELDS = new WeakMap<object, ReadonlySet<string>>();

/** Names of the fields asked of the items of the connection this resolver returns (`nodes`, `edges { node }`). */
export function connectionItemFields(info: SelectionInfo): ReadonlySet<string> {
  const memoKey: object = info.fieldNodes.length === 1 ? info.fieldNodes[0]! : info.fieldNodes;
  let names = ITEM_FIELDS.get(memoKey);
  if (!names) ITEM_FIELDS.set(memoKey, (names = itemFieldsOf(info)));
  return names;
}

function itemFieldsOf(info: SelectionInfo): Set<string> {
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

/** The fields named `name` the field being resolved selects directly (through fragments too), each alias once. */
export function selectedFields(info: SelectionInfo, name: string): FieldNode[] {
  return info.fieldNodes.flatMap((node) => fieldsOf(node.selectionSet, info.fragments).filter((f) => f.name.value === name));
}

/** Names of the fields the query asks of the field `name` of the field being resolved (through fragments too). */
export function subfieldNames(info: SelectionInfo, name: string): Set<string> {
  const names = new Set<string>();
  for (const field of selectedFields(info, name)) fieldsOf(field.selectionSet, info.fragments).forEach((f) => names.add(f.name.value));
  return names;
}
