// A version per ingested text. `ingestedAt` is given for a version recorded after the fact (a document
// ingested before versions existed), otherwise it is now.
UNWIND $versions AS row
MATCH (d:Document {key: row.props.documentKey})
CREATE (v:Version)
SET v = row.props,
    v.ingestedAt = CASE WHEN row.ingestedAt IS NULL THEN datetime() ELSE datetime(row.ingestedAt) END
CREATE (d)-[:HAS_VERSION]->(v)
RETURN count(v) AS versions
