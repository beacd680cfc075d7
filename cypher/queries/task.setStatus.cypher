MATCH (t:Task {key: $key})
SET t.status = $status, t.statusNote = $note, t.statusUpdatedAt = toString(datetime())
RETURN properties(t) AS task
