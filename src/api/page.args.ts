import 'reflect-metadata';
import { ArgsType, Field, Int } from 'type-graphql';

/** The page arguments every connection field takes; `pageWindow` (src/api/pagination.ts) checks them. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true })
  first?: number;

  @Field(() => String, { nullable: true })
  after?: string;
}
