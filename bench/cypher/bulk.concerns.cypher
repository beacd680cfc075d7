UNWIND $concerns AS row
MATCH (t:{{P}}Task {key: row.taskKey})
MERGE (i:{{P}}Indicator {code: row.code})
ON CREATE SET i.name = row.code
MERGE (t)-[:CONCERNS]->(i)
