// A batch's sections and the edges that hang them: from their parent section, top-level ones from the document.
// One statement: the MATCH after the CREATE reads only once every section of the batch is created (Cypher
// applies a write to all rows before a later read; the plan has an Eager), so a parent is found wherever it
// comes in the list, and each section is linked from the node CREATE returned instead of being sought again.
UNWIND $sections AS row
CREATE (s:Section)
SET s = row.props
WITH s, row
MATCH (d:Document {key: row.props.documentKey})
OPTIONAL MATCH (p:Section {key: row.parentKey})
WITH coalesce(p, d) AS parent, s
CREATE (parent)-[:HAS_SECTION]->(s)
RETURN count(s) AS sections
