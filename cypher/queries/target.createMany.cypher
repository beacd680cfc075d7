UNWIND $targets AS row
MATCH (t:Task {key: row.taskKey})
CREATE (g:Target)
SET g = row.props
CREATE (t)-[:HAS_TARGET]->(g)
WITH g, row
CALL (g, row) {
  WITH g, row WHERE row.indicator IS NOT NULL
  MERGE (i:Indicator {code: row.indicator})
  ON CREATE SET i.name = coalesce($indicatorNames[row.indicator], row.indicator)
  CREATE (g)-[:MEASURES]->(i)
}
RETURN count(g) AS targets
