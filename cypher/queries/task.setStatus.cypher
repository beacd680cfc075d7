// A status change: status and note, the day it was done (DONE: $completedAt, else the day already recorded
// when it was DONE before, else $today; any other status clears it), and one more entry in the task's
// history, kept as parallel lists ('' for none: lists hold no nulls). History is appended, never rewritten.
MATCH (t:Task {key: $key})
WITH t, coalesce(t.status, 'NOT_STARTED') = 'DONE' AS wasDone
SET t.status = $status, t.statusNote = $note, t.statusUpdatedAt = $at,
    t.completedAt = CASE WHEN $status = 'DONE'
                         THEN coalesce($completedAt, CASE WHEN wasDone THEN t.completedAt END, $today)
                    END,
    t.historyKinds = coalesce(t.historyKinds, []) + 'STATUS',
    t.historyAt = coalesce(t.historyAt, []) + $at,
    t.historyBy = coalesce(t.historyBy, []) + $by,
    t.historyStatuses = coalesce(t.historyStatuses, []) + $status,
    t.historyDueBy = coalesce(t.historyDueBy, []) + coalesce(t.dueBy, ''),
    t.historyPreviousDueBy = coalesce(t.historyPreviousDueBy, []) + '',
    t.historyNotes = coalesce(t.historyNotes, []) + coalesce($note, '')
RETURN properties(t) AS task
