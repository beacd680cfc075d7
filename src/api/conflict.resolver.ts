import 'reflect-metadata';
import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import { conflicts, unresolvedReferences } from '../graph/citationQueries';
import { claimsSpanNumberingPeriods } from '../extract/numberingPeriod';
import { DateConflictConnection, UnresolvedReferenceConnection } from './conflict.type';
import type { ApiContext } from './context';
import { pageWindow, toConnection, type ConnectionValue } from './pagination';
import { PageArgs } from './page.args';

@Resolver()
export class ConflictResolver {
  @Query(() => DateConflictConnection, {
    description: 'Documents whose date or issuer is claimed differently by the documents that cite them (or by their own header).',
  })
  async conflicts(
    @Ctx() ctx: ApiContext,
    @Args(() => PageArgs) pageArgs: PageArgs,
  ): Promise<ConnectionValue<unknown>> {
    const slice = pageWindow(pageArgs);
    const page = await conflicts(ctx.loaders.reader, slice);
    return toConnection(
      {
        total: page.total,
        items: page.items.map((c) => ({
          document: c.document,
          field: c.field,
          claims: c.claims.map((claim) => ({ value: claim.value, citingDocument: claim.claimant, snippet: claim.snippet, fromOwnText: claim.own })),
          likelyDistinctDocuments:
            c.field === 'DATE' &&
            claimsSpanNumberingPeriods(
              (c.document as { symbol?: string | null }).symbol ?? null,
              c.claims.map((claim) => claim.value),
            ),
        })),
      },
      slice,
    );
  }

  @Query(() => UnresolvedReferenceConnection, {
    description: 'Cited documents whose text is not ingested yet, most cited first: what to ingest next.',
  })
  async unresolvedReferences(
    @Ctx() ctx: ApiContext,
    @Args(() => PageArgs) pageArgs: PageArgs,
  ): Promise<ConnectionValue<unknown>> {
    const slice = pageWindow(pageArgs);
    return toConnection(await unresolvedReferences(ctx.loaders.reader, slice), slice);
  }
}
