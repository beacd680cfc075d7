// Full-text search over document titles, task text and body names (the folded copies, so a query without
// diacritics finds text with them). $query is a Lucene query built from folded words only; $labels keeps
// only some kinds of node (null = all). The ranking: best score first, equal scores in key order.
// The index is asked for its top $indexLimit hits: with a limit Lucene skips documents that cannot enter
// them instead of scoring and queueing every match (as a query without a limit does), so a common word at
// 100k documents costs about what a bare top-10 lookup costs. The read gives the count (up to the limit)
// and the page, in one pass.
// Equal scores at the cut may go on past it, and which of them the index kept is its choice: only positions
// scoring above the cut are certain (`known`). When the page reaches past them, or a kind filter leaves the
// count unknown, `items` is null and the caller reads deeper, then every match in order (search.fulltextAll).
CALL db.index.fulltext.queryNodes('search_folded', $query, {limit: $indexLimit}) YIELD node, score
WITH node, score ORDER BY score DESC, node.key
WITH collect({node: node, score: score}) AS read
WITH size(read) = $indexLimit AS cut, last(read).score AS cutScore,
  [hit IN read WHERE $labels IS NULL OR any(l IN labels(hit.node) WHERE l IN $labels)] AS hits
WITH hits, cut, CASE WHEN cut THEN size([hit IN hits WHERE hit.score > cutScore]) ELSE size(hits) END AS known
RETURN size(hits) AS total, cut,
  CASE WHEN NOT cut OR $skip + $limit <= known THEN [hit IN hits[$skip..$skip + $limit] | head([n IN [hit.node] | {
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
  }])] END AS items
