// Full-text search over document titles, task text and body names (the folded copies, so a query without
// diacritics finds text with them), one statement: the index lookup, then the page's records. $query is a
// Lucene query built from folded words only; $labels keeps only some kinds of node (null = all). The ranking:
// best score first, equal scores in key order. `total` counts the matches kept, exactly up to $countCap.
//
// The index is asked for its top $depths[0] hits: with a limit Lucene skips documents that cannot enter them
// instead of scoring and queueing every match (as a read without a limit does), so a common word at 100k
// documents costs about what a bare top-10 lookup costs. Equal scores at the cut may go on past it, and which
// of them the index kept is its choice: only positions scoring above the cut are certain. When the page reaches
// past them, or the count below $countCap is not known (a kind filter dropped hits), the next depth is read,
// here in the same statement (the reads stop at the first that tells; rows are pulled one at a time); when no
// depth tells (a page far down the list, a long run of equal scores), every match is scored and sorted.
OPTIONAL CALL () {
  UNWIND $depths AS depth
  CALL (depth) {
    CALL db.index.fulltext.queryNodes('search_folded', $query, {limit: depth}) YIELD node, score
    WITH node, score ORDER BY score DESC, node.key
    WITH collect({node: node, score: score}) AS read
    WITH size(read) = depth AS cut, last(read).score AS cutScore,
      [hit IN read WHERE $labels IS NULL OR any(l IN labels(hit.node) WHERE l IN $labels)] AS hits
    RETURN hits, cut AND (size(hits) <= $countCap OR $skip + $limit > size([hit IN hits WHERE hit.score > cutScore])) AS unsure
  }
  WITH hits WHERE NOT unsure
  RETURN hits LIMIT 1
}
CALL (hits) {
  WITH hits WHERE hits IS NULL
  CALL db.index.fulltext.queryNodes('search_folded', $query) YIELD node, score
  WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
  WITH node, score ORDER BY score DESC, node.key
  RETURN collect({node: node, score: score}) AS every
}
WITH coalesce(hits, every) AS hits
RETURN size(hits) AS total,
  [hit IN hits[$skip..$skip + $limit] | head([n IN [hit.node] | {
    label: head([l IN labels(n) WHERE l IN ['Document', 'Task', 'Body']]),
    score: hit.score,
    // The fields of the record each kind becomes (toDocument, toTask, toBody), not the folded copies the index reads.
    props: CASE WHEN n:Task THEN {{>taskFields(n)}}
                WHEN n:Body THEN {{>bodyFields(n)}}
                ELSE {{>documentFields(n)}} END,
    // A task's document, which a hit list shows beside the task: read here instead of by a second statement.
    document: CASE WHEN n:Task THEN COLLECT {
      MATCH (d:Document {key: n.documentKey}) RETURN {{>documentFields(d)}}
    }[0] END
  }])] AS items
