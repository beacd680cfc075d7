import 'reflect-metadata';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { CitationRecord, DocumentRecord } from '../graph/records';
import { CitationType } from './citation.type';
import type { ApiContext } from './context';
import { ReadsDatabase } from './databaseField';
import { DocumentType } from './document.type';

@Resolver(() => CitationType)
export class CitationResolver {
  @ReadsDatabase()
  @FieldResolver(() => DocumentType, { description: 'The citing document.' })
  from(@Root() citation: CitationRecord, @Ctx() ctx: ApiContext): DocumentRecord | Promise<DocumentRecord> {
    return ctx.loaders.document(citation.fromKey);
  }

  @ReadsDatabase()
  @FieldResolver(() => DocumentType, { description: 'The cited document.' })
  to(@Root() citation: CitationRecord, @Ctx() ctx: ApiContext): DocumentRecord | Promise<DocumentRecord> {
    return ctx.loaders.document(citation.toKey);
  }
}
