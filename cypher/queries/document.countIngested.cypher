MATCH (d:Document {ingested: true}) RETURN count(d) AS documents
