/**
 * Which index or constraint each statement's plan reads (issue 13): every index costs each commit that writes
 * its label or type, and one no statement reads is upkeep for nothing. EXPLAINs every statement of the registry
 * (cypher/queries, with tests/support/cypherSamples.ts's parameters), the bench's (bench/cypher, real labels) and
 * the migrations' data statements on a server holding a graph of the size of interest (plans depend on its
 * statistics), and prints, per index, the statements whose plan reads it; then each statement's index operators.
 *
 *   npx tsx scripts/indexUse.ts --uri bolt://127.0.0.1:PORT [--password P] [--json FILE]
 *
 * Read-only: EXPLAIN plans without running, so it may point at any graph. A full-text index is read through its
 * procedure (db.index.fulltext.queryNodes), whose name the plan's details carry.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { cypher, cypherNames } from '../src/graph/cypherRegistry';
import { SAMPLE_BOUNDS, sampleParametersOf } from '../tests/support/cypherSamples';

interface IndexRow {
  name: string;
  type: string;
  entityType: string;
  labelsOrTypes: string[];
  properties: string[];
  owningConstraint: string | null;
}
interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

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
function statements(): Array<{ name: string; text: string }> {
  const out = cypherNames().map((name) => ({ name, text: cypher(name, SAMPLE_BOUNDS) }));
  const benchDir = path.join(here, 'bench', 'cypher');
  for (const file of readdirSync(benchDir).filter((f) => f.endsWith('.cypher')).sort()) {
    out.push({ name: `bench/${file.replace(/\.cypher$/, '')}`, text: readFileSync(path.join(benchDir, file), 'utf8').replaceAll('{{P}}', '') });
  }
  const migrationsDir = path.join(here, 'cypher', 'migrations');
  for (const file of readdirSync(migrationsDir).filter((f) => f.endsWith('.cypher')).sort()) {
    const parts = readFileSync(path.join(migrationsDir, file), 'utf8')
      .split(/;\s*(?:\n|$)/)
      .map((s) => s.split('\n').filter((l) => !l.trimStart().startsWith('//')).join('\n').trim())
      .filter((s) => s !== '' && !/^(CREATE|DROP)\b/i.test(s));
    parts.forEach((text, i) => out.push({ name: `migration ${file.replace(/\.cypher$/, '')} #${i + 1}`, text }));
  }
  return out;
}

/** `:Label(a, b)` or `:TYPE(a, b)`, as a plan's details write an index's schema. */
const schemaOf = (ix: IndexRow): string => `:${(ix.labelsOrTypes ?? []).join('|')}(${(ix.properties ?? []).join(', ')})`;

function operators(plan: PlanNode): Array<{ operator: string; details: string }> {
  const details = String(plan.arguments['Details'] ?? '');
  const own = /Index|Merge|ProcedureCall/.test(plan.operatorType) ? [{ operator: plan.operatorType, details }] : [];
  return own.concat(plan.children.flatMap(operators));
}

/**
 * The indexes an operator reads: by the schema its details name (with the index kind), or, for a full-text
 * procedure call, the index the statement names (the plan shows the name as an auto-parameter).
 */
function indexesRead(op: { operator: string; details: string }, statement: string, indexes: IndexRow[]): string[] {
  return indexes
    .filter((ix) => {
      if (ix.type === 'FULLTEXT') return op.details.startsWith('db.index.fulltext.') && new RegExp(`['"\`]${ix.name}['"\`]`).test(statement);
      if (ix.type === 'LOOKUP') return false;
      const kind = ix.owningConstraint ? 'UNIQUE' : ix.type;
      return op.details.includes(kind) && op.details.includes(schemaOf(ix));
    })
    .map((ix) => ix.name);
}

async function main(): Promise<void> {
  const driver = neo4j.driver(args.get('uri')!, neo4j.auth.basic('neo4j', args.get('password') ?? 'directive-graph'));
  const session = driver.session();
  try {
    const indexes = (await session.run('SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, owningConstraint')).records.map(
      (r) => r.toObject() as IndexRow,
    );
    const usedBy = new Map<string, string[]>(indexes.map((ix) => [ix.name, []]));
    const perStatement: Record<string, Array<{ operator: string; details: string; indexes: string[] }>> = {};
    for (const { name, text } of statements()) {
      const { parameters, missing } = sampleParametersOf(text);
      for (const p of missing) {
        if (!(p in OTHER_PARAMETERS)) throw new Error(`No sample value for $${p} of ${name}: add one to OTHER_PARAMETERS or tests/support/cypherSamples.ts`);
        parameters[p] = OTHER_PARAMETERS[p];
      }
      const result = await session.run(`EXPLAIN ${text}`, parameters);
      const ops = operators(result.summary.plan as unknown as PlanNode).map((op) => ({ ...op, indexes: indexesRead(op, text, indexes) }));
      perStatement[name] = ops;
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
    if (args.get('json')) writeFileSync(args.get('json')!, JSON.stringify({ indexes, usedBy: Object.fromEntries(usedBy), perStatement }, null, 2));
  } finally {
    await session.close();
    await driver.close();
  }
}

await main();
