// For each body, the tasks assigned to it (in $role, or any role) matching the same filters as task.find,
// one page per body.
CALL () {
  OPTIONAL MATCH (root:Document {key: $documentKey})
  OPTIONAL MATCH (d:Document)-[:CITES*0..{{downstreamDepth}}]->(root)
  RETURN collect(DISTINCT d.key) AS scope
}
UNWIND $keys AS key
CALL (key, scope) {
  MATCH (:Body {key: key})<-[a:ASSIGNED_TO]-(t:Task)
  WHERE ($role IS NULL OR a.role = $role)
    AND ($documentKey IS NULL OR t.documentKey IN scope)
    AND ($status IS NULL OR coalesce(t.status, 'NOT_STARTED') = $status)
    AND all(w IN $words WHERE t.textFolded CONTAINS w OR t.textRestoredFolded CONTAINS w)
    // $asOf: only tasks of documents issued by then and in force on it (see lineage.upstream).
    AND ($asOf IS NULL OR EXISTS {
          MATCH (td:Document {key: t.documentKey})
          WHERE (td.date IS NULL OR td.date <= $asOf)
            AND ((td.effectiveFrom IS NULL OR td.effectiveFrom <= $asOf) AND (td.effectiveUntil IS NULL OR td.effectiveUntil >= $asOf)
            AND NOT EXISTS { MATCH (td)<-[x:AFFECTS]-() WHERE x.whole AND x.kind IN ['REPLACES', 'REPEALS', 'SUSPENDS'] AND coalesce(x.effectiveOn, $asOf) <= $asOf }) })
  WITH DISTINCT t
  WITH t, coalesce(t.dueDate, CASE
         WHEN t.period =~ '\\d{4}' THEN t.period + '-12-31'
         WHEN t.period =~ '\\d{4}-Q[1-4]' THEN toString(date({year: toInteger(left(t.period, 4)), quarter: toInteger(right(t.period, 1)), dayOfQuarter: 1}) + duration('P3M') - duration('P1D'))
         WHEN t.period =~ '\\d{4}-\\d{2}' THEN toString(date(t.period + '-01') + duration('P1M') - duration('P1D'))
       END) AS dueBy
  WHERE ($dueBefore IS NULL OR dueBy <= $dueBefore) AND ($dueAfter IS NULL OR dueBy >= $dueAfter)
  WITH t ORDER BY t.documentKey, t.ordinal
  RETURN collect(t) AS matches
}
// Only the page is turned into maps: a busy parent can have thousands of children, and counting them
// needs node references only.
RETURN key, size(matches) AS total, [t IN matches[$skip..$end] | properties(t)] AS items
