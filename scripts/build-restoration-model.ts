/**
 * Builds the restoration model (src/restore/model/syllables.tsv.gz) from clean official text:
 *
 *   npx tsx scripts/build-restoration-model.ts --from DIR [--from DIR...] [--exclude DIR...]
 *
 * Every file of each --from folder is read as users' files are (readSource); files whose names also occur
 * in an --exclude folder are left out, so the documents restoration is evaluated on (data/real) are never
 * trained on. The committed model was built from ../shared/real/docs and the clean sample 004, excluding
 * data/real; see MODEL_COMMENT below for the exact command.
 */
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { readSource } from '../src/formats';
import { formatModel } from '../src/restore/languageModel';
import { MODEL_FILE, MODEL_VERSION } from '../src/restore/modelFile';
import { countNgrams } from '../src/restore/training';

function options(args: string[], name: string): string[] {
  return args.flatMap((a, i) => (a === name && args[i + 1] ? [args[i + 1]!] : []));
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const from = options(args, '--from');
  const exclude = new Set(options(args, '--exclude').flatMap((dir) => readdirSync(dir)));
  if (!from.length) throw new Error('Usage: build-restoration-model.ts --from DIR [--from DIR...] [--exclude DIR...]');
  const files = from.flatMap((dir) =>
    statSync(dir).isDirectory() ? readdirSync(dir).filter((f) => !exclude.has(f) && !f.startsWith('.') && f !== 'README.md').map((f) => path.join(dir, f)) : [dir],
  );
  const texts: string[] = [];
  let bytes = 0;
  for (const file of files.sort()) {
    const raw = readFileSync(file);
    bytes += raw.length;
    texts.push((await readSource(raw, { fileName: path.basename(file) })).text);
  }
  const counts = countNgrams(texts, { version: MODEL_VERSION, minBigram: 1, minTrigram: 2 });
  const body = formatModel(counts, [
    `built by: npx tsx scripts/build-restoration-model.ts ${args.join(' ')}`,
    `from ${files.length} files, ${bytes} bytes; ${counts.unigrams.size} syllables, ${counts.bigrams.size} pairs, ${counts.trigrams.size} triples (triples seen twice or more)`,
  ]);
  mkdirSync(path.dirname(MODEL_FILE), { recursive: true });
  writeFileSync(MODEL_FILE, gzipSync(body, { level: 9 }));
  process.stdout.write(`${MODEL_FILE}: ${files.length} files, ${counts.unigrams.size} syllables, ${counts.bigrams.size} pairs, ${counts.trigrams.size} triples\n`);
}

void main();
