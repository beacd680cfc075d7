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
  RETURN p LIMIT $maxPaths + 1
} AS paths
// The answer's shape (documents with their depth, citations, chains): as in lineage.upstream.
WITH root, paths[0..$maxPaths] AS used, size(paths) > $maxPaths AS truncated
RETURN root {{>documentFields(root)}} AS root,
       truncated,
       COLLECT {
         UNWIND used AS p
         UNWIND range(1, length(p)) AS i
         WITH nodes(p)[i] AS n, min(i) AS depth
         RETURN {depth: depth, document: n {{>documentFields(n)}}} AS reached
       } AS documents,
       COLLECT {
         UNWIND used AS p
         UNWIND range(0, length(p) - 1) AS i
         WITH relationships(p)[i] AS r, i
         WITH startNode(r).key AS from, endNode(r).key AS to, r.relation AS relation, min(i) + 1 AS depth
         RETURN {from: from, to: to, relation: relation, depth: depth} AS edge
       } AS edges,
       // A chain is kept when it is a path and no path is it plus one more step.
       COLLECT {
         UNWIND used AS p
         UNWIND [true, false] AS whole
         WITH CASE WHEN whole THEN nodes(p) ELSE nodes(p)[0..-1] END AS chain, whole
         WITH chain, collect(DISTINCT whole) AS seenAs
         WHERE seenAs = [true]
         RETURN [n IN chain | n.key] AS keys
       } AS chains
