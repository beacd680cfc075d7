/**
 * `npm run eval:restore [-- --json] [--corpus DIR]`: syllable accuracy of diacritic and OCR restoration on
 * clean documents the model was not trained on (default data/real, which the model's build excludes).
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';
import { readSource } from '../formats';
import { evaluateRestoration, formatRestorationReport } from '../eval/restoration';
import { SyllableModel } from '../restore/languageModel';
import { MODEL_FILE } from '../restore/modelFile';
import { runCli } from './runCli';

const USAGE = 'Usage: npm run eval:restore [-- --json] [--corpus DIR]';

await runCli(async () => {
  const args = process.argv.slice(2);
  const at = args.indexOf('--corpus');
  const dir = at >= 0 && args[at + 1] ? path.resolve(args[at + 1]!) : path.join(PROJECT_ROOT, 'data/real');
  const files = (await readdir(dir)).filter((f) => !f.startsWith('.')).sort();
  const texts = await Promise.all(files.map(async (f) => (await readSource(await readFile(path.join(dir, f)), { fileName: f })).text));
  const report = evaluateRestoration(texts, SyllableModel.fromFile(MODEL_FILE));
  process.stdout.write(args.includes('--json') ? `${JSON.stringify(report, null, 2)}\n` : `${formatRestorationReport(report)}\n`);
}, { usage: USAGE });
