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
// A read of every match sorts by key only the hits that can reach the page: the last top read's hit at the
// page's last position (kind filter applied) scores no higher than the page's lowest score (its hits are some of
// all the hits), so a hit scoring below it cannot reach the page and is left unsorted among its equals; with tens
// of thousands of matches, reading every key was most of the read. That bound comes from the top reads already
// made, not from a read of its own: no Lucene pass is repeated ($depths starts with a top read whenever the page
// is shallow enough for one; with [null] alone every key is sorted).
CALL () {
  OPTIONAL CALL () {
    UNWIND [d IN $depths WHERE d IS NOT NULL] AS depth
    CALL (depth) {
      CALL db.index.fulltext.queryNodes('search_folded', $query, {limit: depth}) YIELD node, score
      WITH node, score ORDER BY score DESC, node.key
      WITH collect({node: node, score: score}) AS read
      WITH size(read) = depth AS cut, last(read).score AS cutScore,
        [hit IN read WHERE $labels IS NULL OR any(l IN labels(hit.node) WHERE l IN $labels)] AS hits
      RETURN hits, cut AND (size(hits) <= $countCap OR $skip + $limit > size([hit IN hits WHERE hit.score > cutScore])) AS unsure
    }
    // The first read that tells, else the last top read (its hits bound the read of every match).
    WITH depth, hits, unsure WHERE NOT unsure OR depth = last([d IN $depths WHERE d IS NOT NULL])
    RETURN depth, hits AS topHits, unsure LIMIT 1
  }
  OPTIONAL CALL (topHits, unsure) {
    WITH topHits WHERE unsure IS NULL OR unsure
    WITH CASE WHEN $skip + $limit > 0 THEN topHits[$skip + $limit - 1].score END AS floor
    // Its own subquery: a list of no matches is still one row, and none when no read of every match is needed.
    // Only the page and one hit past the count cap are kept (filtered first): the count stops at the cap anyway,
    // and a sort that keeps a few rows costs less than listing every match.
    CALL (floor) {
      CALL db.index.fulltext.queryNodes('search_folded', $query, {}) YIELD node, score
        WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
      WITH node, score ORDER BY score DESC, CASE WHEN floor IS NULL OR score >= floor THEN node.key END
        LIMIT CASE WHEN $skip + $limit > $countCap THEN $skip + $limit ELSE $countCap + 1 END
      RETURN collect({node: node, score: score}) AS allHits
    }
    RETURN allHits
  }
  RETURN CASE WHEN allHits IS NULL THEN topHits ELSE allHits END AS hits, CASE WHEN allHits IS NULL THEN depth END AS told
}
// Each hit as [score, task fields, body fields, document fields], the one of task and body that is set saying
// the kind; the document is the hit itself or a task's document (read here: a hit list shows it beside the
// task), one projection for both. Lists, not maps (fewer keys to decode), in the order of the fragments.
RETURN size(hits) AS total, told, [hit IN hits[$skip..$skip + $limit] | head([n IN [hit.node] | [hit.score,
  CASE WHEN n:Task THEN {{>taskFields(n)}} END,
  CASE WHEN n:Body THEN {{>bodyFields(n)}} END,
  [d IN CASE WHEN n:Task THEN COLLECT { MATCH (d:Document {key: n.documentKey}) RETURN d } WHEN n:Document THEN [n] END | {{>documentFields(d)}}][0]
]])] AS items
