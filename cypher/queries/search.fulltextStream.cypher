// Full-text search over document titles, task text and body names (the folded copies, so a query without
// diacritics finds text with them). $query is a Lucene query built from folded words only; $labels keeps
// only some kinds of node (null = all).
// Used for pages beyond the first $countCap hits (search.fulltext serves the others in one pass).
// The page is read from the index's ranked stream and stops at its end (no list of every match is built);
// $pageOptions stays empty so equal scores keep one order on every page. The count stops after
// $countCap + 1 hits ($countOptions may let the index stop there too), so a common word costs a bounded
// lookup instead of every match; the caller reports "at least $countCap" then.
CALL (*) {
  CALL db.index.fulltext.queryNodes('search_folded', $query, $countOptions) YIELD node
  WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
  WITH node LIMIT $countCap + 1
  RETURN count(node) AS total
}
CALL (*) {
  CALL db.index.fulltext.queryNodes('search_folded', $query, $pageOptions) YIELD node, score
  WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
  WITH node, score SKIP $skip LIMIT $limit
  RETURN collect({
    label: head([l IN labels(node) WHERE l IN ['Document', 'Task', 'Body']]),
    score: score,
    props: properties(node)
  }) AS items
}
RETURN total, items
