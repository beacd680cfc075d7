// The version a new text replaces keeps what was recorded on its tasks and where each went.
UNWIND $rows AS row
MATCH (v:Version {key: row.key})
SET v += row.props, v.supersededAt = datetime()
RETURN count(v) AS superseded
