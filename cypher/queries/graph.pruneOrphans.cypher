// Of the given candidates: cited-only documents and bodies that nothing points to any more. A node with any
// incoming relationship stays, whatever its type.
CALL () {
  UNWIND $documentKeys AS key
  MATCH (c:Document {key: key, ingested: false})
  WHERE NOT EXISTS { ()-->(c) }
  DETACH DELETE c
  RETURN count(*) AS documents
}
CALL () {
  UNWIND $bodyKeys AS key
  MATCH (b:Body {key: key}) WHERE NOT EXISTS { (b)--() }
  DELETE b
  RETURN count(*) AS bodies
}
RETURN documents, bodies
