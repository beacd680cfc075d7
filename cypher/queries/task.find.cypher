// Tasks matching a filter (null = any), in document and reading order, one page with the total.
// Scope: the tasks of $documentKey and, when the downstream depth bound is above 0, of every document
// citing it within that many steps. $words: folded words the task text must all contain. A deadline filter compares the due
// day, or the last day of the period a task names ("2025", "2025-Q3", "2025-06"); tasks with neither fail it.
// $asOf: only tasks of documents issued by then and in force on it (see lineage.upstream).
CALL () {
  OPTIONAL MATCH (root:Document {key: $documentKey})
  OPTIONAL MATCH (d:Document)-[:CITES*0..{{downstreamDepth}}]->(root)
  RETURN collect(DISTINCT d.key) AS scope
}
MATCH (t:Task)
WHERE ($documentKey IS NULL OR t.documentKey IN scope)
  AND ($bodyKey IS NULL OR EXISTS {
        MATCH (t)-[a:ASSIGNED_TO]->(:Body {key: $bodyKey}) WHERE $role IS NULL OR a.role = $role })
  AND ($bodyKey IS NOT NULL OR $role IS NULL OR EXISTS { MATCH (t)-[a:ASSIGNED_TO]->() WHERE a.role = $role })
  AND ($status IS NULL OR coalesce(t.status, 'NOT_STARTED') = $status)
  AND all(w IN $words WHERE t.textFolded CONTAINS w OR t.textRestoredFolded CONTAINS w)
  AND ($asOf IS NULL OR EXISTS {
        MATCH (td:Document {key: t.documentKey})
        WHERE (td.date IS NULL OR td.date <= $asOf)
          AND ((td.effectiveFrom IS NULL OR td.effectiveFrom <= $asOf) AND (td.effectiveUntil IS NULL OR td.effectiveUntil >= $asOf)
       AND NOT EXISTS { MATCH (td)<-[x:AFFECTS]-() WHERE x.whole AND x.kind IN ['REPLACES', 'REPEALS', 'SUSPENDS'] AND coalesce(x.effectiveOn, $asOf) <= $asOf }) })
WITH t, coalesce(t.dueDate, CASE
         WHEN t.period =~ '\\d{4}' THEN t.period + '-12-31'
         WHEN t.period =~ '\\d{4}-Q[1-4]' THEN toString(date({year: toInteger(left(t.period, 4)), quarter: toInteger(right(t.period, 1)), dayOfQuarter: 1}) + duration('P3M') - duration('P1D'))
         WHEN t.period =~ '\\d{4}-\\d{2}' THEN toString(date(t.period + '-01') + duration('P1M') - duration('P1D'))
       END) AS dueBy
WHERE ($dueBefore IS NULL OR dueBy <= $dueBefore) AND ($dueAfter IS NULL OR dueBy >= $dueAfter)
WITH t ORDER BY t.documentKey, t.ordinal
WITH collect(properties(t)) AS matches
RETURN size(matches) AS total, matches[$skip..$end] AS items
