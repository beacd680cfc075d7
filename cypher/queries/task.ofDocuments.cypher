// Each document's tasks in reading order, one page per document.
UNWIND $keys AS key
CALL (key) {
  MATCH (t:Task {documentKey: key})
  WITH t ORDER BY t.ordinal
  RETURN collect(t) AS matches
}
// Only the page is turned into maps: a busy parent can have thousands of children, and counting them
// needs node references only.
RETURN key, size(matches) AS total, [t IN matches[$skip..$end] | properties(t)] AS items
