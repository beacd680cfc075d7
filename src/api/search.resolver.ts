import 'reflect-metadata';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import { DirectiveGraphError, ErrorCode } from '../errors';
import { search, SEARCH_COUNT_CAP, searchWords, type SearchLabel } from '../graph/searchQueries';
import { selectsAnyField } from './selection';
import type { ApiContext } from './context';
import { tagged } from './node.type';
import { pageWindow, toConnection, type ConnectionValue } from './pagination';
import { PageArgs } from './page.args';
import { SearchResultType } from './enums.type';
import { SearchHitConnection } from './search.type';

const LABELS: Record<keyof typeof SearchResultType, SearchLabel> = { DOCUMENT: 'Document', TASK: 'Task', BODY: 'Body' };

@Resolver()
export class SearchResolver {
  @Query(() => SearchHitConnection, {
    description: 'Full-text search over document titles, task text and body names; diacritics optional ("cai cach hanh chinh"). Every word must occur.',
  })
  async search(
    @Arg('text', () => String) text: string,
    @Ctx() ctx: ApiContext,
    @Args(() => PageArgs) pageArgs: PageArgs,
    @Info() info: GraphQLResolveInfo,
    @Arg('types', () => [SearchResultType], { nullable: true, description: 'Only these kinds of object (default: all).' }) types?: string[],
  ): Promise<ConnectionValue<unknown> & { totalCountIsLowerBound: boolean }> {
    const slice = pageWindow(pageArgs);
    const words = searchWords(text);
    if (words.length === 0) {
      throw new DirectiveGraphError(ErrorCode.BAD_USER_INPUT, '"text" needs at least one word (letters or digits) to search for.');
    }
    if (words.length > 32) {
      throw new DirectiveGraphError(ErrorCode.BAD_USER_INPUT, `"text" has ${words.length} words; search with at most 32.`);
    }
    const labels = types?.length ? [...new Set(types)].map((t) => LABELS[t as keyof typeof LABELS]) : null;
    // Without totalCount the index is asked for twice the page only (enough for hasNextPage and most ties).
    const counted = selectsAnyField(info, ['totalCount', 'totalCountIsLowerBound']);
    const page = await search(ctx.loaders.reader, words, slice, labels, counted ? SEARCH_COUNT_CAP : slice.skip + slice.limit);
    // The tasks' documents came with the hits: a selected `document` needs no second statement.
    ctx.loaders.primeDocuments(page.items.flatMap((hit) => (hit.label === 'Task' && hit.document ? [hit.document] : [])));
    const connection = toConnection({ total: page.total, items: page.items.map((hit) => ({ score: hit.score, node: tagged(hit.label, hit.record) })) }, slice);
    // Past the counting cap the list goes on: hasNextPage cannot rest on the (lower-bound) total there.
    if (page.totalIsLowerBound && page.items.length === slice.limit) connection.pageInfo.hasNextPage = true;
    // Added in place, not spread into a copy: a spread reads the `edges` getter, building every edge and cursor
    // for a query that selects `nodes` only.
    return Object.assign(connection, { totalCountIsLowerBound: page.totalIsLowerBound });
  }
}
