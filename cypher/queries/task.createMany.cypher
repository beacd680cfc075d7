MATCH (d:Document {key: $documentKey})
UNWIND $tasks AS row
CREATE (t:Task)
SET t = row.props, t.status = 'NOT_STARTED'
CREATE (d)-[:HAS_TASK]->(t)
WITH t, row
CALL (t, row) {
  MATCH (s:Section {key: row.sectionKey})
  CREATE (s)-[:HAS_TASK]->(t)
}
RETURN count(t) AS tasks
