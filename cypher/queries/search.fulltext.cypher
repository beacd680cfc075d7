// Full-text search over document titles, task text and body names (the folded copies, so a query without
// diacritics finds text with them), one statement: the index lookup, then the page's records. $query is a
// Lucene query built from folded words only; $labels keeps only some kinds of node (null = all). The ranking:
// best score first, equal scores in key order. `total` counts the matches kept, exactly up to $countCap.
//
// The index is asked for its top $depths[0] hits: with a limit Lucene skips documents that cannot enter them
// instead of scoring and queueing every match (as a read without a limit does), so a common word at 100k
// documents costs about what a bare top-10 lookup costs. Equal scores at the cut may go on past it, and which
// of them the index kept is its choice: only positions scoring above the cut are certain. When the page reaches
// past them, or the count below $countCap is not known (a kind filter dropped hits), the next depth is read
// (the reads stop at the first that tells; rows are pulled one at a time). A null depth reads every match, in
// order, which always tells: it ends the list. `told` says which depth told (null: every match), so the API
// can start a repeated search there.
//
// Short on purpose: the driver sends the statement with every request in 1,400-byte socket writes, and a
// statement under about 1,200 bytes travels in one write with its parameters (each write costs the API more
// CPU than the rest of sending it). Hence one CALL for every depth, and the hits' properties as maps (below).
CALL () {
  UNWIND $depths AS depth
  CALL (depth) {
    CALL db.index.fulltext.queryNodes('search_folded', $query, CASE WHEN depth IS NULL THEN {} ELSE {limit: depth} END) YIELD node, score
    WITH node, score ORDER BY score DESC, node.key
    WITH collect({node: node, score: score}) AS read
    WITH depth IS NOT NULL AND size(read) = depth AS cut, last(read).score AS cutScore,
      [hit IN read WHERE $labels IS NULL OR any(l IN labels(hit.node) WHERE l IN $labels)] AS hits
    RETURN hits, cut AND (size(hits) <= $countCap OR $skip + $limit > size([hit IN hits WHERE hit.score > cutScore])) AS unsure
  }
  WITH depth, hits WHERE NOT unsure
  RETURN hits, depth AS told LIMIT 1
}
// Each hit as [score, task, body, document], the one set for its kind besides a task's document (read here: a
// hit list shows it beside the task). Maps of the stored properties, not the fragments' lists: the lists would
// double the statement's length (see above); the folded copies and hashes they add cost the API less to decode
// than a second socket write. toDocument, toTask and toBody take either form.
RETURN size(hits) AS total, told, [hit IN hits[$skip..$skip + $limit] | head([n IN [hit.node] | [hit.score,
  CASE WHEN n:Task THEN properties(n) END,
  CASE WHEN n:Body THEN properties(n) END,
  [d IN CASE WHEN n:Task THEN COLLECT { MATCH (d:Document {key: n.documentKey}) RETURN d } WHEN n:Document THEN [n] END | d {.*, ingestedAt: toString(d.ingestedAt)}][0]
]])] AS items
