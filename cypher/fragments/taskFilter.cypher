// The task filter shared by task.find and task.ofBodies (its page and its filtered count), on a task `t`:
// status, folded words of its text, in force on a day, last day before/after, month of the last day, and the
// tracker cell as of $asOf (src/graph/taskTracker.ts). Null parameters match any task. task.ofBodies counts without
// it when no parameter narrows (narrowsTasks in src/graph/taskQueries.ts reads them off the TaskFilter).
($status IS NULL OR coalesce(t.status, 'NOT_STARTED') = $status)
AND all(w IN $words WHERE t.textFolded CONTAINS w OR t.textRestoredFolded CONTAINS w)
// $inForceOn: only tasks of documents issued by then and in force on it (see lineage.walk).
AND ($inForceOn IS NULL OR EXISTS {
      MATCH (td:Document {key: t.documentKey})
      WHERE (td.date IS NULL OR td.date <= $inForceOn)
        AND ((td.effectiveFrom IS NULL OR td.effectiveFrom <= $inForceOn) AND (td.effectiveUntil IS NULL OR td.effectiveUntil >= $inForceOn)
        AND NOT EXISTS { MATCH (td)<-[x:AFFECTS]-() WHERE x.whole AND x.kind IN ['REPLACES', 'REPEALS', 'SUSPENDS'] AND coalesce(x.effectiveOn, $inForceOn) <= $inForceOn }) })
AND ($dueBefore IS NULL OR t.dueBy <= $dueBefore) AND ($dueAfter IS NULL OR t.dueBy >= $dueAfter)
AND ($dueMonth IS NULL OR coalesce(left(t.dueBy, 7), 'none') = $dueMonth)
AND ($cell IS NULL OR $cell = CASE
       WHEN t.status = 'DONE' AND coalesce(t.completedAt, '') <= $asOf
         THEN CASE WHEN t.dueBy IS NULL OR coalesce(t.completedAt, '') <= t.dueBy THEN 'DONE_ON_TIME' ELSE 'DONE_LATE' END
       WHEN t.dueBy IS NOT NULL AND t.dueBy < $asOf THEN 'OVERDUE'
       ELSE 'IN_PROGRESS'
     END)
