// The documents that cite a document, and what cites those, up to {{maxDepth}} steps: every citation path from
// the root (at most $maxPaths + 1, so the caller can tell the answer was cut), with the documents on them.
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
RETURN root {.*, ingestedAt: toString(root.ingestedAt)} AS root,
       [p IN paths | {keys: [n IN nodes(p) | n.key], relations: [r IN relationships(p) | r.relation]}] AS paths,
       COLLECT { UNWIND paths AS p UNWIND nodes(p) AS n WITH DISTINCT n RETURN n {.*, ingestedAt: toString(n.ingestedAt)} } AS documents
