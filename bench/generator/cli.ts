/**
 * `npm run gen:corpus -- --docs N --seed S [--out DIR]`: writes N synthetic Vietnamese government documents
 * (`NNNNNN.txt`) and `manifest.json` (what was planted) into DIR (default bench/out/corpus-S-N).
 * The same seed gives the same bytes.
 */
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config';
import { fail, runCli } from '../../src/cli/runCli';
import { writeCorpus } from './generateCorpus';

const USAGE = 'Usage: npm run gen:corpus -- --docs N --seed S [--out DIR]';

export function parseGenArgs(argv: string[]): { docs: number; seed: string; out: string } {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('--')) fail('BAD_USER_INPUT', `Unexpected argument "${a}". ${USAGE}`);
    const [name, inline] = a.slice(2).split('=', 2) as [string, string | undefined];
    if (!['docs', 'seed', 'out'].includes(name)) fail('BAD_USER_INPUT', `Unknown option --${name}. ${USAGE}`);
    const value = inline ?? argv[++i];
    if (value === undefined) fail('BAD_USER_INPUT', `--${name} needs a value. ${USAGE}`);
    values.set(name, value);
  }
  const docs = Number(values.get('docs') ?? NaN);
  if (!Number.isInteger(docs) || docs < 1 || docs > 2_000_000) fail('BAD_USER_INPUT', `--docs must be a whole number from 1 to 2000000. ${USAGE}`);
  const seed = values.get('seed') ?? '1';
  const out = path.resolve(values.get('out') ?? path.join(PROJECT_ROOT, 'bench', 'out', `corpus-${seed}-${docs}`));
  return { docs, seed, out };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await runCli(async () => {
    const { docs, seed, out } = parseGenArgs(process.argv.slice(2));
    const started = performance.now();
    const tty = process.stdout.isTTY === true;
    const result = await writeCorpus({
      docs,
      seed,
      outDir: out,
      onProgress: (done, total) => {
        if (tty) process.stdout.write(`\r\x1b[K${done}/${total} documents`);
      },
    });
    if (tty) process.stdout.write('\n');
    const s = result.stats;
    const seconds = (performance.now() - started) / 1000;
    console.log(`Wrote ${s.documents} documents (${(s.bytes / 1e6).toFixed(1)} MB) and ${path.relative(process.cwd(), result.manifestPath)} in ${seconds.toFixed(1)} s`);
    console.log(
      `  ${s.provinces} provinces, ${s.national} national documents, ${s.citations} citations (fan-out mean ${s.fanOutMean}, max ${s.fanOutMax}), ` +
        `${s.citedOnlyDocuments} cited-only documents, ${s.tasks} tasks, ${s.assignments} assignments`,
    );
    console.log(`  most cited: ${s.topCited.slice(0, 5).map((t) => `${t.key} (${t.citedBy})`).join(', ')}`);
    console.log(`  damage: ${Object.entries(s.damage).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  });
}
