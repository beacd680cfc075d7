import 'reflect-metadata';
import { Field, InputType } from 'type-graphql';

@InputType('BodyFilter', { description: 'Every field is optional; given fields must all match.' })
export class BodyFilterInput {
  @Field(() => String, { nullable: true, description: 'Part of the name, diacritics optional, abbreviations as written in names ("So Noi vu", "UBND tỉnh").' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: '"national" or a province, diacritics optional.' })
  jurisdiction?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only collectives ("các sở, ban, ngành").' })
  group?: boolean | null;
}
