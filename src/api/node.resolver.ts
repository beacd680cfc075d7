import 'reflect-metadata';
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { DirectiveGraphError, ErrorCode } from '../errors';
import type { ApiContext } from './context';
import { fromGlobalId } from './globalId';
import { NodeInterface, tagged } from './node.type';

@Resolver()
export class NodeResolver {
  @Query(() => NodeInterface, { nullable: true, description: 'Any object by its global id; null when it no longer exists.' })
  async node(@Arg('id', () => ID) id: string, @Ctx() ctx: ApiContext): Promise<unknown> {
    const parsed = fromGlobalId(id.trim());
    if (!parsed) {
      throw new DirectiveGraphError(ErrorCode.BAD_USER_INPUT, `"${id.slice(0, 80)}" is not an id of this API. Use the "id" field of a Document, Task or Body.`);
    }
    const { loaders } = ctx;
    switch (parsed.type) {
      case 'Document': {
        const record = await loaders.documents.load(parsed.key);
        return record && tagged('Document', record);
      }
      case 'Task': {
        const record = await loaders.tasks.load(parsed.key);
        return record && tagged('Task', record);
      }
      case 'Body': {
        const record = await loaders.bodies.load(parsed.key);
        return record && tagged('Body', record);
      }
    }
  }
}
