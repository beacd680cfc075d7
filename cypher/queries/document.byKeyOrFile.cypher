// What the graph already holds for this key or source file: decides skip / replace / create.
OPTIONAL MATCH (byKey:Document {key: $key})
OPTIONAL MATCH (byFile:Document {sourceFile: $sourceFile})
WHERE byFile.ingested = true AND byFile.key <> $key
RETURN byKey.contentHash AS contentHash, byKey.ingested AS ingested, collect(byFile.key) AS replacedKeys
