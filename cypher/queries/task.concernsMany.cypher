// Tasks are created in the same transaction: their edges are new (CREATE), one row per (task, indicator).
UNWIND $rows AS row
MATCH (t:Task {key: row.taskKey})
MERGE (i:Indicator {code: row.code})
ON CREATE SET i.name = coalesce($indicatorNames[row.code], row.code)
CREATE (t)-[:CONCERNS]->(i)
RETURN count(*) AS links
