// A body's task list is read in document and reading order, a page at a time. Sorting every task of a busy
// body for each page grew with the body (hundreds of tasks at 10k documents, thousands at 100k): each
// assignment now carries its body's key and its task's document key and ordinal, and one range index on
// them serves a page in that order, stopping after the page (task.ofBodies). Written at ingestion
// (task.assignMany) and on a body merge (body.mergeInto); filled here for assignments stored before.
CREATE INDEX assignment_body_order IF NOT EXISTS FOR ()-[a:ASSIGNED_TO]-() ON (a.bodyKey, a.taskDocumentKey, a.taskOrdinal);
MATCH (t:Task)-[a:ASSIGNED_TO]->(b:Body)
WHERE a.bodyKey IS NULL OR a.bodyKey <> b.key OR a.taskDocumentKey IS NULL OR a.taskOrdinal IS NULL
SET a.bodyKey = b.key, a.taskDocumentKey = t.documentKey, a.taskOrdinal = t.ordinal;
