// Every body a document names, so "which documents name this body" is answerable and a body named by no
// remaining document can be pruned.
UNWIND $rows AS row
MATCH (d:Document {key: row.documentKey})
MATCH (b:Body {key: row.bodyKey})
MERGE (d)-[:MENTIONS]->(b)
RETURN count(*) AS links
