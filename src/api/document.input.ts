import 'reflect-metadata';
import { Field, InputType } from 'type-graphql';
import { DocumentKind, DocumentOrderField, OrderDirection } from './enums.type';

@InputType('DocumentFilter', { description: 'Every field is optional; given fields must all match.' })
export class DocumentFilterInput {
  @Field(() => DocumentKind, { nullable: true })
  kind?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the issuer\'s name, diacritics optional ("UBND tinh Quang Ninh").' })
  issuer?: string | null;

  @Field(() => String, { nullable: true, description: '"national" or a province ("Quảng Ninh"), diacritics optional.' })
  jurisdiction?: string | null;

  @Field(() => String, { nullable: true, description: 'Earliest issue date, YYYY-MM-DD.' })
  dateFrom?: string | null;

  @Field(() => String, { nullable: true, description: 'Latest issue date, YYYY-MM-DD.' })
  dateTo?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: ingested texts only; false: documents only known from citations.' })
  ingested?: boolean | null;
}

@InputType('DocumentOrder')
export class DocumentOrderInput {
  @Field(() => DocumentOrderField, { defaultValue: 'DATE' })
  field!: string;

  @Field(() => OrderDirection, { defaultValue: 'DESC' })
  direction!: string;
}

@InputType('DocumentFileInput', {
  description: 'A file as uploaded: any supported format (plain text, Markdown, HTML, DOCX, PDF; scans and images through OCR).',
})
export class DocumentFileInput {
  @Field(() => String, { description: 'File name, kept as the document\'s sourceFile (the bytes decide the format).' })
  name!: string;

  @Field(() => String, { description: 'The file\'s bytes, base64-encoded.' })
  contentBase64!: string;
}
