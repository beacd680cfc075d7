UNWIND $rows AS row
MATCH (t:Task {key: row.taskKey})
MERGE (i:Indicator {code: row.code})
ON CREATE SET i.name = coalesce($indicatorNames[row.code], row.code)
MERGE (t)-[:CONCERNS]->(i)
RETURN count(*) AS links
