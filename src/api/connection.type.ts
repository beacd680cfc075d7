/** The Relay connection types: `PageInfo`, and `<Name>Connection` / `<Name>Edge` for each list type. */
import 'reflect-metadata';
import type { GraphQLScalarType } from 'graphql';
import { Field, Int, ObjectType, type ClassType } from 'type-graphql';

@ObjectType({ description: 'Where a page sits in its list (Relay cursor connections).' })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean)
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

type NodeTypeRef = ClassType | GraphQLScalarType | object;

/**
 * `<Name>Connection` and `<Name>Edge` object types for lists of `nodeType`. `countCapped` (its description)
 * adds `totalCountIsLowerBound`, for lists that stop counting at a cap.
 */
export function ConnectionType(name: string, nodeType: () => NodeTypeRef, description: string, options: { countCapped?: string } = {}): ClassType {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a page, with its cursor.` })
  class Edge {
    @Field(() => String, { description: 'Pass as "after" to read the items that follow this one.' })
    cursor!: string;

    @Field(nodeType)
    node!: unknown;
  }

  @ObjectType(`${name}Connection`, { description })
  class Connection {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => [nodeType()], { description: 'The page\'s items, without cursors.' })
    nodes!: unknown[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items the whole list holds.' })
    totalCount!: number;
  }
  if (options.countCapped) {
    Field(() => Boolean, { description: options.countCapped })(Connection.prototype, 'totalCountIsLowerBound');
  }
  return Connection;
}
