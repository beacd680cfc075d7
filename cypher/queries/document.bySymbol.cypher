// Documents whose folded symbol is one of $symbolsFolded (indexed); the caller narrows by jurisdiction.
MATCH (d:Document)
WHERE d.symbolFolded IN $symbolsFolded
RETURN d {.*, ingestedAt: toString(d.ingestedAt)} AS doc
ORDER BY d.ingested DESC, d.key
