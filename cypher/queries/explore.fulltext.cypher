// The search box's full-text part: the best $limit documents, tasks and bodies for the Lucene queries
// ($query for titles and task texts, $bodyQuery for names, abbreviations written out), each list kept to
// $jurisdiction when the query names a province (a task by its document's key).
CALL () {
  CALL db.index.fulltext.queryNodes('search_folded', $query) YIELD node, score
  WITH node, score WHERE node:Document AND ($jurisdiction IS NULL OR node.jurisdiction = $jurisdiction)
  WITH node ORDER BY score DESC LIMIT $limit
  RETURN collect(node {.*, ingestedAt: toString(node.ingestedAt)}) AS documents
}
CALL () {
  CALL db.index.fulltext.queryNodes('search_folded', $query) YIELD node, score
  WITH node, score WHERE node:Task AND ($jurisdiction IS NULL OR node.documentKey ENDS WITH '@' + $jurisdiction)
  WITH node ORDER BY score DESC LIMIT $limit
  RETURN collect(properties(node)) AS tasks
}
CALL () {
  CALL db.index.fulltext.queryNodes('search_folded', $bodyQuery) YIELD node, score
  WITH node, score WHERE node:Body AND ($jurisdiction IS NULL OR node.jurisdiction = $jurisdiction)
  WITH node ORDER BY score DESC LIMIT $limit
  RETURN collect({{>bodyFields(node)}}) AS bodies
}
RETURN documents, tasks, bodies
