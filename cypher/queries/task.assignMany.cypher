// Tasks are created in the same transaction (a new version's tasks replace the old ones), so their edges are
// new: CREATE, not MERGE, which would search every edge of a busy body. The caller sends one row per
// (task, role, body). bodyKey, taskDocumentKey, taskOrdinal: the keys of the index that pages a body's tasks
// in order (migration 0010, task.ofBodies).
UNWIND $assignments AS row
MATCH (t:Task {key: row.taskKey})
MATCH (b:Body {key: row.bodyKey})
CREATE (t)-[a:ASSIGNED_TO]->(b)
SET a = row.props, a.bodyKey = b.key, a.taskDocumentKey = t.documentKey, a.taskOrdinal = t.ordinal
RETURN count(a) AS assignments
