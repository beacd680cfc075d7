UNWIND $sections AS row
MERGE (s:{{P}}Section {key: row.key})
SET s += row.props
