/** The citation walks: lineage, shortest citation paths and mandates, each one Cypher query. */
import { DayScalar } from './date.scalar';
import 'reflect-metadata';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Int, Query, Resolver } from 'type-graphql';
import { DirectiveGraphError, ErrorCode } from '../errors';
import { citationPaths, lineage, mandate, MANDATE_RELATIONS, MAX_LINEAGE_NODES, type LineageDirection as Direction } from '../graph/lineageQueries';
import type { ApiContext } from './context';
import { relationsArg } from './document.resolver';
import { CitationRelation, LineageDirection } from './enums.type';
import { keyFromId, toGlobalId } from './globalId';
import { CitationPathType, LineageType, MandateType } from './lineage.type';
import { checkMaxDepth } from './protection';
import { subfieldNames } from './selection';

const AS_OF =
  'Only documents issued by this day, through links in force on it (a citing document not yet replaced, repealed or suspended as a whole, within its own dates of effect).';

@Resolver()
export class LineageResolver {
  @Query(() => LineageType, {
    description:
      'The citation graph around a document: UPSTREAM what it cites (its bases) and what those cite, DOWNSTREAM what cites it, BOTH the two; ' +
      'nodes with depth, typed edges, and the chains as paths, everything a diagram needs in one request. maxDepth 1..10.',
  })
  async lineage(
    @Arg('documentId', () => ID, { description: 'Id (or key) of the document.' }) documentId: string,
    @Ctx() ctx: ApiContext,
    @Arg('direction', () => LineageDirection, { defaultValue: 'UPSTREAM' }) direction: string,
    @Arg('maxDepth', () => Int, { defaultValue: 3 }) maxDepth: number,
    @Arg('relations', () => [CitationRelation], { nullable: true, description: 'Follow only these relations (default: all).' }) relations?: string[],
    @Arg('maxNodes', () => Int, {
      defaultValue: 500,
      description: `Most documents in the answer (1..${MAX_LINEAGE_NODES}); the nearest are kept and truncated says the rest was cut.`,
    })
    maxNodes?: number,
    @Arg('asOf', () => DayScalar, { nullable: true, description: AS_OF }) asOf?: string | null,
  ): Promise<LineageType> {
    const key = keyFromId(documentId, 'Document', 'documentId');
    checkMaxDepth(maxDepth);
    const cap = maxNodes ?? 500;
    if (!Number.isInteger(cap) || cap < 1 || cap > MAX_LINEAGE_NODES) {
      throw new DirectiveGraphError(ErrorCode.BAD_USER_INPUT, `"maxNodes" must be a whole number from 1 to ${MAX_LINEAGE_NODES}, got ${cap}.`);
    }
    const { loaders } = ctx;
    const found = await lineage(loaders.reader, key, direction as Direction, maxDepth, relationsArg(relations), cap, asOf ?? null);
    if (!found) throw notFound('documentId', documentId);
    loaders.primeDocuments(found.nodes.map((n) => n.document));
    return {
      root: found.root,
      nodes: found.nodes.map((n) => ({ document: n.document, depth: n.depth, direction: n.direction, citedOnly: !n.document.ingested })),
      edges: found.edges.map((e) => ({ from: toGlobalId('Document', e.fromKey), to: toGlobalId('Document', e.toKey), relation: e.relation, depth: e.depth })),
      // Computed when the query selects them (see lineage()), each chain step's id made once.
      get paths() {
        return found.pathsAs(documentGlobalId);
      },
      // Whether the chains were cut is known once they are walked: only when the query selects it.
      get truncated() {
        return found.truncated;
      },
    };
  }

