/** Which fields a resolver's caller selected, so a resolver can skip work nobody asked for. */
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/** True when the field being resolved selects any of `names` directly (through fragments too). */
export function selectsAnyField(info: GraphQLResolveInfo, names: readonly string[]): boolean {
  const seen = new Set<string>();
  const within = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some((selection) => {
      if (selection.kind === Kind.FIELD) return names.includes(selection.name.value);
      if (selection.kind === Kind.INLINE_FRAGMENT) return within(selection.selectionSet);
      const name = selection.name.value;
      if (seen.has(name)) return false;
      seen.add(name);
      return within(info.fragments[name]?.selectionSet);
    });
  return info.fieldNodes.some((node) => within(node.selectionSet));
}
