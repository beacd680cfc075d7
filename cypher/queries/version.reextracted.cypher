// The current version's text read again by rules that read it differently: no new version; its counts follow
// the new reading, and it records when it was read again.
UNWIND $rows AS row
MATCH (v:Version {key: row.key})
SET v.tasks = row.tasks, v.citations = row.citations, v.reextractedAt = datetime()
RETURN count(v) AS versions
