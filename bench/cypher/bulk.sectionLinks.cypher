// Sections hang from their parent section, top-level ones from the document.
UNWIND $sections AS row
MATCH (s:{{P}}Section {key: row.key})
MATCH (d:{{P}}Document {key: row.doc})
OPTIONAL MATCH (p:{{P}}Section {key: row.parentKey})
WITH s, coalesce(p, d) AS parent
MERGE (parent)-[:HAS_SECTION]->(s)
