import { Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import { isMigrated } from '../graph/migrations';
import type { ApiContext } from './context';

@ObjectType({ description: 'Whether the API can answer: the database is reachable and its schema is current.' })
export class Health {
  @Field(() => Boolean)
  database!: boolean;

  @Field(() => Boolean)
  migrated!: boolean;

  @Field(() => String)
  version!: string;
}

@Resolver()
export class HealthResolver {
  @Query(() => Health, { description: 'Liveness of the API and its database.' })
  async health(@Ctx() ctx: ApiContext): Promise<Health> {
    const migrated = await isMigrated(ctx.graph);
    return { database: true, migrated, version: '0.1.0' };
  }
}