  @Query(() => [CitationPathType], {
    description:
      'The shortest citation chains between two documents, whichever of them cites the other (directly or through others). ' +
      'Empty when no chain of at most maxDepth citations joins them.',
  })
  async citationPath(
    @Arg('fromId', () => ID) fromId: string,
    @Arg('toId', () => ID) toId: string,
    @Ctx() ctx: ApiContext,
    @Arg('maxDepth', () => Int, { defaultValue: 6 }) maxDepth: number,
    @Arg('relations', () => [CitationRelation], { nullable: true }) relations?: string[],
    @Arg('asOf', () => DayScalar, { nullable: true, description: AS_OF }) asOf?: string | null,
  ): Promise<CitationPathType[]> {
    const fromKey = keyFromId(fromId, 'Document', 'fromId');
    const toKey = keyFromId(toId, 'Document', 'toId');
    checkMaxDepth(maxDepth);
    const { loaders } = ctx;
    if (fromKey === toKey) {
      const doc = await loaders.documents.load(fromKey);
      if (!doc) throw notFound('fromId', fromId);
      return [{ documents: [doc], citations: [], length: 0 }];
    }
    const result = await citationPaths(loaders.reader, fromKey, toKey, maxDepth, relationsArg(relations), asOf ?? null);
    if (!result.fromExists) throw notFound('fromId', fromId);
    if (!result.toExists) throw notFound('toId', toId);
    for (const p of result.paths) loaders.primeDocuments(p.documents);
    return result.paths.map((p) => ({ documents: p.documents, citations: p.citations, length: p.citations.length }));
  }

  @Query(() => MandateType, {
    description:
      'Why must this task be done? Its document, then up the citations (BASIS, IMPLEMENTS, AMENDS by default) to the national level.',
  })
  async mandate(
    @Arg('taskId', () => ID) taskId: string,
    @Ctx() ctx: ApiContext,
    @Arg('maxDepth', () => Int, { defaultValue: 5 }) maxDepth: number,
    @Arg('relations', () => [CitationRelation], { nullable: true, description: 'Relations that mandate (default: BASIS, IMPLEMENTS, AMENDS).' })
    relations?: string[],
    @Arg('asOf', () => DayScalar, {
      nullable: true,
      description: `${AS_OF} Each step says its status that day (default today), since when it is no longer in force and what replaced it.`,
    })
    asOf?: string | null,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<MandateType> {
    const key = keyFromId(taskId, 'Task', 'taskId');
    checkMaxDepth(maxDepth);
    const { loaders } = ctx;
    // The task's assignments, when the query reads them, come in the mandate's own statement; the steps' evidence
    // only when the query reads it (every path repeats it for each of its steps).
    const withAssignments = info ? subfieldNames(info, 'task').has('assignments') : false;
    const withEvidence = info ? subfieldNames(info, 'chain').has('evidence') : true;
    const found = await mandate(loaders.reader, key, maxDepth, relationsArg(relations) ?? MANDATE_RELATIONS, asOf ?? null, undefined, withAssignments, withEvidence);
    if (!found) throw new DirectiveGraphError(ErrorCode.NOT_FOUND, `No task has the id "${taskId}". Find task ids with tasks(filter) or Document.tasks.`);
    loaders.primeDocuments([found.document, ...found.steps.map((s) => s.document)]);
    loaders.primeTasks([found.task]);
    if (found.assignments) loaders.primeAssignments(found.task.key, found.assignments);
    const national = new Map(found.steps.filter((s) => s.document.jurisdiction === 'national').map((s) => [s.document.key, s.document]));
    for (const [k, ev] of found.events) loaders.events.prime(k, ev);
    return { task: found.task, document: found.document, documentStatus: found.documentStatus, chain: found.steps, national: [...national.values()], truncated: found.truncated };
  }
}

const documentGlobalId = (key: string): string => toGlobalId('Document', key);

function notFound(argument: string, id: string): DirectiveGraphError {
  return new DirectiveGraphError(
    ErrorCode.NOT_FOUND,
    `No document has the ${argument} "${id}". Look documents up with documentBySymbol(symbol, jurisdiction) or documents(filter).`,
  );
}
