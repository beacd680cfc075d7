// A document stops being ingested (deleted, or its file now yields another key). If others still cite it,
// it stays as a cited-only node without its own text's properties; otherwise it goes.
MATCH (d:Document {key: $key})
OPTIONAL MATCH (d)-[r:CITES|ISSUED_BY|MAY_BE|MENTIONS]->()
DELETE r
WITH DISTINCT d
CALL (d) {
  WITH d WHERE EXISTS { (:Document)-[:CITES|MAY_BE]->(d) } OR EXISTS { (:Task)-[:CARRIES_OUT]->(d) }
  SET d.ingested = false
  REMOVE d.sourceFile, d.sourceFormat, d.sourceHash, d.contentHash, d.ingestedAt, d.warnings, d.signer, d.place, d.notes
}
CALL (d) {
  WITH d WHERE NOT EXISTS { (:Document)-[:CITES|MAY_BE]->(d) } AND NOT EXISTS { (:Task)-[:CARRIES_OUT]->(d) }
  DETACH DELETE d
}
RETURN count(*) AS retired
