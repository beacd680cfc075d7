// Recorded progress (status, note, time, history) moved onto the matching task of the new version.
UNWIND $rows AS row
MATCH (t:Task {key: row.key})
SET t += row.progress
RETURN count(t) AS carried
