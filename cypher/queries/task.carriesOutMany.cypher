UNWIND $rows AS row
MATCH (t:Task {key: row.taskKey})
MATCH (c:Document {key: row.documentKey})
MERGE (t)-[:CARRIES_OUT]->(c)
RETURN count(*) AS links
