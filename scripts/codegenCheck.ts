/**
 * `npm run codegen:check` (CI): fails when a committed artefact lags behind its source —
 * schema/schema.graphql behind the type-graphql classes, or the typed documents of codegen.yml behind
 * the schema and schema/operations/*.graphql. Everything is regenerated in memory and compared; nothing
 * is written.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createContext, generate } from '@graphql-codegen/cli';
import { PROJECT_ROOT } from '../src/config';
import { printSchemaWithHeader } from '../src/api/schema';
import { SCHEMA_FILE } from './emitSchema';

export interface Drift {
  file: string;
  fix: string;
  /** First differing line, 1-based, with both versions. */
  line: number;
  committed: string | undefined;
  generated: string | undefined;
}

function firstDifference(file: string, fix: string, committed: string | null, generated: string): Drift | null {
  if (committed === generated) return null;
  const a = (committed ?? '').split('\n');
  const b = generated.split('\n');
  let i = 0;
  while (i < Math.max(a.length, b.length) && a[i] === b[i]) i++;
  return { file, fix, line: i + 1, committed: committed === null ? '(file missing)' : a[i], generated: b[i] };
}

async function readOrNull(file: string): Promise<string | null> {
  return readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
}

/** Regenerates the schema file and the codegen outputs in memory and returns every drift found. */
export async function findDrift(): Promise<Drift[]> {
  const drifts: Drift[] = [];
  const schemaDrift = firstDifference(
    path.relative(PROJECT_ROOT, SCHEMA_FILE),
    'npm run schema:emit',
    await readOrNull(SCHEMA_FILE),
    await printSchemaWithHeader(),
  );
  if (schemaDrift) drifts.push(schemaDrift);

  const context = await createContext({ config: path.join(PROJECT_ROOT, 'codegen.yml') } as Parameters<typeof createContext>[0]);
  context.cwd = PROJECT_ROOT;
  context.updateConfig({ silent: true });
  const outputs: { filename: string; content: string }[] = await generate(context, false);
  for (const output of outputs) {
    const file = path.resolve(PROJECT_ROOT, output.filename);
    const drift = firstDifference(path.relative(PROJECT_ROOT, file), 'npm run codegen', await readOrNull(file), output.content);
    if (drift) drifts.push(drift);
  }
  return drifts;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const drifts = await findDrift();
  if (drifts.length === 0) {
    console.log('codegen:check: schema/schema.graphql and the generated typed documents are up to date.');
  } else {
    for (const d of drifts) {
      console.error(`${d.file} is out of date (run \`${d.fix}\`). First difference at line ${d.line}:`);
      console.error(`  committed: ${d.committed ?? '(end of file)'}`);
      console.error(`  generated: ${d.generated ?? '(end of file)'}`);
    }
    process.exitCode = 1;
  }
}
