// Full-text search over document titles, task text and body names, every match in ranking order: best score
// first, equal scores in key order (the order search.fulltext serves). $labels keeps only some kinds of node
// (null = all). Used when search.fulltext's deepest top read cannot tell the page or the count (a page far
// down the list, a long run of equal scores, a kind filter few of the top hits pass). It scores and sorts every
// match, so it costs what the whole match list costs.
CALL db.index.fulltext.queryNodes('search_folded', $query) YIELD node, score
WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
WITH node, score ORDER BY score DESC, node.key
WITH collect({node: node, score: score}) AS hits
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
