// Each document's tasks in reading order, one page per document. With $withAssignments (the query reads
// them), each paged task's assignments come along in task.assignments' order, so the API needs no statement
// for them.
UNWIND $keys AS key
CALL (key) {
  MATCH (t:Task {documentKey: key})
  WITH t ORDER BY t.ordinal
  RETURN collect(t) AS matches
}
// Only the page is turned into maps: a busy parent can have thousands of children, and counting them
// needs node references only. The maps hold the fields of a task record (toTask), not the folded copies of
// its text kept for search.
RETURN key, size(matches) AS total, [t IN matches[$skip..$end] | {
  task: t {.key, .documentKey, .ordinal, .sectionPath, .text, .textRestored, .textRestoredShare, .deadlineRaw, .dueDate, .period, .status, .statusNote, .statusUpdatedAt, .dueBy, .completedAt,
    // The history lists in one entry, and none for a task without history (most): fewer fields to decode.
    history: CASE WHEN t.historyKinds IS NULL THEN null ELSE t {.historyKinds, .historyAt, .historyBy, .historyStatuses, .historyDueBy, .historyPreviousDueBy, .historyNotes} END},
  assignments: CASE WHEN $withAssignments THEN COLLECT {
    MATCH (t)-[x:ASSIGNED_TO]->(b:Body)
    RETURN {role: x.role, evidence: x.evidence, section: x.section, body: b {.key, .name, .jurisdiction, .aliases, .group}} AS assignment
    ORDER BY CASE x.role WHEN 'LEAD' THEN 0 WHEN 'COORDINATE' THEN 1 ELSE 2 END, b.name
  } END
}] AS items
