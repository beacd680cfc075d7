// Everything a document owns: its sections, tasks, targets and outgoing edges. Nodes that other
// documents point to (cited documents, bodies, indicators) stay; the ones it alone pointed to are
// returned so the caller can prune exactly those.
OPTIONAL MATCH (d:Document {key: $key})
CALL (d) {
  OPTIONAL MATCH (d)-[:CITES|MAY_BE]->(c:Document)
  RETURN collect(DISTINCT c.key) AS citedKeys
}
CALL (d) {
  OPTIONAL MATCH (d)-[:ISSUED_BY]->(b:Body)
  RETURN collect(DISTINCT b.key) AS issuerKeys
}
CALL {
  OPTIONAL MATCH (:Task {documentKey: $key})-[:ASSIGNED_TO]->(b:Body)
  RETURN collect(DISTINCT b.key) AS assignedKeys
}
CALL (d) {
  OPTIONAL MATCH (d)-[r:CITES|ISSUED_BY|MAY_BE]->()
  DELETE r
}
CALL {
  MATCH (s:Section {documentKey: $key}) DETACH DELETE s
}
CALL {
  MATCH (t:Task {documentKey: $key}) DETACH DELETE t
}
CALL {
  MATCH (g:Target {documentKey: $key}) DETACH DELETE g
}
RETURN citedKeys, issuerKeys + assignedKeys AS bodyKeys
