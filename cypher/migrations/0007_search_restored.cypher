// Search also matches restored text: a damaged OCR title ("cai cich hanh chinh") is found by its correct words
// ("cải cách hành chính") through the folded copy of its restored form. A full-text index's fields cannot be
// altered, so it is dropped and created again with the two new fields (Neo4j repopulates it).
DROP INDEX search_folded IF EXISTS;
CREATE FULLTEXT INDEX search_folded IF NOT EXISTS
FOR (n:Document|Task|Body) ON EACH [n.titleFolded, n.textFolded, n.nameFolded, n.titleRestoredFolded, n.textRestoredFolded]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words' } };
