// For each body, the tasks assigned to it (in $role, or any role) matching the same filters as task.find
// (deadline, tracker cell, due month), one page per body with the number of matches, and the body's own
// record (`owner`, null for an unknown key), so a body looked up with its tasks costs one statement.
// The page comes from the assignment index on (bodyKey, taskDocumentKey, taskOrdinal) (migration 0010): read
// in document and reading order, it stops after $skip + $limit matching tasks instead of sorting every task
// of a busy body. The count walks the body's assignments; with no filter it reads no task property.
// Both passes apply the same filter (cypher/fragments/taskFilter.cypher).
CALL () {
  OPTIONAL MATCH (root:Document {key: $documentKey})
  OPTIONAL MATCH (d:Document)-[:CITES*0..{{downstreamDepth}}]->(root)
  RETURN collect(DISTINCT d.key) AS scope
}
UNWIND $keys AS key
CALL (key, scope) {
  MATCH (t:Task)-[a:ASSIGNED_TO]->()
  WHERE a.bodyKey = key AND a.taskDocumentKey IS NOT NULL AND a.taskOrdinal IS NOT NULL
    AND ($role IS NULL OR a.role = $role)
    AND ($documentKey IS NULL OR t.documentKey IN scope)
    AND {{>taskFilter}}
  // A body can hold a task in two roles: one row per task. The index gives this order; nothing is sorted.
  WITH DISTINCT a.bodyKey AS bodyKey, a.taskDocumentKey AS documentKey, a.taskOrdinal AS ordinal, t
  ORDER BY bodyKey, documentKey, ordinal
  SKIP $skip LIMIT $limit
  // The fields of a task record (toTask), not the folded copies of its text kept for search. With
  // $withAssignments / $withDocument (the query reads them), each task's assignments (in task.assignments'
  // order) and its document come along, so the API needs no statement for them.
  WITH collect(t) AS page
  RETURN [t IN page | {
    task: {{>taskFields(t)}},
    assignments: CASE WHEN $withAssignments THEN COLLECT {
      MATCH (t)-[x:ASSIGNED_TO]->(b:Body)
      RETURN {role: x.role, evidence: x.evidence, section: x.section, official: x.official, body: b.key} AS assignment
      ORDER BY {{>assignmentOrder(x)}}, b.name
    } END,
    document: CASE WHEN $withDocument THEN COLLECT {
      MATCH (d:Document {key: t.documentKey})
      RETURN {{>documentFields(d)}} AS document
    }[0] END
  }] AS items,
  // The page's bodies once each (assignments name them by key): a body's tasks share their other bodies.
  CASE WHEN $withAssignments THEN COLLECT {
    UNWIND page AS t
    MATCH (t)-[:ASSIGNED_TO]->(b:Body)
    WITH DISTINCT b
    RETURN {{>bodyFields(b)}} AS body
  } END AS bodies
}
OPTIONAL MATCH (owner:Body {key: key})
// The count, in one of two passes by whether anything narrows the tasks ($unnarrowed: no parameter of the filter,
// role and document scope included, narrows them; src/graph/taskQueries.ts, narrowsTasks): unnarrowed, it walks
// the body's assignments and evaluates no filter on each (at 100k the busiest bodies hold 2k-8k assignments, and
// the filter's per-row checks were about 60% of the count's server CPU); otherwise it applies the filter to each
// task. The pass whose test fails reads nothing and counts 0.
CALL (owner) {
  WITH owner WHERE $unnarrowed
  // ASSIGNED_TO always leads from a task to a body: no label check on either end.
  MATCH (owner)<-[:ASSIGNED_TO]-(t)
  RETURN count(DISTINCT t) AS every
}
CALL (owner, scope) {
  WITH owner, scope WHERE NOT $unnarrowed
  MATCH (owner)<-[a:ASSIGNED_TO]-(t)
  WHERE ($role IS NULL OR a.role = $role)
    AND ($documentKey IS NULL OR t.documentKey IN scope)
    AND {{>taskFilter}}
  RETURN count(DISTINCT t) AS matching
}
RETURN key, every + matching AS total, items, bodies, CASE WHEN owner IS NULL THEN null ELSE {{>bodyFields(owner)}} END AS owner
