/**
 * Effect in the API: Document.status(asOf) and Document.events, the replacement walk ("the current version
 * of this directive" in one request), the worklist of tasks whose mandate lapsed, and a body's jurisdiction
 * after the 2025 merger of provinces.
 */
import 'reflect-metadata';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { DirectiveGraphError, ErrorCode } from '../errors';
import { lapsedMandates, replacements } from '../graph/effectQueries';
import { statusOn, today, type DocumentEventRecord, type EffectStatus as Status } from '../graph/effectStatus';
import type { BodyRecord, DocumentRecord } from '../graph/records';
import { jurisdictionOn, successorOf } from '../jurisdictions/successors';
import { BodyType } from './body.type';
import type { ApiContext } from './context';
import { ReadsDatabase } from './databaseField';
import { DayScalar } from './date.scalar';
import { DocumentType } from './document.type';
import { DocumentEventType, EffectStatus, LapsedMandateConnection, ReplacementsType } from './effect.type';
import { keyFromId } from './globalId';
import { pageWindow, toConnection, type ConnectionValue } from './pagination';
import { PageArgs } from './page.args';
import { checkMaxDepth } from './protection';

@Resolver(() => DocumentType)
export class DocumentEffectResolver {
  @ReadsDatabase()
  @FieldResolver(() => EffectStatus, {
    description: 'Its effect status on a day (default today), derived from its own dates of effect and the events other documents cause to it.',
  })
  async status(
    @Root() doc: DocumentRecord,
    @Ctx() ctx: ApiContext,
    @Arg('asOf', () => DayScalar, { nullable: true }) asOf?: string | null,
  ): Promise<Status> {
    return statusOn(doc, await ctx.loaders.events.load(doc.key), asOf ?? today());
  }

  @ReadsDatabase()
  @FieldResolver(() => [DocumentEventType], { description: 'What other documents did to it (replaced, repealed, amended, ...), oldest first.' })
  events(@Root() doc: DocumentRecord, @Ctx() ctx: ApiContext): Promise<DocumentEventRecord[]> {
    return ctx.loaders.events.load(doc.key);
  }
}

@Resolver(() => BodyType)
export class BodyJurisdictionResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description:
      'The jurisdiction the body answers to on a day (default today): since the 2025 merger of provinces (1 July 2025), a body of a former ' +
      'province answers to the province that continues it ("Bắc Giang" -> "Bắc Ninh"); its own jurisdiction and name stay as written.',
  })
  jurisdictionOn(@Root() body: BodyRecord, @Arg('asOf', () => DayScalar, { nullable: true }) asOf?: string | null): string | null {
    return body.jurisdiction === null ? null : jurisdictionOn(body.jurisdiction, asOf ?? today());
  }

  @FieldResolver(() => String, { nullable: true, description: 'The province that continues the body\'s province since the 2025 merger (itself when it kept its name).' })
  successorJurisdiction(@Root() body: BodyRecord): string | null {
    return body.jurisdiction === null ? null : (successorOf(body.jurisdiction)?.name ?? null);
  }
}

@Resolver()
export class EffectResolver {
  @Query(() => ReplacementsType, {
    description:
      'The replacement chains around a document in one query: what replaced it (and what replaced those), what it replaced, and its ' +
      'current version(s). maxDepth 1..10.',
  })
  async replacements(
    @Arg('documentId', () => ID) documentId: string,
    @Ctx() ctx: ApiContext,
    @Arg('maxDepth', () => Int, { defaultValue: 10 }) maxDepth: number,
  ): Promise<ReplacementsType> {
    const key = keyFromId(documentId, 'Document', 'documentId');
    checkMaxDepth(maxDepth);
    const found = await replacements(ctx.loaders.reader, key, maxDepth);
    if (!found) {
      throw new DirectiveGraphError(ErrorCode.NOT_FOUND, `No document has the documentId "${documentId}". Look documents up with documentBySymbol(symbol, jurisdiction).`);
    }
    const all = [found.root, ...found.replacedBy.map((n) => n.document), ...found.replaces.map((n) => n.document)];
    ctx.loaders.primeDocuments(all);
    const byKey = new Map(all.map((d) => [d.key, d]));
    return {
      document: found.root,
      replacedBy: found.replacedBy,
      replaces: found.replaces,
      edges: found.edges.map((e) => ({ by: byKey.get(e.fromKey), replaced: byKey.get(e.toKey), part: e.part, whole: e.whole, date: e.date })),
      current: found.current,
      truncated: found.truncated,
    };
  }

  @Query(() => LapsedMandateConnection, {
    description:
      'An analyst\'s worklist: tasks whose mandating chain (their document, then up the mandating citations as `mandate` walks them) holds a ' +
      'document no longer in force on a day (default today): replaced, repealed or suspended as a whole, or past its own end of effect.',
  })
  async lapsedMandates(
    @Ctx() ctx: ApiContext,
    @Args(() => PageArgs) pageArgs: PageArgs,
    @Arg('asOf', () => DayScalar, { nullable: true }) asOf?: string | null,
    @Arg('maxDepth', () => Int, { defaultValue: 5 }) maxDepth: number = 5,
  ): Promise<ConnectionValue<unknown>> {
    checkMaxDepth(maxDepth);
    const slice = pageWindow(pageArgs);
    const page = await lapsedMandates(ctx.loaders.reader, asOf ?? today(), maxDepth, slice);
    ctx.loaders.primeTasks(page.items.map((i) => i.task));
    const lapsed = await ctx.loaders.documents.loadMany([...new Set(page.items.flatMap((i) => i.lapsedKeys))]);
    const docs = new Map(lapsed.filter((d): d is DocumentRecord => !!d && !(d instanceof Error)).map((d) => [d.key, d]));
    return toConnection(
      { total: page.total, items: page.items.map((i) => ({ task: i.task, lapsed: i.lapsedKeys.map((k) => docs.get(k)).filter(Boolean) })) },
      slice,
    );
  }
}
