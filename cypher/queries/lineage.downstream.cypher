// The documents that cite a document, and what cites those, up to {{maxDepth}} steps, from the citation paths
// from the root (at most $maxPaths + 1 are walked, so the caller can tell the answer was cut).
// $relations: the relations a path may use (null = all). $asOf: as in lineage.upstream (the citing
// documents are all but the root).
MATCH (root:Document {key: $key})
WITH root, COLLECT {
  MATCH p = (root)<-[:CITES*1..{{maxDepth}}]-(:Document)
  WHERE ($relations IS NULL OR all(r IN relationships(p) WHERE r.relation IN $relations))
    AND ($asOf IS NULL OR (all(n IN nodes(p) WHERE n.date IS NULL OR n.date <= $asOf)
      AND all(n IN nodes(p)[1..] WHERE ((n.effectiveFrom IS NULL OR n.effectiveFrom <= $asOf) AND (n.effectiveUntil IS NULL OR n.effectiveUntil >= $asOf)
         AND NOT EXISTS { MATCH (n)<-[x:AFFECTS]-() WHERE x.whole AND x.kind IN ['REPLACES', 'REPEALS', 'SUSPENDS'] AND coalesce(x.effectiveOn, $asOf) <= $asOf }))))
  RETURN relationships(p) AS path LIMIT $maxPaths + 1
} AS paths
// The answer's shape (each citation and document once; the chains walked by the caller): as in lineage.upstream,
// the near end of a citation being the cited document.
WITH root, paths[0..$maxPaths] AS used, size(paths) > $maxPaths AS truncated
CALL (used) {
  UNWIND used AS path
  UNWIND range(0, size(path) - 1) AS i
  WITH path[i] AS r, min(i) + 1 AS depth
  RETURN collect({r: r, depth: depth}) AS cited
}
CALL (cited) {
  UNWIND cited AS c
  WITH DISTINCT startNode(c.r) AS n
  RETURN collect({{>documentFields(n)}}) AS documents
}
RETURN {{>documentFields(root)}} AS root, truncated, documents,
  // [near key, far key, relation, depth] lists: hundreds of them at depth 6, and a list decodes without its keys.
  [c IN cited | [endNode(c.r).key, startNode(c.r).key, c.r.relation, c.depth]] AS steps
