/**
 * schema/schema.graphql is emitted from the type-graphql classes and committed, so API changes show in
 * review. It must be exactly what the code emits now (`npm run schema:emit` rewrites it).
 */
import { readFile } from 'node:fs/promises';
import { buildSchema, validateSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { printSchemaWithHeader } from '../../src/api/schema';
import { SCHEMA_FILE } from '../../scripts/emitSchema';

describe('the committed schema file', () => {
  it('equals the schema the code emits (run `npm run schema:emit` after changing API types)', async () => {
    const committed = await readFile(SCHEMA_FILE, 'utf8');
    expect(committed).toBe(await printSchemaWithHeader());
  });

  it('starts with a do-not-edit header and parses as a valid schema on its own', async () => {
    const committed = await readFile(SCHEMA_FILE, 'utf8');
    expect(committed.split('\n')[0]).toMatch(/^#.*(generated|emitted).*/i);
    expect(committed).toMatch(/do not edit/i);
    expect(validateSchema(buildSchema(committed))).toEqual([]);
  });
});
