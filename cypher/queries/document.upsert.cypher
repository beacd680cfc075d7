UNWIND $docs AS doc
MERGE (d:Document {key: doc.document.key})
SET d += doc.document.props, d.ingested = true, d.ingestedAt = datetime()
WITH d, doc
CALL (d, doc) {
  WITH d, doc WHERE doc.issuer IS NOT NULL
  MERGE (b:Body {key: doc.issuer.key})
  ON CREATE SET b.name = doc.issuer.name, b.nameFolded = doc.issuer.nameFolded,
                b.jurisdiction = doc.issuer.jurisdiction, b.aliases = [], b.group = doc.issuer.group
  // The header's spelling joins every other name seen for the body.
  SET b.aliases = reduce(acc = coalesce(b.aliases, []), a IN doc.issuer.aliases | CASE WHEN a IN acc THEN acc ELSE acc + a END)
  // The document's outgoing edges were cleared before its rows are written: this one is new.
  CREATE (d)-[:ISSUED_BY]->(b)
}
RETURN count(d) AS documents
