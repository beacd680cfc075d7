// Diacritic-insensitive search. The folded copies are computed in TypeScript (NFD, strip marks, đ->d,
// lower case) because Neo4j's `standard-folding` analyzer drops English stop words first, and unaccented
// Vietnamese words such as "an", "to", "the" would vanish. Queries are folded the same way.
CREATE FULLTEXT INDEX search_folded IF NOT EXISTS
FOR (n:Document|Task|Body) ON EACH [n.titleFolded, n.textFolded, n.nameFolded]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words' } };
