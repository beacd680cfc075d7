// Tasks are created in the same transaction: their edges are new (CREATE), one row per (task, document).
UNWIND $rows AS row
MATCH (t:Task {key: row.taskKey})
MATCH (c:Document {key: row.documentKey})
CREATE (t)-[:CARRIES_OUT]->(c)
RETURN count(*) AS links
