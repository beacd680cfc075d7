UNWIND $tasks AS row
MATCH (d:Document {key: row.props.documentKey})
CREATE (t:Task)
SET t = row.props, t.status = 'NOT_STARTED'
CREATE (d)-[:HAS_TASK]->(t)
WITH t, row
CALL (t, row) {
  MATCH (s:Section {key: row.sectionKey})
  CREATE (s)-[:HAS_TASK]->(t)
}
RETURN count(t) AS tasks
