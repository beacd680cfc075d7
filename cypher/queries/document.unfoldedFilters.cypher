// Documents whose province or issuer has no folded copy yet (stored before migration 0008), a batch at a time.
MATCH (d:Document)
WHERE (d.jurisdiction IS NOT NULL AND d.jurisdictionFolded IS NULL) OR (d.issuer IS NOT NULL AND d.issuerFolded IS NULL)
RETURN d.key AS key, d.jurisdiction AS jurisdiction, d.issuer AS issuer
LIMIT $limit
