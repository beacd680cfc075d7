// Tasks matching a filter (null = any), in document and reading order, one page with the total.
// Scope: the tasks of $documentKey and, when the downstream depth bound is above 0, of every document
// citing it within that many steps. $words: folded words the task text must all contain. A deadline filter compares the
// stored last day (dueBy: the due day, the end of the period the task names, or an extension); tasks without one fail it.
// $cell / $dueMonth: the tracker cell as of $asOf (src/graph/taskTracker.ts) and the month of the last day ('none': no last day);
// these and the other task filters are cypher/fragments/taskFilter.cypher, shared with task.ofBodies.
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
  AND {{>taskFilter}}
WITH t ORDER BY t.documentKey, t.ordinal
WITH collect(properties(t)) AS matches
RETURN size(matches) AS total, matches[$skip..$end] AS items
