// Each document's tasks in reading order, one page per document. With $withAssignments (the query reads
// them), each paged task's assignments come along in task.assignments' order, so the API needs no statement
// for them; each names its body by key, and the page's bodies come once each in `bodies`.
UNWIND $keys AS key
CALL (key) {
  MATCH (t:Task {documentKey: key})
  WITH t ORDER BY t.ordinal
  RETURN collect(t) AS matches
}
// Only the page is turned into maps: a busy parent can have thousands of children, and counting them
// needs node references only. The maps hold the fields of a task record (toTask), not the folded copies of
// its text kept for search.
WITH key, size(matches) AS total, matches[$skip..$end] AS page
RETURN key, total, [t IN page | {
  task: {{>taskFields(t)}},
  assignments: CASE WHEN $withAssignments THEN COLLECT {
    MATCH (t)-[x:ASSIGNED_TO]->(b:Body)
    RETURN {role: x.role, evidence: x.evidence, section: x.section, official: x.official, body: b.key} AS assignment
    ORDER BY {{>assignmentOrder(x)}}, b.name
  } END
}] AS items,
// The page's bodies once each (assignments name them by key): the same few bodies carry most of a page's tasks.
  CASE WHEN $withAssignments THEN COLLECT {
    UNWIND page AS t
    MATCH (t)-[:ASSIGNED_TO]->(b:Body)
    WITH DISTINCT b
    RETURN {{>bodyFields(b)}} AS body
  } END AS bodies
