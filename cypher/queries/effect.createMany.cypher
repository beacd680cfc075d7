// What an ingested document does to documents it cites (REPLACES, REPEALS, AMENDS, ...): one AFFECTS edge
// per act and part, from the acting document to the affected one. The cited node exists already
// (citation.createMany runs first). `effectiveOn` is the day the act takes effect: the acting document's
// date of effect, else its date of issue.
UNWIND $effects AS row
MATCH (d:Document {key: row.documentKey})
MATCH (c:Document {key: row.key})
CREATE (d)-[r:AFFECTS]->(c)
SET r = row.props
RETURN count(r) AS effects
