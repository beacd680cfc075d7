// Sections hang from their parent section, top-level ones from the document.
MATCH (d:Document {key: $documentKey})
UNWIND $sections AS row
MATCH (s:Section {key: row.key})
OPTIONAL MATCH (p:Section {key: row.parentKey})
WITH coalesce(p, d) AS parent, s
CREATE (parent)-[:HAS_SECTION]->(s)
RETURN count(s) AS links
