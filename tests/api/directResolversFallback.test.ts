/**
 * src/api/directResolvers.ts replaces a field resolver only when it can pass what type-graphql would: a resolver
 * added later whose parameters type-graphql converts or validates (an input object, an argument
 * with its own `validate` or `validateFn`, an `@Authorized()` field, roles or none) keeps type-graphql's handler. Checked on resolvers of this file alone
 * (vitest gives each file its own metadata storage), so the real schema's test is not disturbed.
 */
import 'reflect-metadata';
import { Arg, Args, ArgsType, Authorized, buildSchema, Field, FieldResolver, InputType, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { resolveFieldsDirectly } from '../../src/api/directResolvers';

@ObjectType()
class Thing {
  @Field(() => String)
  key!: string;
}

@InputType()
class Filter {
  @Field(() => String, { nullable: true })
  word?: string;
}

@ArgsType()
class Window {
  @Field(() => Number, { nullable: true })
  first?: number;
}

@Resolver(() => Thing)
class ThingResolver {
  @Query(() => Thing)
  thing(): Thing {
    return { key: 'K' };
  }

  @FieldResolver(() => String)
  plain(@Root() thing: Thing, @Arg('word', () => String, { nullable: true }) word?: string): string {
    return `${thing.key}${word ?? ''}`;
  }

  @FieldResolver(() => String)
  filtered(@Root() thing: Thing, @Arg('filter', () => Filter, { nullable: true }) filter?: Filter): string {
    return `${thing.key}${filter?.word ?? ''}`;
  }

  @FieldResolver(() => String)
  validatedArg(@Arg('word', () => String, { nullable: true, validate: true }) word?: string): string {
    return word ?? '';
  }

  @FieldResolver(() => String)
  validatedArgs(@Args(() => Window, { validate: true }) window: Window): string {
    return String(window.first);
  }

  @Authorized()
  @FieldResolver(() => String)
  authorized(@Root() thing: Thing): string {
    return thing.key;
  }

  @FieldResolver(() => String)
  checkedArg(@Arg('word', () => String, { nullable: true, validateFn: () => undefined }) word?: string): string {
    return word ?? '';
  }
}

describe('field resolvers type-graphql must still call', () => {
  it('keep its handler when a parameter is converted or validated, and only those', async () => {
    // type-graphql refuses `@Authorized` without an auth checker; the other resolvers ignore it.
    const schema = await buildSchema({ resolvers: [ThingResolver], validate: false, authChecker: () => true });
    const replaced = resolveFieldsDirectly(schema);
    expect(replaced).toContain('Thing.plain');
    for (const kept of ['Thing.filtered', 'Thing.validatedArg', 'Thing.validatedArgs', 'Thing.checkedArg', 'Thing.authorized']) expect(replaced).not.toContain(kept);
  });
});
