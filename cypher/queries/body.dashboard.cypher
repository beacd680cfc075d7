// A body's tasks (in $role, or any role) counted per source document, month of the last day and tracker
// cell as of $asOf: the cells of src/graph/taskTracker.ts (a task done after $asOf was not done yet then).
MATCH (:Body {key: $key})<-[a:ASSIGNED_TO]-(t:Task)
WHERE $role IS NULL OR a.role = $role
WITH DISTINCT t
WITH t, CASE
    WHEN t.status = 'DONE' AND coalesce(t.completedAt, '') <= $asOf
      THEN CASE WHEN t.dueBy IS NULL OR coalesce(t.completedAt, '') <= t.dueBy THEN 'DONE_ON_TIME' ELSE 'DONE_LATE' END
    WHEN t.dueBy IS NOT NULL AND t.dueBy < $asOf THEN 'OVERDUE'
    ELSE 'IN_PROGRESS'
  END AS cell
MATCH (d:Document {key: t.documentKey})
WITH d, left(t.dueBy, 7) AS month, cell, count(*) AS n
RETURN d {.*, ingestedAt: toString(d.ingestedAt)} AS document, month, cell, n
