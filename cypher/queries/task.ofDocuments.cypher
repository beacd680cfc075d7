// Each document's tasks in reading order, one page per document.
UNWIND $keys AS key
CALL (key) {
  MATCH (t:Task {documentKey: key})
  WITH t ORDER BY t.ordinal
  RETURN collect(properties(t)) AS matches
}
RETURN key, size(matches) AS total, matches[$skip..$end] AS items
