// The shortest citation chains between two documents, whichever of the two cites (through others) the
// other: all shortest paths each way, up to {{maxDepth}} steps, keeping those of the smallest length.
// Callers handle $fromKey = $toKey (shortest-path search needs two distinct nodes). $asOf: as in
// lineage.walk (the citing documents of a path are all but its last).
OPTIONAL MATCH (a:Document {key: $fromKey})
OPTIONAL MATCH (b:Document {key: $toKey})
WITH a, b, CASE WHEN a IS NULL OR b IS NULL THEN [] ELSE
  COLLECT {
    MATCH p = allShortestPaths((a)-[:CITES*1..{{maxDepth}}]->(b))
    WHERE ($relations IS NULL OR all(r IN relationships(p) WHERE r.relation IN $relations))
      AND ($asOf IS NULL OR (all(n IN nodes(p) WHERE n.date IS NULL OR n.date <= $asOf)
        AND all(n IN nodes(p)[0..-1] WHERE ((n.effectiveFrom IS NULL OR n.effectiveFrom <= $asOf) AND (n.effectiveUntil IS NULL OR n.effectiveUntil >= $asOf)
         AND NOT EXISTS { MATCH (n)<-[x:AFFECTS]-() WHERE x.whole AND x.kind IN ['REPLACES', 'REPEALS', 'SUSPENDS'] AND coalesce(x.effectiveOn, $asOf) <= $asOf }))))
    RETURN p
  } + COLLECT {
    MATCH p = allShortestPaths((b)-[:CITES*1..{{maxDepth}}]->(a))
    WHERE ($relations IS NULL OR all(r IN relationships(p) WHERE r.relation IN $relations))
      AND ($asOf IS NULL OR (all(n IN nodes(p) WHERE n.date IS NULL OR n.date <= $asOf)
        AND all(n IN nodes(p)[0..-1] WHERE ((n.effectiveFrom IS NULL OR n.effectiveFrom <= $asOf) AND (n.effectiveUntil IS NULL OR n.effectiveUntil >= $asOf)
         AND NOT EXISTS { MATCH (n)<-[x:AFFECTS]-() WHERE x.whole AND x.kind IN ['REPLACES', 'REPEALS', 'SUSPENDS'] AND coalesce(x.effectiveOn, $asOf) <= $asOf }))))
    RETURN p
  } END AS found
WITH a, b, found, reduce(best = 1000, p IN found | CASE WHEN length(p) < best THEN length(p) ELSE best END) AS best
RETURN a IS NOT NULL AS fromExists, b IS NOT NULL AS toExists,
       [p IN found WHERE length(p) = best | {
         documents: [n IN nodes(p) | n {.*, ingestedAt: toString(n.ingestedAt)}],
         citations: [r IN relationships(p) | {from: startNode(r).key, to: endNode(r).key, edge: properties(r)}]
       }][0..$maxPaths] AS paths
