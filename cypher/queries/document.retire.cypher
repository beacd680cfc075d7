// A document stops being ingested (deleted). If anything still points to it (a citation, a MAY_BE, a task
// carrying it out), it stays as a cited-only node without its own text's properties; otherwise it goes.
// Its versions go with it: deleting is the explicit withdrawal of every text of it.
MATCH (d:Document {key: $key})
OPTIONAL MATCH (d)-[r:CITES|AFFECTS|ISSUED_BY|MAY_BE|MENTIONS]->()
DELETE r
WITH DISTINCT d
CALL (d) {
  MATCH (d)-[:HAS_VERSION]->(v:Version) DETACH DELETE v
}
CALL (d) {
  WITH d WHERE EXISTS { ()-->(d) }
  SET d.ingested = false
  REMOVE d.sourceFile, d.sourcePath, d.sourceFormat, d.sourceHash, d.contentHash, d.textLength, d.version, d.ingestedAt, d.warnings, d.signer, d.place, d.notes,
         d.effectiveFrom, d.effectiveFromRule, d.effectiveUntil, d.effectEvidence
}
CALL (d) {
  WITH d WHERE NOT EXISTS { ()-->(d) }
  DETACH DELETE d
}
RETURN count(*) AS retired
