// Documents whose folded symbol starts with one of $prefixes ("2898/", "05-"): the candidates for a number
// typed in a search box; the caller keeps those whose symbol the query spells.
MATCH (d:Document)
WHERE any(p IN $prefixes WHERE d.symbolFolded STARTS WITH p)
RETURN d {.*, ingestedAt: toString(d.ingestedAt)} AS doc
ORDER BY d.ingested DESC, d.date DESC, d.key
LIMIT 200
