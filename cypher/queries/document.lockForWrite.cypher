// Takes the write lock of each document about to be written (creating the node when it is new), then reads
// what the graph holds for it. Concurrent writers of the same key wait here for each other, so the later
// one sees the earlier one's text and answers UNCHANGED or UPDATED instead of racing on constraints.
// $docs comes sorted by key, so writers of several documents lock in the same order.
// `knownTexts` are the texts the document was already read from, one per version (its text's hash and its
// file's hash): a file holding one of them is a form the graph already has, not a new version. `extractionHash`
// fingerprints what extraction read in the current text (documentRows.extractionHashOf).
UNWIND $docs AS doc
MERGE (d:Document {key: doc.key})
ON CREATE SET d.ingested = false
SET d.writeLock = true
REMOVE d.writeLock
RETURN doc.key AS key, d.ingested AS ingested, d.contentHash AS contentHash, d.textLength AS textLength,
       d.sourceFile AS sourceFile, d.sourceHash AS sourceHash, d.extractionHash AS extractionHash,
       toString(d.ingestedAt) AS ingestedAt,
       COUNT { (d)-[:HAS_TASK]->(:Task) } AS tasks,
       COUNT { (d)-[:CITES]->(:Document) } AS citations,
       [(d)-[:HAS_VERSION]->(v:Version) | v.number] AS versionNumbers,
       [(d)-[:HAS_VERSION]->(v:Version) | {number: v.number, contentHash: v.contentHash, sourceHash: v.sourceHash}] AS knownTexts
