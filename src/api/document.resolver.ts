/** Documents: lookups, the filtered list, their relation fields, and the ingest / delete mutations. */
import 'reflect-metadata';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { loadSettings } from '../config';
import { DirectiveGraphError, ErrorCode } from '../errors';
import { canonicalSymbol } from '../extract/symbols';
import { symbolFolded } from '../graph/documentRows';
import { documentsBySymbol, listDocuments, type DocumentOrderField } from '../graph/documentQueries';
import { deleteDocument, ingestExtraction } from '../graph/documentStore';
import type { DocumentVersionRecord } from '../graph/documentQueries';
import type { BodyRecord, DocumentRecord, SectionRecord } from '../graph/records';
import { PreparationPool } from '../ingest/preparationPool';
import { foldForSearch } from '../text/fold';
import { checkMojibake } from '../text/mojibake';
import { BodyType } from './body.type';
import { CitationConnection } from './citation.type';
import type { ApiContext } from './context';
import { connectionItemFields } from './selection';
import { ReadsDatabase } from './databaseField';
import { DocumentFileInput, DocumentFilterInput, DocumentOrderInput } from './document.input';
import { uploadedDocument } from './documentUpload';
import {
  DeleteResultType,
  DocumentConnection,
  DocumentType,
  DocumentVersionType,
  IdentityCandidateType,
  IngestResultType,
  SectionType,
} from './document.type';
import { CitationRelation } from './enums.type';
import { keyFromId, toGlobalId } from './globalId';
import { pageWindow, toConnection, type ConnectionValue } from './pagination';
import { PageArgs } from './page.args';
import { checkDay, requireEditor } from './protection';
import { DayScalar } from './date.scalar';
import { jurisdictionsCovered } from '../jurisdictions/successors';
import { TaskConnection } from './task.type';

/** Folded form of an optional text filter; blank means "no filter". */
export function foldedFilter(value: string | null | undefined): string | null {
  const folded = value ? foldForSearch(value) : '';
  return folded === '' ? null : folded;
}

/** `relations` arguments: an empty list means "all", like no list. */
export function relationsArg(relations: string[] | null | undefined): string[] | null {
  return relations && relations.length > 0 ? [...new Set(relations)].sort() : null;
}

/** Formats and extraction run on worker threads, so a large upload never stalls /health or other requests. */
const PREPARATION = new PreparationPool();

/** Fields of a citation its relation and ends do not answer: the claims, evidence and mentions its edge stores. */
const CITATION_ENDS = new Set(['relation', 'from', 'to', '__typename']);
function readsCitationDetails(info: GraphQLResolveInfo): boolean {
  return [...connectionItemFields(info)].some((name) => !CITATION_ENDS.has(name));
}

@Resolver(() => DocumentType)
export class DocumentResolver {
  @FieldResolver(() => ID)
  id(@Root() doc: DocumentRecord): string {
    return toGlobalId('Document', doc.key);
  }

  @ReadsDatabase()
  @FieldResolver(() => BodyType, { nullable: true, description: 'The body that issued it (ingested documents).' })
  issuedBy(@Root() doc: DocumentRecord, @Ctx() ctx: ApiContext): Promise<BodyRecord | null> {
    return ctx.loaders.issuers.load(doc.key);
  }

  @ReadsDatabase()
  @FieldResolver(() => CitationConnection, { description: 'Documents this one cites, in the order its text first mentions them.' })
  async citations(
    @Root() doc: DocumentRecord,
    @Ctx() ctx: ApiContext,
    @Args(() => PageArgs) pageArgs: PageArgs,
    @Arg('relations', () => [CitationRelation], { nullable: true, description: 'Only these relations (default: all).' }) relations?: string[],
    @Info() info?: GraphQLResolveInfo,
  ): Promise<ConnectionValue<unknown>> {
    const slice = pageWindow(pageArgs);
    const page = await ctx.loaders.citations(relationsArg(relations), slice, info ? readsCitationDetails(info) : true).load(doc.key);
    return toConnection({ total: page.total, items: page.items.map((i) => i.citation) }, slice);
  }

  @ReadsDatabase()
  @FieldResolver(() => CitationConnection, { description: 'Documents that cite this one, newest first.' })
  async citedBy(
    @Root() doc: DocumentRecord,
    @Ctx() ctx: ApiContext,
    @Args(() => PageArgs) pageArgs: PageArgs,
    @Arg('relations', () => [CitationRelation], { nullable: true }) relations?: string[],
    @Info() info?: GraphQLResolveInfo,
  ): Promise<ConnectionValue<unknown>> {
    const slice = pageWindow(pageArgs);
    const page = await ctx.loaders.citedBy(relationsArg(relations), slice, info ? readsCitationDetails(info) : true).load(doc.key);
    return toConnection({ total: page.total, items: page.items.map((i) => i.citation) }, slice);
  }

