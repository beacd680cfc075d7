// Sections hang from their parent section, top-level ones from the document.
UNWIND $sections AS row
MATCH (d:Document {key: row.props.documentKey})
MATCH (s:Section {key: row.key})
OPTIONAL MATCH (p:Section {key: row.parentKey})
WITH coalesce(p, d) AS parent, s
CREATE (parent)-[:HAS_SECTION]->(s)
RETURN count(s) AS links
