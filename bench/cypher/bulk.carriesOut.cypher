UNWIND $carriesOut AS row
MATCH (t:{{P}}Task {key: row.taskKey})
MATCH (c:{{P}}Document {key: row.documentKey})
MERGE (t)-[:CARRIES_OUT]->(c)
