UNWIND $assignments AS row
MATCH (t:Task {key: row.taskKey})
MATCH (b:Body {key: row.bodyKey})
MERGE (t)-[a:ASSIGNED_TO {role: row.role}]->(b)
SET a += row.props
RETURN count(a) AS assignments
