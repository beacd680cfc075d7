// Task trackers count tasks against their last day and the day they were done. Tasks store their last day
// (dueBy: the due day, or the end of the period the text names; a deadline extension moves it) ...
MATCH (t:Task)
WHERE t.dueBy IS NULL
SET t.dueBy = coalesce(t.deadlineExtendedTo, t.dueDate, CASE
         WHEN t.period =~ '\\d{4}' THEN t.period + '-12-31'
         WHEN t.period =~ '\\d{4}-Q[1-4]' THEN toString(date({year: toInteger(left(t.period, 4)), quarter: toInteger(right(t.period, 1)), dayOfQuarter: 1}) + duration('P3M') - duration('P1D'))
         WHEN t.period =~ '\\d{4}-\\d{2}' THEN toString(date(t.period + '-01') + duration('P1M') - duration('P1D'))
       END);
// ... and a DONE task the day it was done: for tasks marked DONE before it was kept, the day of that change.
MATCH (t:Task)
WHERE t.status = 'DONE' AND t.completedAt IS NULL AND t.statusUpdatedAt IS NOT NULL
SET t.completedAt = left(t.statusUpdatedAt, 10);
// Deadline filters and the dashboard's month buckets read it.
CREATE INDEX task_due_by IF NOT EXISTS FOR (t:Task) ON (t.dueBy);
