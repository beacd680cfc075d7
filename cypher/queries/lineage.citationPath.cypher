// The shortest citation chains between two documents, whichever of the two cites (through others) the
// other: all shortest paths each way, up to {{maxDepth}} steps, keeping those of the smallest length.
// Callers handle $fromKey = $toKey (shortest-path search needs two distinct nodes).
OPTIONAL MATCH (a:Document {key: $fromKey})
OPTIONAL MATCH (b:Document {key: $toKey})
WITH a, b, CASE WHEN a IS NULL OR b IS NULL THEN [] ELSE
  COLLECT {
    MATCH p = allShortestPaths((a)-[:CITES*1..{{maxDepth}}]->(b))
    WHERE $relations IS NULL OR all(r IN relationships(p) WHERE r.relation IN $relations)
    RETURN p
  } + COLLECT {
    MATCH p = allShortestPaths((b)-[:CITES*1..{{maxDepth}}]->(a))
    WHERE $relations IS NULL OR all(r IN relationships(p) WHERE r.relation IN $relations)
    RETURN p
  } END AS found
WITH a, b, found, reduce(best = 1000, p IN found | CASE WHEN length(p) < best THEN length(p) ELSE best END) AS best
RETURN a IS NOT NULL AS fromExists, b IS NOT NULL AS toExists,
       [p IN found WHERE length(p) = best | {
         documents: [n IN nodes(p) | n {.*, ingestedAt: toString(n.ingestedAt)}],
         citations: [r IN relationships(p) | {from: startNode(r).key, to: endNode(r).key, edge: properties(r)}]
       }][0..$maxPaths] AS paths
