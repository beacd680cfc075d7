// bodyKey, taskDocumentKey, taskOrdinal: the keys of the index that pages a body's tasks in order
// (migration 0010, task.ofBodies).
UNWIND $assignments AS row
MATCH (t:Task {key: row.taskKey})
MATCH (b:Body {key: row.bodyKey})
MERGE (t)-[a:ASSIGNED_TO {role: row.role}]->(b)
SET a += row.props, a.bodyKey = b.key, a.taskDocumentKey = t.documentKey, a.taskOrdinal = t.ordinal
RETURN count(a) AS assignments
