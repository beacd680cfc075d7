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
CALL () {
  UNWIND $depths AS depth
  CALL (depth) {
    // Reading every match, only the keys of hits that can reach the page are read: a top read of $floorDepth
    // (kind filter applied) scores its hit at the page's last position no higher than the page's lowest score
    // (its hits are some of all the hits), so a hit scoring below that cannot reach the page and is left
    // unsorted among its equals. With tens of thousands of matches, reading every key was most of the read.
    OPTIONAL CALL (depth) {
      WITH depth WHERE depth IS NULL AND $floorDepth IS NOT NULL AND $skip + $limit > 0
      CALL db.index.fulltext.queryNodes('search_folded', $query, {limit: $floorDepth}) YIELD node, score
        WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
      RETURN score AS floor ORDER BY score DESC SKIP $skip + $limit - 1 LIMIT 1
    }
    CALL db.index.fulltext.queryNodes('search_folded', $query, CASE WHEN depth IS NULL THEN {} ELSE {limit: depth} END) YIELD node, score
    WITH node, score ORDER BY score DESC, CASE WHEN floor IS NULL OR score >= floor THEN node.key END
    WITH collect({node: node, score: score}) AS read
    WITH depth IS NOT NULL AND size(read) = depth AS cut, last(read).score AS cutScore,
      [hit IN read WHERE $labels IS NULL OR any(l IN labels(hit.node) WHERE l IN $labels)] AS hits
    RETURN hits, cut AND (size(hits) <= $countCap OR $skip + $limit > size([hit IN hits WHERE hit.score > cutScore])) AS unsure
  }
  WITH depth, hits WHERE NOT unsure
  RETURN hits, depth AS told LIMIT 1
}
// Each hit as [score, task fields, body fields, document fields], the one of task and body that is set saying
// the kind; the document is the hit itself or a task's document (read here: a hit list shows it beside the
// task), one projection for both. Lists, not maps (fewer keys to decode), in the order of the fragments.
RETURN size(hits) AS total, told, [hit IN hits[$skip..$skip + $limit] | head([n IN [hit.node] | [hit.score,
  CASE WHEN n:Task THEN {{>taskFields(n)}} END,
  CASE WHEN n:Body THEN {{>bodyFields(n)}} END,
  [d IN CASE WHEN n:Task THEN COLLECT { MATCH (d:Document {key: n.documentKey}) RETURN d } WHEN n:Document THEN [n] END | {{>documentFields(d)}}][0]
]])] AS items
