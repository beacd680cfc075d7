// The documents a document cites, and what those cite, up to {{maxDepth}} steps, from the citation paths
// from the root (at most $maxPaths + 1 are walked, so the caller can tell the answer was cut).
// $relations: the relations a path may use (null = all). $asOf (ISO date or null): only documents issued by
// then, through links in force on it (a citing document in force that day: not yet replaced, repealed or
// suspended as a whole, within its own dates of effect).
MATCH (root:Document {key: $key})
WITH root, COLLECT {
  MATCH p = (root)-[:CITES*1..{{maxDepth}}]->(:Document)
  WHERE ($relations IS NULL OR all(r IN relationships(p) WHERE r.relation IN $relations))
    AND ($asOf IS NULL OR (all(n IN nodes(p) WHERE n.date IS NULL OR n.date <= $asOf)
      AND all(n IN nodes(p)[0..-1] WHERE ((n.effectiveFrom IS NULL OR n.effectiveFrom <= $asOf) AND (n.effectiveUntil IS NULL OR n.effectiveUntil >= $asOf)
         AND NOT EXISTS { MATCH (n)<-[x:AFFECTS]-() WHERE x.whole AND x.kind IN ['REPLACES', 'REPEALS', 'SUSPENDS'] AND coalesce(x.effectiveOn, $asOf) <= $asOf }))))
  RETURN relationships(p) AS path LIMIT $maxPaths + 1
} AS paths
// The subgraph the paths cover, each citation once with the steps from the root to its far end (its fewest
// position on a path), and each document it reaches once. Only the first $maxPaths paths count; truncated says
// there were more. The chains are walked from these citations by the caller (walkChains in
// src/graph/lineageQueries.ts): building, unwinding and de-duplicating every path's node list here was most of
// the statement's time at depth 6 (about 2,000 paths for a busy document at 10k), growing with the paths
// rather than with the documents returned.
WITH root, paths[0..$maxPaths] AS used, size(paths) > $maxPaths AS truncated
CALL (used) {
  UNWIND used AS path
  UNWIND range(0, size(path) - 1) AS i
  WITH path[i] AS r, min(i) + 1 AS depth
  RETURN collect({r: r, depth: depth}) AS cited
}
CALL (cited) {
  UNWIND cited AS c
  WITH DISTINCT endNode(c.r) AS n
  RETURN collect({{>documentFields(n)}}) AS documents
}
RETURN {{>documentFields(root)}} AS root, truncated, documents,
  // [near key, far key, relation, depth] lists: hundreds of them at depth 6, and a list decodes without its keys.
  [c IN cited | [startNode(c.r).key, endNode(c.r).key, c.r.relation, c.depth]] AS steps
