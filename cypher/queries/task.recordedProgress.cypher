// Tasks of the given documents on which someone recorded progress: a status other than NOT_STARTED, a note,
// a history or a deadline extension. Their progress properties move to the matching task of a new version.
UNWIND $keys AS key
MATCH (t:Task {documentKey: key})
WHERE coalesce(t.status, 'NOT_STARTED') <> 'NOT_STARTED' OR t.statusNote IS NOT NULL
   OR t.historyKinds IS NOT NULL OR t.deadlineExtendedTo IS NOT NULL
RETURN key AS documentKey, t.key AS key, t.text AS text, t.textFolded AS textFolded, t.sectionPath AS sectionPath,
       properties(t) AS props
ORDER BY key, t.ordinal
