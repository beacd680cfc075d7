// The fields of a Task record (toTask in src/graph/records.ts) as a list of the values of the node named by the
// include's argument (`{{>taskFields(t)}}`), in the order of TASK_FIELDS there: the stored properties the API
// reads, not the folded copies of its text kept for search. A list, not a map, like documentFields. The
// history lists come as one last entry, null for a task without history (most), else the seven lists in the
// order of TASK_HISTORY_FIELDS. One list, so a new Task field reaches every statement that returns one.
[NODE.key, NODE.documentKey, NODE.ordinal, NODE.sectionPath, NODE.text, NODE.textRestored, NODE.textRestoredShare, NODE.deadlineRaw, NODE.dueDate, NODE.period, NODE.status, NODE.statusNote, NODE.statusUpdatedAt, NODE.dueBy, NODE.completedAt,
  CASE WHEN NODE.historyKinds IS NULL THEN null ELSE [NODE.historyKinds, NODE.historyAt, NODE.historyBy, NODE.historyStatuses, NODE.historyDueBy, NODE.historyPreviousDueBy, NODE.historyNotes] END]
