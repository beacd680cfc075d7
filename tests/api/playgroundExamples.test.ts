/**
 * The playground's examples when their data cannot be looked up: the page still opens, but an example whose lookup
 * failed says what failed (not "ingest the sample corpus", which is what an empty graph gets), and every failure is
 * reported as a PLAYGROUND_EXAMPLE_INCOMPLETE warning. `run` answers as the API does while its database is down.
 */
import { describe, expect, it } from 'vitest';
import { PLAYGROUND_EXAMPLES, resolveExamples, type RunOperation } from '../../src/api/playgroundExamples';
import { listenToWarnings, type ProcessWarning } from '../../src/warnings';

const DATABASE_DOWN = 'Neo4j at bolt://127.0.0.1:7687 did not answer within 15 s.';
const databaseDown: RunOperation = async () => ({ data: null as unknown, errors: [{ message: DATABASE_DOWN, extensions: { code: 'DATABASE_UNAVAILABLE' } }] });
const emptyGraph: RunOperation = async () => ({ data: { documentBySymbol: null } });

async function resolvedWith(run: RunOperation, examples = PLAYGROUND_EXAMPLES) {
  const warnings: ProcessWarning[] = [];
  const stop = listenToWarnings((w) => warnings.push(w));
  try {
    return { examples: await resolveExamples(run, examples), warnings };
  } finally {
    stop();
  }
}

const looked = PLAYGROUND_EXAMPLES.filter((e) => e.lookups);

describe('playground examples whose lookups cannot be made', () => {
  it('say what failed when the API answers an error, and warn once per lookup', async () => {
    const { examples, warnings } = await resolvedWith(databaseDown);
    const withLookups = examples.filter((e) => looked.some((l) => l.title === e.title));
    expect(withLookups).toHaveLength(looked.length);
    for (const e of withLookups) {
      expect(e.note).toContain(DATABASE_DOWN);
      expect(e.note).not.toContain('ingest the sample corpus');
    }
    const lookups = new Set(looked.flatMap((e) => Object.values(e.lookups!).map((l) => JSON.stringify([l.operation, l.variables, l.path]))));
    expect(warnings).toHaveLength(lookups.size);
    expect(warnings.every((w) => w.code === 'PLAYGROUND_EXAMPLE_INCOMPLETE' && w.message.includes(DATABASE_DOWN))).toBe(true);
  });

  it('say the graph holds no data yet when it answers with none, without a warning', async () => {
    const { examples, warnings } = await resolvedWith(emptyGraph);
    expect(warnings).toEqual([]);
    expect(examples.find((e) => e.title === looked[0]!.title)?.note).toContain('ingest the sample corpus');
  });

  it('leave out an example whose operation file is missing, with a warning naming it', async () => {
    const missing = { ...PLAYGROUND_EXAMPLES[0]!, operation: 'NoSuchOperation', title: 'An example of no operation' };
    const { examples, warnings } = await resolvedWith(emptyGraph, [missing]);
    expect(examples).toEqual([]);
    expect(warnings).toEqual([{ code: 'PLAYGROUND_EXAMPLE_INCOMPLETE', message: expect.stringContaining('"An example of no operation" is left out') }]);
  });
});
