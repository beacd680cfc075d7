// Recorded progress (status, note, time, the day it was done, a deadline extension, history) moved onto the
// matching task of the new version; an extension stays the task's last day.
UNWIND $rows AS row
MATCH (t:Task {key: row.key})
SET t += row.progress
SET t.dueBy = coalesce(t.deadlineExtendedTo, t.dueBy)
RETURN count(t) AS carried
