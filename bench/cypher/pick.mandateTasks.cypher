UNWIND $keys AS key
MATCH (:Document {key: key})-[:HAS_TASK]->(t:Task)
WITH key, t ORDER BY t.ordinal
WITH key, collect(t.key)[0..2] AS tasks
UNWIND tasks AS task
RETURN task AS key
