// Every body a document names, so "which documents name this body" is answerable and a body named by no
// remaining document can be pruned. The document's outgoing edges were cleared before its rows are written
// (documentRemoval.replaceOwned), so these are new: CREATE, one row per (document, body).
UNWIND $rows AS row
MATCH (d:Document {key: row.documentKey})
MATCH (b:Body {key: row.bodyKey})
CREATE (d)-[:MENTIONS]->(b)
RETURN count(*) AS links
