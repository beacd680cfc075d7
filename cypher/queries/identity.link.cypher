UNWIND $rows AS row
MATCH (u:Document {key: row.unnumberedKey})
MATCH (n:Document {key: row.numberedKey})
MERGE (u)-[m:MAY_BE]->(n)
SET m.confidence = row.confidence, m.evidence = row.evidence
RETURN count(m) AS links
