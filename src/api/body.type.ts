/** Responsible bodies: departments, committees, councils. */
import 'reflect-metadata';
import { Field, ObjectType } from 'type-graphql';
import { NodeInterface } from './node.type';
import { ConnectionType } from './connection.type';

@ObjectType('Body', { implements: NodeInterface, description: 'An agency that issues documents or is assigned tasks ("Sở Nội vụ" of a province).' })
export class BodyType extends NodeInterface {
  @Field(() => String, { description: '"folded name@jurisdiction".' })
  key!: string;

  @Field(() => String, {
    description:
      'Full name with diacritics, chosen from every spelling seen (docs/design.md): expanded ("Ủy ban nhân dân", not "UBND"), naming its province ("Ủy ban nhân dân tỉnh Quảng Ninh"), properly marked, the form most spellings agree on.',
  })
  name!: string;

  @Field(() => String, { nullable: true })
  jurisdiction!: string | null;

  @Field(() => [String], { description: 'Every spelling seen in the texts.' })
  aliases!: string[];

  @Field(() => Boolean, { description: 'True for collectives ("các sở, ban, ngành").' })
  group!: boolean;
}

export const BodyConnection = ConnectionType('Body', () => BodyType, 'A page of bodies.');
