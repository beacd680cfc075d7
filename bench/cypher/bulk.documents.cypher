UNWIND $docs AS row
MERGE (d:{{P}}Document {key: row.key})
SET d += row.props, d.ingested = true, d.ingestedAt = datetime()
