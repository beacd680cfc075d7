// Stores the folded copies the documents page filters on (see migration 0008).
UNWIND $rows AS row
MATCH (d:Document {key: row.key})
SET d.jurisdictionFolded = row.jurisdictionFolded, d.issuerFolded = row.issuerFolded
RETURN count(d) AS documents
