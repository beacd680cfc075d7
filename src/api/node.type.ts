/** The `Node` interface: every object with a global id, fetchable again through `node(id)`. */
import 'reflect-metadata';
import { Field, ID, InterfaceType } from 'type-graphql';
import type { NodeTypeName } from './globalId';

/** A record handed to an abstract type (interface, union) carries its GraphQL type name. */
export type Tagged<T> = T & { __typename: NodeTypeName };

export function tagged<T extends object>(type: NodeTypeName, value: T): Tagged<T> {
  return { ...value, __typename: type };
}

@InterfaceType('Node', {
  description: 'An object with a global id (base64url of "Type:key"); `node(id)` fetches it again.',
  resolveType: (value: { __typename?: string }) => value.__typename,
})
export abstract class NodeInterface {
  @Field(() => ID)
  id!: string;
}
