// Possible identities between a document whose text carries no number and a numbered document of the
// same kind and jurisdiction, where one side is among $keys (the document just ingested and what it cites).
CALL () {
  UNWIND $keys AS key
  MATCH (u:Document {key: key, ingested: true}) WHERE u.symbol IS NULL AND u.kind IS NOT NULL
  MATCH (n:Document {kind: u.kind}) WHERE n.symbol IS NOT NULL AND n.jurisdiction = u.jurisdiction
  RETURN u, n
  UNION
  UNWIND $keys AS key
  MATCH (n:Document {key: key}) WHERE n.symbol IS NOT NULL
  MATCH (u:Document {kind: n.kind, ingested: true}) WHERE u.symbol IS NULL AND u.jurisdiction = n.jurisdiction
  RETURN u, n
}
RETURN u.key AS unnumberedKey, u.title AS unnumberedTitle, u.issuer AS unnumberedIssuer, u.date AS unnumberedDate,
       n.key AS numberedKey, n.title AS numberedTitle, n.issuer AS numberedIssuer, n.date AS numberedDate
