// For each body, the tasks assigned to it (in $role, or any role) matching the same filters as task.find
// (deadline, tracker cell, due month), one page per body.
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
    AND all(w IN $words WHERE t.textFolded CONTAINS w)
  WITH DISTINCT t
  WITH t, t.dueBy AS dueBy, CASE
           WHEN t.status = 'DONE' AND coalesce(t.completedAt, '') <= $asOf
             THEN CASE WHEN t.dueBy IS NULL OR coalesce(t.completedAt, '') <= t.dueBy THEN 'DONE_ON_TIME' ELSE 'DONE_LATE' END
           WHEN t.dueBy IS NOT NULL AND t.dueBy < $asOf THEN 'OVERDUE'
           ELSE 'IN_PROGRESS'
         END AS cell
  WHERE ($dueBefore IS NULL OR dueBy <= $dueBefore) AND ($dueAfter IS NULL OR dueBy >= $dueAfter)
  AND ($cell IS NULL OR cell = $cell) AND ($dueMonth IS NULL OR coalesce(left(dueBy, 7), 'none') = $dueMonth)
  WITH t ORDER BY t.documentKey, t.ordinal
  RETURN collect(t) AS matches
}
// Only the page is turned into maps: a busy parent can have thousands of children, and counting them
// needs node references only.
RETURN key, size(matches) AS total, [t IN matches[$skip..$end] | properties(t)] AS items
