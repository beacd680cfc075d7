// Documents whose folded symbol starts with one of $prefixes ("2898/", "05-"): the candidates for a number
// typed in a search box (an index seek per prefix); the caller keeps those whose symbol the query spells.
UNWIND $prefixes AS prefix
MATCH (d:Document)
WHERE d.symbolFolded STARTS WITH prefix
WITH DISTINCT d
RETURN d {.*, ingestedAt: toString(d.ingestedAt)} AS doc
ORDER BY d.ingested DESC, d.date DESC, d.key
LIMIT 200
