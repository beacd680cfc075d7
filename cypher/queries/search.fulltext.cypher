// Full-text search over document titles, task text and body names (the folded copies, so a query without
// diacritics finds text with them). $query is a Lucene query built from folded words only; $labels keeps
// only some kinds of node (null = all).
CALL db.index.fulltext.queryNodes('search_folded', $query) YIELD node, score
WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
WITH collect({node: node, score: score}) AS matches
RETURN size(matches) AS total,
       [hit IN matches[$skip..$end] | {
          label: head([l IN labels(hit.node) WHERE l IN ['Document', 'Task', 'Body']]),
          score: hit.score,
          props: properties(hit.node)
       }] AS items
