// What the graph already holds for each document's key or source file: decides skip / replace / create.
UNWIND $docs AS doc
OPTIONAL MATCH (byKey:Document {key: doc.key})
CALL (doc) {
  OPTIONAL MATCH (byFile:Document {sourceFile: doc.sourceFile})
  WHERE byFile.ingested = true AND byFile.key <> doc.key
  RETURN collect(byFile.key) AS replacedKeys
}
RETURN doc.key AS key, byKey.contentHash AS contentHash, byKey.ingested AS ingested, replacedKeys
