// A body's task list is read in document and reading order, a page at a time. Sorting every task of a busy
// body for each page grew with the body (hundreds of tasks at 10k documents, thousands at 100k): each
// assignment now carries its body's key and its task's document key and ordinal, and one range index on
// them serves a page in that order, stopping after the page (task.ofBodies). Written at ingestion
// (task.assignMany) and on a body merge (body.mergeInto); filled here for assignments stored before.
CREATE INDEX assignment_body_order IF NOT EXISTS FOR ()-[a:ASSIGNED_TO]-() ON (a.bodyKey, a.taskDocumentKey, a.taskOrdinal);
// A backfill ($batchSize): the tasks in key order from $after, a bounded batch per transaction, until no task
// is left (see runMigrationStatement in src/graph/migrations.ts). Filling what is missing is idempotent, so a
// run cut short starts again from the first task and writes only what is left.
MATCH (t:Task) WHERE t.key > $after
WITH t ORDER BY t.key LIMIT $batchSize
CALL (t) {
  MATCH (t)-[a:ASSIGNED_TO]->(b:Body)
  WHERE a.bodyKey IS NULL OR a.bodyKey <> b.key OR a.taskDocumentKey IS NULL OR a.taskOrdinal IS NULL
  SET a.bodyKey = b.key, a.taskDocumentKey = t.documentKey, a.taskOrdinal = t.ordinal
}
RETURN max(t.key) AS next;
