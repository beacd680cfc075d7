// The replacement chains around a document, each way, at most {{maxDepth}} steps of whole or partial
// replacement (AFFECTS kind REPLACES): `replacedBy` walks to the documents that replaced it and what
// replaced those (the current version is at the far end), `replaces` to the documents it replaced.
MATCH (root:Document {key: $key})
WITH root,
  COLLECT {
    MATCH p = (root)<-[:AFFECTS*1..{{maxDepth}}]-(:Document)
    WHERE all(r IN relationships(p) WHERE r.kind = 'REPLACES')
    RETURN p LIMIT $maxPaths + 1
  } AS replacedBy,
  COLLECT {
    MATCH p = (root)-[:AFFECTS*1..{{maxDepth}}]->(:Document)
    WHERE all(r IN relationships(p) WHERE r.kind = 'REPLACES')
    RETURN p LIMIT $maxPaths + 1
  } AS replaces
RETURN root {.*, ingestedAt: toString(root.ingestedAt)} AS root,
       [p IN replacedBy | [n IN nodes(p) | n.key]] AS replacedByPaths,
       [p IN replaces | [n IN nodes(p) | n.key]] AS replacesPaths,
       COLLECT {
         UNWIND replacedBy + replaces AS p UNWIND relationships(p) AS r
         WITH DISTINCT r
         RETURN {from: startNode(r).key, to: endNode(r).key, edge: properties(r)}
       } AS edges,
       COLLECT {
         UNWIND replacedBy + replaces AS p UNWIND nodes(p) AS n
         WITH DISTINCT n
         RETURN n {.*, ingestedAt: toString(n.ingestedAt)}
       } AS documents
