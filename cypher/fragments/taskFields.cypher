// The fields of a Task record (toTask in src/graph/records.ts) as a map projection of the node named by the
// include's argument (`{{>taskFields(t)}}`): the stored properties the API reads, not the folded copies of its
// text kept for search. The history lists come as one `history` entry, null for a task without history (most):
// fewer fields to decode. One list, so a new Task field reaches every statement that returns one.
NODE {.key, .documentKey, .ordinal, .sectionPath, .text, .textRestored, .textRestoredShare, .deadlineRaw, .dueDate, .period, .status, .statusNote, .statusUpdatedAt, .dueBy, .completedAt,
  history: CASE WHEN NODE.historyKinds IS NULL THEN null ELSE NODE {.historyKinds, .historyAt, .historyBy, .historyStatuses, .historyDueBy, .historyPreviousDueBy, .historyNotes} END}
