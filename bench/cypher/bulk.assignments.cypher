UNWIND $assignments AS row
MATCH (t:{{P}}Task {key: row.taskKey})
MATCH (b:{{P}}Body {key: row.bodyKey})
MERGE (t)-[a:ASSIGNED_TO {role: row.role}]->(b)
SET a += row.props, a.bodyKey = b.key, a.taskDocumentKey = t.documentKey, a.taskOrdinal = t.ordinal
