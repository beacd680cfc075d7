/**
 * String arguments are capped by one check before execution (src/api/argumentLengths.ts): a value far over its
 * cap, as a literal or a variable, in a list or an input object, is refused with BAD_USER_INPUT naming the
 * argument and the limit, and the refusal costs no database query.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_ARGUMENT_CHARS, LIMITED_COORDINATES } from '../../src/api/argumentLengths';
import { buildApiSchema } from '../../src/api/schema';
import { useExecutor } from '../support/fixtures';

const fx = useExecutor();

async function refusedWithoutQuery(query: string, variables: Record<string, unknown>, role: 'anonymous' | 'editor' = 'anonymous') {
  const before = fx.graph.queryCount;
  const result = await fx.api.run(query, variables, { role });
  expect(fx.graph.queryCount, 'a refusal must not reach the database').toBe(before);
  expect(result.errors).toHaveLength(1);
  expect(result.errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
  expect(result.status).toBe(400);
  return result.errors![0]!.message;
}

describe('string arguments over their cap', () => {
  it('refuses a 3.9 MB symbol, naming the argument and its 80-character limit, before any database query', async () => {
    const message = await refusedWithoutQuery('query($s: String!) { documentBySymbol(symbol: $s) { key } }', { s: 'x'.repeat(3_900_000) });
    expect(message).toContain('"symbol"');
    expect(message).toContain('at most 80 characters');
    expect(message).toContain('3,900,000');
  });

  it('refuses an id far over the default cap before looking it up', async () => {
    const message = await refusedWithoutQuery('query($id: ID!) { document(id: $id) { key } }', { id: '2898/QĐ-UBND'.repeat(10_000) });
    expect(message).toContain('"id"');
    expect(message).toContain(`at most ${DEFAULT_MAX_ARGUMENT_CHARS} characters`);
  });

  it('checks literals in the query text, and fields of input objects by their path', async () => {
    const literal = await refusedWithoutQuery(`{ search(text: "${'a '.repeat(DEFAULT_MAX_ARGUMENT_CHARS)}") { totalCount } }`, {});
    expect(literal).toContain('"text"');
    const nested = await refusedWithoutQuery('query($f: TaskFilter) { tasks(filter: $f) { totalCount } }', { f: { text: 'x'.repeat(100_000) } });
    expect(nested).toContain('"filter.text"');
  });

  it('checks strings in lists and for mutations too, after the key check', async () => {
    const message = await refusedWithoutQuery(
      'mutation($id: ID!, $note: String) { setTaskStatus(taskId: $id, status: DONE, note: $note) { status } }',
      { id: 'a#task0', note: 'x'.repeat(5_001) },
      'editor',
    );
    expect(message).toContain('"note"');
    expect(message).toContain('at most 5000 characters');
    // Without an editor key the refusal is the key's, whatever the arguments.
    const anonymous = await fx.api.run('mutation($id: ID!) { deleteDocument(id: $id) { deleted } }', { id: 'x'.repeat(10_000) });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('lets values within their caps through to the resolvers', async () => {
    const result = await fx.api.run('query($s: String!) { documentBySymbol(symbol: $s) { key } }', { s: '2898/QĐ-UBND' });
    expect(result.errors).toBeUndefined();
  });
});

describe('the table of caps', () => {
  it('names only arguments and input fields the schema has', async () => {
    const schema = await buildApiSchema();
    for (const coordinate of LIMITED_COORDINATES) {
      const argument = /^(\w+)\.(\w+)\((\w+):\)$/.exec(coordinate);
      if (argument) {
        const type = schema.getType(argument[1]!) as { getFields?: () => Record<string, { args: { name: string }[] }> } | undefined;
        expect(type?.getFields?.()[argument[2]!]?.args.map((a) => a.name), coordinate).toContain(argument[3]);
      } else {
        const [typeName, field] = coordinate.split('.') as [string, string];
        const type = schema.getType(typeName) as { getFields?: () => Record<string, unknown> } | undefined;
        expect(type?.getFields?.()[field], coordinate).toBeDefined();
      }
    }
  });
});
