UNWIND $sections AS row
CREATE (s:Section)
SET s = row.props
RETURN count(s) AS sections
