MERGE (d:Document {key: $doc.key})
SET d += $doc.props, d.ingested = true, d.ingestedAt = datetime()
WITH d
CALL (d) {
  WITH d WHERE $issuer IS NOT NULL
  MERGE (b:Body {key: $issuer.key})
  ON CREATE SET b.name = $issuer.name, b.nameFolded = $issuer.nameFolded,
                b.jurisdiction = $issuer.jurisdiction, b.aliases = $issuer.aliases, b.group = $issuer.group
  MERGE (d)-[:ISSUED_BY]->(b)
}
RETURN d.key AS key
