/**
 * The ingest path's extraction workers alone, without Neo4j: a `PreparationPool` as ingestion makes it (one worker per
 * core, the restoration model shared) driven over corpus folders, every file of which is read and prepared, with a
 * bounded number of jobs in flight (four per worker). Reports, per pass over the corpora, the CPU of the process's
 * threads other than this one (the workers, plus V8's helpers, which run the workers' parallel scavenges) and the
 * wall time; then the process's peak RSS. `--young MB` sets each worker's young generation
 * (`resourceLimits.maxYoungGenerationSizeMb`), default V8's own (the pool's). Run each setting in its
 * own process (the RSS is the process's peak), alternating settings.
 *
 *   npx tsx scripts/preparationPoolCpu.ts --corpus DIR [--corpus DIR ...] [--young MB] [--passes N] [--threads N]
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadSettings } from '../src/config';
import { ingestionPoolSize, PreparationPool } from '../src/ingest/preparationPool';
import { statCpuMs } from './lib/measure';

const usage = 'npx tsx scripts/preparationPoolCpu.ts --corpus DIR [--corpus DIR ...] [--young MB] [--passes N] [--threads N]';
const corpora: string[] = [];
let young: number | undefined;
let passes = 3;
let threads = ingestionPoolSize();
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i += 2) {
  const [flag, value] = [argv[i], argv[i + 1]];
  if (value === undefined) throw new Error(`${flag} needs a value; usage: ${usage}`);
  if (flag === '--corpus') corpora.push(value);
  else if (flag === '--young') {
    young = Number(value);
    if (!(young > 0)) throw new Error(`--young takes a size in MB, not ${value}`);
  } else if (flag === '--passes') passes = Number(value);
  else if (flag === '--threads') threads = Number(value);
  else throw new Error(`unknown option ${flag}; usage: ${usage}`);
}
if (corpora.length === 0) throw new Error(`no --corpus; usage: ${usage}`);

const files = corpora.flatMap((dir) =>
  readdirSync(dir)
    .sort()
    .map((f) => path.join(dir, f)),
);
const maxBytes = loadSettings().maxDocumentBytes;
const pool = new PreparationPool(threads, { shareRestorationModel: true, ...(young === undefined ? {} : { youngGenerationMb: young }) });
// Jobs in flight: enough to keep every worker busy, few enough that queued bytes do not weigh in the RSS.
const inFlight = threads * 4;

const ownCpu = () => statCpuMs(`/proc/self/task/${process.pid}/stat`);
const processCpu = () => statCpuMs('/proc/self/stat');

async function pass(): Promise<{ ok: number }> {
  let next = 0;
  let ok = 0;
  const lane = async () => {
    while (next < files.length) {
      const file = files[next++]!;
      const prepared = await pool.prepare(readFileSync(file), path.basename(file), maxBytes);
      if (prepared.ok) ok++;
    }
  };
  await Promise.all(Array.from({ length: inFlight }, lane));
  return { ok };
}

let workerYoungMb: (number | undefined)[] = [];
const rounds = [];
for (let p = 0; p < passes; p++) {
  const [cpu0, own0, wall0] = [processCpu(), ownCpu(), performance.now()];
  const { ok } = await pass();
  workerYoungMb = pool.workerResourceLimits().map((l) => l.maxYoungGenerationSizeMb);
  rounds.push({ workerCpuMs: Math.round(processCpu() - cpu0 - (ownCpu() - own0)), wallMs: Math.round(performance.now() - wall0), ok });
}
await pool.close();
console.log(
  JSON.stringify({
    young: young ?? 'v8',
    entry: pool.entry.from,
    threads,
    workerYoungMb,
    files: files.length,
    rounds,
    // resourceUsage().maxRSS is in kilobytes.
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  }),
);