  @ReadsDatabase()
  @FieldResolver(() => TaskConnection, { description: 'The tasks this document assigns, in reading order.' })
  async tasks(
    @Root() doc: DocumentRecord,
    @Ctx() ctx: ApiContext,
    @Args(() => PageArgs) pageArgs: PageArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionValue<unknown>> {
    const slice = pageWindow(pageArgs);
    // The tasks' assignments, when the query reads them, come in the page's own statement.
    const along = { assignments: connectionItemFields(info).has('assignments') };
    return toConnection(await ctx.loaders.tasksOfDocument(slice, along).load(doc.key), slice);
  }

  @ReadsDatabase()
  @FieldResolver(() => [SectionType], { description: 'Its numbered sections, in reading order.' })
  sections(@Root() doc: DocumentRecord, @Ctx() ctx: ApiContext): Promise<SectionRecord[]> {
    return ctx.loaders.sections.load(doc.key);
  }

  @ReadsDatabase()
  @FieldResolver(() => [DocumentVersionType], {
    description: 'Every text ingested under this key, newest first (empty for a document only known from citations).',
  })
  versions(@Root() doc: DocumentRecord, @Ctx() ctx: ApiContext): Promise<DocumentVersionRecord[]> {
    return ctx.loaders.versions.load(doc.key);
  }

  @ReadsDatabase()
  @FieldResolver(() => [IdentityCandidateType], {
    description: 'Documents that may be this one under another key (MAY_BE, either direction), most likely first.',
  })
  identityCandidates(@Root() doc: DocumentRecord, @Ctx() ctx: ApiContext): Promise<unknown[]> {
    return ctx.loaders.identityCandidates.load(doc.key);
  }

  @Query(() => DocumentType, { nullable: true, description: 'A document by id (or key); null when there is none.' })
  document(@Arg('id', () => ID) id: string, @Ctx() ctx: ApiContext): Promise<DocumentRecord | null> {
    return ctx.loaders.documents.load(keyFromId(id, 'Document', 'id'));
  }

  @Query(() => DocumentType, {
    nullable: true,
    description:
      'A document by its number and symbol, written any way ("2898/QD-UBND", "2898 / qđ-ubnd"). Local symbols repeat across ' +
      'provinces: give the jurisdiction ("Quảng Ninh", diacritics optional); without it ingested documents come first.',
  })
  async documentBySymbol(
    @Arg('symbol', () => String) symbol: string,
    @Ctx() ctx: ApiContext,
    @Arg('jurisdiction', () => String, { nullable: true }) jurisdiction?: string,
  ): Promise<DocumentRecord | null> {
    // Its length (at most 80 characters) is capped before any resolver runs (src/api/argumentLengths.ts).
    const raw = symbol.trim();
    if (!raw) {
      throw new DirectiveGraphError(ErrorCode.BAD_USER_INPUT, `"symbol" must be a document number and symbol such as "2898/QĐ-UBND", got "${symbol.slice(0, 80)}".`);
    }
    const forms = new Set([canonicalSymbol(raw), raw].filter((s): s is string => !!s).map((s) => symbolFolded(s)!));
    const { loaders } = ctx;
    const found = await documentsBySymbol(loaders.reader, [...forms]);
    const wanted = foldedFilter(jurisdiction);
    const match = found.find((d) => wanted === null || (d.jurisdiction !== null && foldForSearch(d.jurisdiction) === wanted)) ?? null;
    if (match) loaders.primeDocuments([match]);
    return match;
  }

  @Query(() => DocumentConnection, { description: 'Documents matching a filter, newest first unless orderBy says otherwise.' })
  async documents(
    @Ctx() ctx: ApiContext,
    @Args(() => PageArgs) pageArgs: PageArgs,
    @Arg('filter', () => DocumentFilterInput, { nullable: true }) filter?: DocumentFilterInput,
    @Arg('orderBy', () => DocumentOrderInput, { nullable: true }) orderBy?: DocumentOrderInput,
    @Arg('asOf', () => DayScalar, { nullable: true, description: 'Only documents issued by this day (those of unknown date stay); their status(asOf) says which are in force.' })
    asOf?: string | null,
  ): Promise<ConnectionValue<unknown>> {
    const slice = pageWindow(pageArgs);
    const dateFrom = checkDay(filter?.dateFrom, 'filter.dateFrom');
    const dateTo = checkDay(filter?.dateTo, 'filter.dateTo');
    const { loaders } = ctx;
    const page = await listDocuments(
      loaders.reader,
      {
        kind: filter?.kind ?? null,
        issuerFolded: foldedFilter(filter?.issuer),
        // A province covers the former provinces it continues since the 2025 merger (src/jurisdictions).
        jurisdictionsFolded: filter?.jurisdiction && foldedFilter(filter.jurisdiction)
          ? [...new Set(jurisdictionsCovered(filter.jurisdiction.trim()).map((j) => foldedFilter(j)!))]
          : null,
        dateFrom,
        dateTo,
        ingested: filter?.ingested ?? null,
        asOf: asOf ?? null,
      },
      { field: (orderBy?.field ?? 'DATE') as DocumentOrderField, descending: (orderBy?.direction ?? 'DESC') === 'DESC' },
      slice,
    );
    loaders.primeDocuments(page.items);
    return toConnection(page, slice);
  }

  @Mutation(() => IngestResultType, {
    description:
      'Extracts and stores a document from its text, or from a file in any supported format (editor key needed). The document is ' +
      'the key its text yields, whatever the file name: a text or file the document already had (any of its versions) changes nothing ' +
      '(UNCHANGED, with sameAsVersion), unless it is the current text from the same file and this release\'s rules read it ' +
      'differently (REEXTRACTED: rewritten in place, same version); a new text becomes a new ' +
      'version, and recorded task progress moves to the matching tasks. A text much smaller than the stored version is refused ' +
      'with SUSPICIOUS_REPLACEMENT unless replace is true.',
  })
  async ingestDocument(
    @Arg('fileName', () => String, { nullable: true, description: 'With "text": name of the source file (kept as the document\'s sourceFile and on its version).' }) fileName: string | null | undefined,
    @Arg('text', () => String, { nullable: true, description: 'The document\'s text (OCR output welcome). Give this or "file".' }) text: string | null | undefined,
    @Arg('file', () => DocumentFileInput, { nullable: true, description: 'The original file (text, Markdown, HTML, DOCX, PDF, scan or image), base64. Give this or "text".' })
    file: DocumentFileInput | null | undefined,
    @Ctx() ctx: ApiContext,
    @Arg('replace', () => Boolean, {
      nullable: true,
      defaultValue: false,
      description:
        'Apply the text even when it is much smaller than the stored version, or drops most of its tasks or citations, or is the text ' +
        'of an earlier version (which then becomes current again, as a new version).',
    })
    replace: boolean | null,
  ): Promise<IngestResultType> {
    requireEditor(ctx);
    const maxBytes = loadSettings().maxDocumentBytes;
    // A legacy-encoded file the client read as Latin-1 arrives as mojibake: repair it, or refuse it. (A file
    // sent as base64 keeps its bytes, and the formats stage detects its encoding as the CLI does.)
    const mojibake = typeof text === 'string' ? checkMojibake(text, fileName ?? 'the text') : null;
    if (mojibake?.kind === 'refused') throw new DirectiveGraphError(ErrorCode.BAD_USER_INPUT, `${mojibake.message} (${mojibake.code})`);
    const repaired = mojibake?.kind === 'repaired' ? mojibake : null;
    const { name, given, bytes } = uploadedDocument({ fileName, text: repaired?.text ?? text, file }, maxBytes);
    const prepared = await PREPARATION.prepare(bytes, name, maxBytes);
    if (!prepared.ok) throw new DirectiveGraphError(ErrorCode.BAD_USER_INPUT, `${prepared.message} (${prepared.code})`);
    const extraction = prepared.extraction;
    // Concurrent writers of one document queue on its lock in the database (documentStore), across API replicas.
    const outcome = await ingestExtraction(ctx.graph, extraction, name, {
      sourcePath: given,
      text: prepared.text,
      source: prepared.source,
      replace: replace === true,
    });
    const { loaders } = ctx;
    loaders.forgetDocument(outcome.key);
    loaders.versions.clear(outcome.key);
    return {
      document: await loaders.document(outcome.key),
      status: outcome.status.toUpperCase(),
      version: outcome.version,
      sameAsVersion: outcome.sameAsVersion,
      warnings: [...(repaired?.warnings ?? []), ...prepared.warnings],
      carriedTasks: outcome.carriedTasks,
      unmatchedTasks: outcome.unmatchedTasks,
      replacedKeys: [],
    };
  }

  @Mutation(() => DeleteResultType, {
    description:
      'Removes what a document owns (sections, tasks, its citations) and its versions; documents others still cite stay as cited-only (editor key needed).',
  })
  async deleteDocument(@Arg('id', () => ID) id: string, @Ctx() ctx: ApiContext): Promise<DeleteResultType> {
    requireEditor(ctx);
    const key = keyFromId(id, 'Document', 'id');
    const deleted = await deleteDocument(ctx.graph, key);
    ctx.loaders.forgetDocument(key);
    return { id: toGlobalId('Document', key), deleted };
  }
}
