// Full-text search over document titles, task text and body names (the folded copies, so a query without
// diacritics finds text with them). $query is a Lucene query built from folded words only; $labels keeps
// only some kinds of node (null = all).
// The page is taken from the index's own ranking: without a label filter the index itself stops at the
// page's end ($pageOptions.limit), with one the filter runs on the index's stream and stops there. The count
// stops after $countCap + 1 hits, so a common word costs a bounded lookup instead of every match; the caller
// reports "at least $countCap" then.
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
