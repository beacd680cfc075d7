// Every body with what decides its canonical key: the name, the names seen, and whether a document names it
// as its issuer (such nodes were keyed by the header's spelling before issuers resolved like other bodies).
// $jurisdiction: only that jurisdiction's bodies (null = all).
MATCH (b:Body)
WHERE $jurisdiction IS NULL OR b.jurisdiction = $jurisdiction
RETURN b.key AS key, b.name AS name, b.jurisdiction AS jurisdiction, coalesce(b.aliases, []) AS aliases,
       EXISTS { (:Document)-[:ISSUED_BY]->(b) } AS issuer
ORDER BY b.key
