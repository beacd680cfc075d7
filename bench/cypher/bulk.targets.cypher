UNWIND $targets AS row
MATCH (t:{{P}}Task {key: row.taskKey})
MERGE (g:{{P}}Target {key: row.key})
SET g = row.props
MERGE (t)-[:HAS_TARGET]->(g)
WITH g, row
WHERE row.indicator IS NOT NULL
MERGE (i:{{P}}Indicator {code: row.indicator})
ON CREATE SET i.name = row.indicator
MERGE (g)-[:MEASURES]->(i)
