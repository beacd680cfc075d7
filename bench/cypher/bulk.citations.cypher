UNWIND $citations AS row
MATCH (d:{{P}}Document {key: row.from})
MERGE (c:{{P}}Document {key: row.key})
ON CREATE SET c += row.cited, c.ingested = false
MERGE (d)-[r:CITES]->(c)
SET r = row.edge
