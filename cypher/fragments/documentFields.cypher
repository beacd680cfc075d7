// The fields of a Document record (toDocument in src/graph/records.ts) as a map projection of the node named by
// the include's argument (`{{>documentFields(d)}}`): the stored properties the API reads, not the folded copies
// kept for filters and search. One list, so a new Document field reaches every statement that returns one.
{.key, .kind, .symbol, .jurisdiction, .date, .title, .titleRestored, .titleRestoredShare, .issuer, .ingested, ingestedAt: toString(NODE.ingestedAt), .sourceFile, .sourceFormat, .sourceHash, .signer, .place, .notes, .warnings, .effectiveFrom, .effectiveUntil}
