/** The explorer's search box: one query for documents, tasks and bodies. */
import 'reflect-metadata';
import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { DirectiveGraphError, ErrorCode } from '../errors';
import { explore } from '../graph/exploreQueries';
import { searchWords } from '../graph/searchQueries';
import type { ApiContext } from './context';
import { ExploreResultType } from './explore.type';

const MAX_EXPLORE = 50;

@Resolver()
export class ExploreResolver {
  @Query(() => ExploreResultType, {
    description:
      'One search box: documents, tasks and bodies for a query typed loosely. Diacritics optional; a document number with its symbol in any spacing ' +
      '("2898 qd ubnd", "05 nq tu quang ninh"); a province named in the query narrows the answers; body abbreviations are expanded ("ubnd").',
  })
  async explore(
    @Arg('query', () => String) query: string,
    @Ctx() ctx: ApiContext,
    @Arg('first', () => Int, { defaultValue: 10, description: `Most items per list (1..${MAX_EXPLORE}).` }) first: number,
  ): Promise<ExploreResultType> {
    const words = searchWords(query);
    if (words.length === 0) throw new DirectiveGraphError(ErrorCode.BAD_USER_INPUT, '"query" needs at least one word (letters or digits) to search for.');
    if (words.length > 32) throw new DirectiveGraphError(ErrorCode.BAD_USER_INPUT, `"query" has ${words.length} words; search with at most 32.`);
    if (!Number.isInteger(first) || first < 1 || first > MAX_EXPLORE) {
      throw new DirectiveGraphError(ErrorCode.BAD_USER_INPUT, `"first" must be a whole number from 1 to ${MAX_EXPLORE}, got ${first}.`);
    }
    const { loaders } = ctx;
    const found = await explore(loaders.reader, query, first);
    loaders.primeDocuments(found.documents);
    loaders.primeTasks(found.tasks);
    loaders.primeBodies(found.bodies);
    return { query, ...found };
  }
}
