// Task trackers count tasks against their last day and the day they were done. Tasks store their last day
// (dueBy: the due day, or the end of the period the text names; a deadline extension moves it) ...
// Both backfills are bounded ($batchSize): the tasks in key order from $after, one batch per transaction,
// until none is left (runMigrationStatement in src/graph/migrations.ts). They fill only what is missing, so a
// run cut short starts again and writes only what is left.
MATCH (t:Task) WHERE t.key > $after
WITH t ORDER BY t.key LIMIT $batchSize
WITH collect(t) AS batch
CALL (batch) {
  UNWIND batch AS t
  WITH t WHERE t.dueBy IS NULL
  SET t.dueBy = coalesce(t.deadlineExtendedTo, t.dueDate, CASE
         WHEN t.period =~ '\\d{4}' THEN t.period + '-12-31'
         WHEN t.period =~ '\\d{4}-Q[1-4]' THEN toString(date({year: toInteger(left(t.period, 4)), quarter: toInteger(right(t.period, 1)), dayOfQuarter: 1}) + duration('P3M') - duration('P1D'))
         WHEN t.period =~ '\\d{4}-\\d{2}' THEN toString(date(t.period + '-01') + duration('P1M') - duration('P1D'))
       END)
}
RETURN batch[-1].key AS next;
// ... and a DONE task the day it was done: for tasks marked DONE before it was kept, the day of that change.
MATCH (t:Task) WHERE t.key > $after
WITH t ORDER BY t.key LIMIT $batchSize
WITH collect(t) AS batch
CALL (batch) {
  UNWIND batch AS t
  WITH t WHERE t.status = 'DONE' AND t.completedAt IS NULL AND t.statusUpdatedAt IS NOT NULL
  SET t.completedAt = left(t.statusUpdatedAt, 10)
}
RETURN batch[-1].key AS next;
// Deadline filters and the dashboard's month buckets read it.
CREATE INDEX task_due_by IF NOT EXISTS FOR (t:Task) ON (t.dueBy);
