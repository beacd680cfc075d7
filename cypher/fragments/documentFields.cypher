// The fields of a Document record (toDocument in src/graph/records.ts) as a list of the values of the node named
// by the include's argument (`{{>documentFields(d)}}`), in the order of DOCUMENT_FIELDS there: the stored
// properties the API reads, not the folded copies kept for filters and search. A list, not a map: the driver
// decodes a map's twenty keys for every document, which cost as much as the values (lineage, pages of cited
// documents). One list, so a new Document field reaches every statement that returns one.
[NODE.key, NODE.kind, NODE.symbol, NODE.jurisdiction, NODE.date, NODE.title, NODE.titleRestored, NODE.titleRestoredShare, NODE.issuer, NODE.ingested, toString(NODE.ingestedAt), NODE.sourceFile, NODE.sourceFormat, NODE.sourceHash, NODE.signer, NODE.place, NODE.notes, NODE.warnings, NODE.effectiveFrom, NODE.effectiveUntil]
