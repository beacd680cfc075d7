// Tasks matching a filter (null = any), in document and reading order, one page with the total.
// Scope: the tasks of $documentKey and, when the downstream depth bound is above 0, of every document
// citing it within that many steps. $words: folded words the task text must all contain. A deadline filter compares the
// stored last day (dueBy: the due day, the end of the period the task names, or an extension); tasks without one fail it.
// $cell / $dueMonth: the tracker cell as of $asOf (src/graph/taskTracker.ts) and the month of the last day ('none': no last day).
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
  AND all(w IN $words WHERE t.textFolded CONTAINS w)
WITH t, t.dueBy AS dueBy, CASE
           WHEN t.status = 'DONE' AND coalesce(t.completedAt, '') <= $asOf
             THEN CASE WHEN t.dueBy IS NULL OR coalesce(t.completedAt, '') <= t.dueBy THEN 'DONE_ON_TIME' ELSE 'DONE_LATE' END
           WHEN t.dueBy IS NOT NULL AND t.dueBy < $asOf THEN 'OVERDUE'
           ELSE 'IN_PROGRESS'
         END AS cell
WHERE ($dueBefore IS NULL OR dueBy <= $dueBefore) AND ($dueAfter IS NULL OR dueBy >= $dueAfter)
  AND ($cell IS NULL OR cell = $cell) AND ($dueMonth IS NULL OR coalesce(left(dueBy, 7), 'none') = $dueMonth)
WITH t ORDER BY t.documentKey, t.ordinal
WITH collect(properties(t)) AS matches
RETURN size(matches) AS total, matches[$skip..$end] AS items
