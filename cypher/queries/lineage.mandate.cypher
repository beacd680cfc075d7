// Why must this task be done? Its document, then up the citations whose relation mandates ($relations:
// căn cứ / thực hiện / sửa đổi), at most {{maxDepth}} steps, stopping at national documents: a path may
// pass only through provincial documents and ends where it reaches a national one or runs out. Each step
// carries the citing text's words (the citation's evidence) when $withEvidence (the query reads them: each path
// repeats them for every step, about as many bytes as its keys). $asOf: as in lineage.walk. Every document
// comes with what other documents did to it (its events), so each step says whether it is still in force and
// what replaced it. With $withAssignments (the query reads them), the task's assignments come along in
// task.assignments' order, so the API needs no second statement for them.
MATCH (t:Task {key: $taskKey})
MATCH (d:Document {key: t.documentKey})
WITH t, d, COLLECT {
  MATCH p = (d)-[:CITES*1..{{maxDepth}}]->(:Document)
  WHERE all(r IN relationships(p) WHERE r.relation IN $relations)
    AND all(n IN nodes(p)[1..-1] WHERE coalesce(n.jurisdiction, '') <> 'national')
    AND ($asOf IS NULL OR (all(n IN nodes(p) WHERE n.date IS NULL OR n.date <= $asOf)
      AND all(n IN nodes(p)[0..-1] WHERE ((n.effectiveFrom IS NULL OR n.effectiveFrom <= $asOf) AND (n.effectiveUntil IS NULL OR n.effectiveUntil >= $asOf)
         AND NOT EXISTS { MATCH (n)<-[x:AFFECTS]-() WHERE x.whole AND x.kind IN ['REPLACES', 'REPEALS', 'SUSPENDS'] AND coalesce(x.effectiveOn, $asOf) <= $asOf }))))
  RETURN p LIMIT $maxPaths + 1
} AS paths
RETURN {{>taskFields(t)}} AS task, {{>documentFields(d)}} AS document,
       [p IN paths | {keys: [n IN nodes(p) | n.key], relations: [r IN relationships(p) | r.relation],
                      evidence: CASE WHEN $withEvidence THEN [r IN relationships(p) | coalesce(r.evidence, '')] END}] AS paths,
       COLLECT { UNWIND paths AS p UNWIND nodes(p) AS n WITH DISTINCT n RETURN {{>documentFields(n)}} } AS documents,
       COLLECT {
         UNWIND [d] + COLLECT { UNWIND paths AS p UNWIND nodes(p) AS n RETURN DISTINCT n } AS n
         WITH DISTINCT n
         MATCH (n)<-[x:AFFECTS]-(a:Document)
         RETURN {documentKey: n.key, edge: properties(x), by: {{>documentFields(a)}}} AS event
       } AS events,
       CASE WHEN $withAssignments THEN COLLECT {
         MATCH (t)-[x:ASSIGNED_TO]->(b:Body)
         RETURN {role: x.role, evidence: x.evidence, section: x.section, official: x.official, body: {{>bodyFields(b)}}} AS assignment
         ORDER BY {{>assignmentOrder(x)}}, b.name
       } END AS assignments
