// The search floor: the full-text index alone returning the first page's ids and scores, nothing else.
CALL db.index.fulltext.queryNodes('search_folded', $query, {limit: $limit}) YIELD node, score
RETURN node.key AS key, score
