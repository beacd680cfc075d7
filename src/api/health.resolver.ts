import { Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import { DirectiveGraphError, ErrorCode } from '../errors';
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

/** A health check that waits longer than this for the database reports it down. */
export const HEALTH_CHECK_MS = 1500;

@Resolver()
export class HealthResolver {
  @Query(() => Health, { description: 'Liveness of the API and its database.' })
  async health(@Ctx() ctx: ApiContext): Promise<Health> {
    try {
      const migrated = await isMigrated(ctx.graph.until(Date.now() + HEALTH_CHECK_MS));
      return { database: true, migrated, version: '0.1.0' };
    } catch (error) {
      // Saying "down" is this field's answer; other failures are errors like anywhere else.
      if (error instanceof DirectiveGraphError && (error.code === ErrorCode.DATABASE_UNAVAILABLE || error.code === ErrorCode.TIMEOUT)) {
        return { database: false, migrated: false, version: '0.1.0' };
      }
      throw error;
    }
  }
}
