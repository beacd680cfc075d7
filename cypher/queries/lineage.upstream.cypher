// The documents a document cites, and what those cite, up to {{maxDepth}} steps: every citation path from
// the root (at most $maxPaths + 1, so the caller can tell the answer was cut), with the documents on them.
// $relations: the relations a path may use (null = all).
MATCH (root:Document {key: $key})
WITH root, COLLECT {
  MATCH p = (root)-[:CITES*1..{{maxDepth}}]->(:Document)
  WHERE $relations IS NULL OR all(r IN relationships(p) WHERE r.relation IN $relations)
  RETURN p LIMIT $maxPaths + 1
} AS paths
RETURN root {.*, ingestedAt: toString(root.ingestedAt)} AS root,
       [p IN paths | {keys: [n IN nodes(p) | n.key], relations: [r IN relationships(p) | r.relation]}] AS paths,
       COLLECT { UNWIND paths AS p UNWIND nodes(p) AS n WITH DISTINCT n RETURN n {.*, ingestedAt: toString(n.ingestedAt)} } AS documents
