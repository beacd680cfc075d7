// Everything the given documents own: sections, tasks, targets and outgoing edges. Nodes that other
// documents point to (cited documents, bodies, indicators) stay; the ones they pointed to are returned
// so the caller can prune exactly those that became orphans.
UNWIND $keys AS key
OPTIONAL MATCH (d:Document {key: key})
CALL (d) {
  OPTIONAL MATCH (d)-[:CITES|MAY_BE]->(c:Document)
  RETURN collect(DISTINCT c.key) AS citedKeys
}
CALL (d) {
  OPTIONAL MATCH (d)-[:ISSUED_BY|MENTIONS]->(b:Body)
  RETURN collect(DISTINCT b.key) AS issuerKeys
}
CALL (key) {
  OPTIONAL MATCH (:Task {documentKey: key})-[:ASSIGNED_TO]->(b:Body)
  RETURN collect(DISTINCT b.key) AS assignedKeys
}
CALL (d) {
  OPTIONAL MATCH (d)-[r:CITES|AFFECTS|ISSUED_BY|MAY_BE|MENTIONS]->()
  DELETE r
}
CALL (key) {
  MATCH (s:Section {documentKey: key}) DETACH DELETE s
}
CALL (key) {
  MATCH (t:Task {documentKey: key}) DETACH DELETE t
}
CALL (key) {
  MATCH (g:Target {documentKey: key}) DETACH DELETE g
}
RETURN citedKeys, issuerKeys + assignedKeys AS bodyKeys
