// Documents each task carries out.
UNWIND $keys AS key
MATCH (:Task {key: key})-[:CARRIES_OUT]->(d:Document)
RETURN key, d {.key, .kind, .symbol, .jurisdiction, .date, .title, .titleRestored, .titleRestoredShare, .issuer, .ingested, ingestedAt: toString(d.ingestedAt), .sourceFile, .sourceFormat, .sourceHash, .signer, .place, .notes, .warnings, .effectiveFrom, .effectiveUntil} AS doc
ORDER BY key, d.key
