// Tasks of the given documents on which someone recorded progress: a status other than NOT_STARTED, or a
// note. Their status properties move to the matching task of a new version of the document.
UNWIND $keys AS key
MATCH (t:Task {documentKey: key})
WHERE coalesce(t.status, 'NOT_STARTED') <> 'NOT_STARTED' OR t.statusNote IS NOT NULL
RETURN key AS documentKey, t.key AS key, t.text AS text, t.textFolded AS textFolded, t.sectionPath AS sectionPath,
       properties(t) AS props
ORDER BY key, t.ordinal
