// Possible identities between a document whose text carries no number and a numbered document of the
// same kind and jurisdiction, where one side is among $keys (the documents just ingested and what they cite).
// The numbered side is grouped by kind and jurisdiction first: a batch's keys name far fewer pairs than keys,
// and each pair's documents are read once, not once per key. Pairs identityCandidates.scoreIdentity refuses
// whatever their titles (a side without a title, two known dates that differ) are not returned.
CALL () {
  UNWIND $keys AS key
  MATCH (u:Document {key: key, ingested: true}) WHERE u.symbol IS NULL AND u.kind IS NOT NULL
  MATCH (n:Document {kind: u.kind}) WHERE n.symbol IS NOT NULL AND n.jurisdiction = u.jurisdiction
  RETURN u, n
  UNION
  UNWIND $keys AS key
  MATCH (n:Document {key: key}) WHERE n.symbol IS NOT NULL AND n.kind IS NOT NULL AND n.jurisdiction IS NOT NULL
  WITH n.kind AS kind, n.jurisdiction AS jurisdiction, collect(n) AS numbered
  MATCH (u:Document {kind: kind, jurisdiction: jurisdiction, ingested: true}) WHERE u.symbol IS NULL
  UNWIND numbered AS n
  RETURN u, n
}
WITH u, n
WHERE coalesce(u.title, '') <> '' AND coalesce(n.title, '') <> ''
  AND (coalesce(u.date, '') = '' OR coalesce(n.date, '') = '' OR u.date = n.date)
RETURN u.key AS unnumberedKey, u.title AS unnumberedTitle, u.issuer AS unnumberedIssuer, u.date AS unnumberedDate,
       n.key AS numberedKey, n.title AS numberedTitle, n.issuer AS numberedIssuer, n.date AS numberedDate
