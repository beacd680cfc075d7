// Documents each body issued, newest first, one page per body.
UNWIND $keys AS key
CALL (key) {
  MATCH (:Body {key: key})<-[:ISSUED_BY]-(d:Document)
  WITH d ORDER BY d.date DESC, d.key
  RETURN collect(d) AS matches
}
// Only the page is turned into maps: a busy parent can have thousands of children, and counting them
// needs node references only.
RETURN key, size(matches) AS total, [d IN matches[$skip..$end] | {{>documentFields(d)}}] AS items
