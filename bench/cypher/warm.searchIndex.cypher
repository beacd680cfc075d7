// Warms the full-text index before search is measured: every match of the phrase, read once (index files and
// the matched nodes into the caches), so the API, its Cypher and the bare lookup all meet a warm index rather
// than the first of them paying for a graph just loaded.
CALL db.index.fulltext.queryNodes('search_folded', $query) YIELD node, score
RETURN count(node.key) AS matches, max(score) AS best
