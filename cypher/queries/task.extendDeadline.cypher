// A deadline extension: the task's last day becomes $dueBy (kept apart as deadlineExtendedTo, so a new
// version of the document keeps it), and one more entry in its history with the reason and the day before.
MATCH (t:Task {key: $key})
WITH t, t.dueBy AS previous
SET t.dueBy = $dueBy, t.deadlineExtendedTo = $dueBy,
    t.historyKinds = coalesce(t.historyKinds, []) + 'DEADLINE',
    t.historyAt = coalesce(t.historyAt, []) + $at,
    t.historyBy = coalesce(t.historyBy, []) + $by,
    t.historyStatuses = coalesce(t.historyStatuses, []) + coalesce(t.status, 'NOT_STARTED'),
    t.historyDueBy = coalesce(t.historyDueBy, []) + $dueBy,
    t.historyPreviousDueBy = coalesce(t.historyPreviousDueBy, []) + coalesce(previous, ''),
    t.historyNotes = coalesce(t.historyNotes, []) + $reason
RETURN properties(t) AS task
