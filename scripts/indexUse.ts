/**
 * Which index or constraint each statement's plan reads (issue 13): every index costs each commit that writes
 * its label or type, and one no statement reads is upkeep for nothing. EXPLAINs every statement of the registry
 * (cypher/queries, with scripts/lib/cypherSamples.ts's parameters), the bench's (bench/cypher, real labels) and
 * the migrations' data statements on a server holding a graph of the size of interest (plans depend on its
 * statistics), and prints, per index, the statements whose plan reads it; then each statement's index operators.
 * `--json FILE` also keeps every statement's whole plan, so plans before and after a schema change can be compared.
 *
 *   npx tsx scripts/indexUse.ts --uri bolt://127.0.0.1:PORT [--password P] [--json FILE]
 *
 * Read-only: EXPLAIN plans without running, so it may point at any graph. How a plan's operators are matched to
 * indexes: scripts/lib/planIndexes.ts.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { cypher, cypherNames, type Bounds } from '../src/graph/cypherRegistry';
import { loadMigrations } from '../src/graph/migrations';
import { SAMPLE_BOUND_VARIANTS, sampleParametersOf } from './lib/cypherSamples';
import { listIndexes, planIndexes, schemaOf, type IndexOperator } from './lib/planIndexes';

/** Sample values for the bench's own parameters (bench/cypher) and the migrations' batches, beside the registry's. */
const OTHER_PARAMETERS: Record<string, unknown> = {
  after: '',
  batchSize: neo4j.int(500),
  n: neo4j.int(20),
  issued: [],
  carriesOut: [],
  concerns: [],
  minCitedBy: neo4j.int(1),
  maxCitedBy: neo4j.int(50),
};

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i]!.replace(/^--/, ''), process.argv[i + 1] ?? '');
const here = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

/** Every statement to plan, by a name that says where it lives. */
async function statements(): Promise<Array<{ name: string; text: string }>> {
  // A statement with switches is planned in each of its texts, named by the switches when they differ.
  const out = cypherNames().flatMap((name) => {
    const texts = new Map(SAMPLE_BOUND_VARIANTS.map((bounds) => [cypher(name, bounds), bounds] as const));
    const switches = (bounds: Bounds) => Object.entries(bounds).filter(([, v]) => typeof v === 'boolean').map(([k, v]) => `${k}=${v}`).join(' ');
    return [...texts].map(([text, bounds]) => ({ name: texts.size === 1 ? name : `${name} (${switches(bounds)})`, text }));
  });
  const benchDir = path.join(here, 'bench', 'cypher');
  for (const file of readdirSync(benchDir).filter((f) => f.endsWith('.cypher')).sort()) {
    out.push({ name: `bench/${file.replace(/\.cypher$/, '')}`, text: readFileSync(path.join(benchDir, file), 'utf8').replaceAll('{{P}}', '') });
  }
  for (const migration of await loadMigrations()) {
    migration.statements
      .filter((text) => !/^(CREATE|DROP)\b/i.test(text))
      .forEach((text, i) => out.push({ name: `migration ${migration.name} #${i + 1}`, text }));
  }
  return out;
}

async function main(): Promise<void> {
  const driver = neo4j.driver(args.get('uri')!, neo4j.auth.basic('neo4j', args.get('password') ?? 'directive-graph'));
  const session = driver.session();
  try {
    const indexes = await listIndexes(session);
    const usedBy = new Map<string, string[]>(indexes.map((ix) => [ix.name, []]));
    const perStatement: Record<string, IndexOperator[]> = {};
    const plans: Record<string, string> = {};
    for (const { name, text } of await statements()) {
      const { parameters, missing } = sampleParametersOf(text);
      for (const p of missing) {
        if (!(p in OTHER_PARAMETERS)) throw new Error(`No sample value for $${p} of ${name}: add one to OTHER_PARAMETERS or scripts/lib/cypherSamples.ts`);
        parameters[p] = OTHER_PARAMETERS[p];
      }
      const planned = await planIndexes(session, text, parameters, indexes);
      plans[name] = planned.shape;
      const ops = (perStatement[name] = planned.operators);
      for (const ix of new Set(ops.flatMap((o) => o.indexes))) usedBy.get(ix)!.push(name);
    }
    console.log('| index | type | on | constraint | statements whose plan reads it |');
    console.log('|---|---|---|---|---|');
    for (const ix of indexes) {
      const users = usedBy.get(ix.name)!;
      console.log(`| ${ix.name} | ${ix.type} | ${ix.entityType === 'NODE' ? '' : 'rel '}${schemaOf(ix)} | ${ix.owningConstraint ?? ''} | ${users.length ? users.join(', ') : '**none**'} |`);
    }
    console.log('\n| statement | index operators (details) |');
    console.log('|---|---|');
    for (const [name, ops] of Object.entries(perStatement)) {
      const shown = ops.filter((o) => o.indexes.length || /Index/.test(o.operator));
      if (shown.length) console.log(`| ${name} | ${shown.map((o) => `${o.operator}: ${o.details.replaceAll('|', '\\|').slice(0, 160)}`).join('<br>')} |`);
    }
    if (args.get('json')) writeFileSync(args.get('json')!, JSON.stringify({ indexes, usedBy: Object.fromEntries(usedBy), perStatement, plans }, null, 2));
  } finally {
    await session.close();
    await driver.close();
  }
}

await main();
