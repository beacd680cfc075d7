// Documents by key, for the API's document loader: one row per key found (the caller restores key order).
UNWIND $keys AS key
MATCH (d:Document {key: key})
RETURN key, d {.key, .kind, .symbol, .jurisdiction, .date, .title, .titleRestored, .titleRestoredShare, .issuer, .ingested, ingestedAt: toString(d.ingestedAt), .sourceFile, .sourceFormat, .sourceHash, .signer, .place, .notes, .warnings, .effectiveFrom, .effectiveUntil} AS doc
