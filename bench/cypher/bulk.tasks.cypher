UNWIND $tasks AS row
MATCH (d:{{P}}Document {key: row.doc})
MERGE (t:{{P}}Task {key: row.key})
SET t = row.props, t.status = 'NOT_STARTED'
MERGE (d)-[:HAS_TASK]->(t)
WITH t, row
WHERE row.sectionKey IS NOT NULL
MATCH (s:{{P}}Section {key: row.sectionKey})
MERGE (s)-[:HAS_TASK]->(t)
