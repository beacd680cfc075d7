// Full-text search over document titles, task text and body names (the folded copies, so a query without
// diacritics finds text with them). $query is a Lucene query built from folded words only; $labels keeps
// only some kinds of node (null = all).
// One pass over the index for the count and the page: the first $countCap + 1 hits of the ranking's stream
// are read once, counted, and the page is cut from them. The stream is the full ranking, as in
// search.fulltextStream (pages past the cap), so equal scores keep one order on every page: the index's top-N
// of different N order them differently, so no page asks the index for a top-N.
CALL db.index.fulltext.queryNodes('search_folded', $query, {}) YIELD node, score
WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
WITH node, score LIMIT $countCap + 1
WITH collect({node: node, score: score}) AS hits
RETURN size(hits) AS total,
  [hit IN hits[$skip..$skip + $limit] | {
    label: head([l IN labels(hit.node) WHERE l IN ['Document', 'Task', 'Body']]),
    score: hit.score,
    props: properties(hit.node)
  }] AS items
