UNWIND $issued AS row
MATCH (d:{{P}}Document {key: row.doc})
MATCH (b:{{P}}Body {key: row.body})
MERGE (d)-[:ISSUED_BY]->(b)
