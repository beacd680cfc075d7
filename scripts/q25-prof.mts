import neo4j from 'neo4j-driver';
import { cypher } from '/work/wt/q25/src/graph/cypherRegistry.ts';
const d = neo4j.driver('bolt://127.0.0.1:7851', neo4j.auth.basic('neo4j','directive-graph'), { disableLosslessIntegers: true });
const s = d.session({ defaultAccessMode: neo4j.session.READ });
const bodies = (await s.run('MATCH (b:Body) WITH b, COUNT { (b)<-[:ASSIGNED_TO]-() } AS tasks ORDER BY tasks DESC, b.key LIMIT 250 RETURN b.key AS key, tasks')).records.map(r=>[r.get('key'), r.get('tasks')]);
console.log(bodies.slice(0,5), bodies.at(-1));
const params = { keys: [bodies[0][0]], status: null, words: [], inForceOn: null, dueBefore: null, dueAfter: null, dueMonth: null, cell: null, asOf: '2026-12-06', role: null, documentKey: null, skip: neo4j.int(0), limit: neo4j.int(20), withAssignments: true, withDocument: true };
const q = process.argv[2] ? (await import('node:fs')).readFileSync(process.argv[2],'utf8') : cypher('task.ofBodies', { downstreamDepth: 0 });
const r = await s.run('PROFILE ' + q, params);
const p = r.summary.profile;
function walk(n: any, depth = 0) { console.log(' '.repeat(depth*2) + n.operatorType, 'rows', n.rows, 'hits', n.dbHits, (n.arguments?.Details ?? '').slice(0, 140)); for (const c of n.children) walk(c, depth+1); }
walk(p);
await s.close(); await d.close();
