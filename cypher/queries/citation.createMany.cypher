// A cited document that is not ingested is still a node (ingested = false); its properties are filled
// from the first claims seen and never override what its own text says once it is ingested.
UNWIND $citations AS row
MATCH (d:Document {key: row.documentKey})
MERGE (c:Document {key: row.key})
ON CREATE SET c += row.cited, c.ingested = false
SET c.title = coalesce(c.title, row.cited.title),
    c.titleFolded = coalesce(c.titleFolded, row.cited.titleFolded),
    c.date = coalesce(c.date, row.cited.date),
    c.issuer = coalesce(c.issuer, row.cited.issuer),
    c.issuerFolded = coalesce(c.issuerFolded, row.cited.issuerFolded)
CREATE (d)-[r:CITES]->(c)
SET r = row.edge
RETURN count(r) AS citations
