// Of the given candidates: cited-only documents nobody points to any more, and bodies nothing points to.
CALL {
  UNWIND $documentKeys AS key
  MATCH (c:Document {key: key, ingested: false})
  WHERE NOT EXISTS { ()-[:CITES|MAY_BE|CARRIES_OUT]->(c) }
  DETACH DELETE c
  RETURN count(*) AS documents
}
CALL {
  UNWIND $bodyKeys AS key
  MATCH (b:Body {key: key}) WHERE NOT EXISTS { (b)--() }
  DELETE b
  RETURN count(*) AS bodies
}
RETURN documents, bodies
