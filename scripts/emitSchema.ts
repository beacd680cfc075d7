/**
 * `npm run schema:emit`: writes schema/schema.graphql from the type-graphql classes. The file is committed
 * so reviewers see API changes in diffs; tests/api/schemaFile.test.ts and `npm run codegen:check` fail
 * when it lags behind the code.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/config';
import { printSchemaWithHeader } from '../src/api/schema';

export const SCHEMA_FILE = path.join(PROJECT_ROOT, 'schema', 'schema.graphql');

if (import.meta.url === `file://${process.argv[1]}`) {
  const text = await printSchemaWithHeader();
  await writeFile(SCHEMA_FILE, text, 'utf8');
  console.log(`Wrote ${path.relative(PROJECT_ROOT, SCHEMA_FILE)} (${text.split('\n').length} lines).`);
}
