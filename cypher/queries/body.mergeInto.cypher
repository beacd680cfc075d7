// One body node instead of two: everything pointing at $from (issued documents, mentions, assignments with
// their properties) moves to $to (created with $name when missing), the names seen are joined, $from goes.
// A moved assignment's bodyKey becomes $to's: the index that pages a body's tasks reads it (migration 0010).
MATCH (src:Body {key: $from})
MERGE (dst:Body {key: $to})
ON CREATE SET dst.name = $name, dst.nameFolded = $nameFolded, dst.jurisdiction = src.jurisdiction,
              dst.group = coalesce(src.group, false), dst.aliases = []
SET dst.aliases = reduce(acc = coalesce(dst.aliases, []), a IN coalesce(src.aliases, []) + [src.name] |
                         CASE WHEN a IS NULL OR a IN acc THEN acc ELSE acc + a END)
WITH src, dst
CALL (src, dst) {
  MATCH (d:Document)-[r:ISSUED_BY]->(src)
  MERGE (d)-[:ISSUED_BY]->(dst)
  DELETE r
}
CALL (src, dst) {
  MATCH (d:Document)-[r:MENTIONS]->(src)
  MERGE (d)-[:MENTIONS]->(dst)
  DELETE r
}
CALL (src, dst) {
  MATCH (t:Task)-[r:ASSIGNED_TO]->(src)
  MERGE (t)-[n:ASSIGNED_TO {role: r.role}]->(dst)
  SET n += properties(r), n.bodyKey = dst.key
  DELETE r
}
DETACH DELETE src
RETURN dst.key AS key
