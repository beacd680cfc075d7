// The current version read again by rules that read it differently: no new version. Its counts follow the new
// reading, and so do its text and text hash when the same file was decoded into a different text (a newer reader).
UNWIND $rows AS row
MATCH (v:Version {key: row.key})
SET v.tasks = row.tasks, v.citations = row.citations, v.reextractedAt = datetime(), v.contentHash = row.contentHash
FOREACH (text IN CASE WHEN row.text IS NULL THEN [] ELSE [row.text] END | SET v.text = text, v.textLength = size(text))
RETURN count(v) AS versions
