/**
 * What a client sends for a committed operation (src/api/operationDocuments.ts): the operation and exactly
 * the shared fragments it spreads, so every one validates against the committed schema as it is sent.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, validate, Kind } from 'graphql';
import { describe, expect, it } from 'vitest';
import { FRAGMENTS_FILE, OPERATIONS_DIR, readOperation, withFragments } from '../../src/api/operationDocuments';
import { PROJECT_ROOT } from '../../src/config';

const schema = buildSchema(readFileSync(path.join(PROJECT_ROOT, 'schema', 'schema.graphql'), 'utf8'));
const names = readdirSync(OPERATIONS_DIR)
  .filter((f) => f.endsWith('.graphql') && f !== FRAGMENTS_FILE)
  .map((f) => f.replace(/\.graphql$/, ''));

describe('committed operations as sent', () => {
  it('validate against the schema, fragments included and none left unused', async () => {
    expect(names.length).toBeGreaterThan(15);
    for (const name of names) {
      const errors = validate(schema, parse(await readOperation(name))).map((e) => e.message);
      expect(errors, name).toEqual([]);
    }
  });

  it('share fragments: some operations spread them', async () => {
    const withShared = [];
    for (const name of names) {
      if (parse(await readOperation(name)).definitions.some((d) => d.kind === Kind.FRAGMENT_DEFINITION)) withShared.push(name);
    }
    expect(withShared).toEqual(expect.arrayContaining(['Tasks', 'TasksOfBody', 'Mandate', 'Documents', 'Lineage']));
  });
});

describe('withFragments', () => {
  const fragments = ['fragment A on T { a ...B }', 'fragment C on T { c }', 'fragment B on T { b }'].join('\n');
  const fragmentNames = (text: string) =>
    parse(text).definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [d.name.value] : []));

  it('appends the fragments an operation spreads, through other fragments too, in the order the file lists them', () => {
    expect(fragmentNames(withFragments('query Q { t { ...A } }', fragments))).toEqual(['A', 'B']);
    expect(fragmentNames(withFragments('query Q { t { ...C ...B } }', fragments))).toEqual(['C', 'B']);
  });

  it('leaves an operation that spreads none as it is', () => {
    const operation = '# comment\nquery Q { t { a } }\n';
    expect(withFragments(operation, fragments)).toBe(operation);
  });
});
