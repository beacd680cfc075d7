// Documents each body issued, newest first, one page per body.
UNWIND $keys AS key
CALL (key) {
  MATCH (:Body {key: key})<-[:ISSUED_BY]-(d:Document)
  WITH d ORDER BY d.date DESC, d.key
  RETURN collect(d {.*, ingestedAt: toString(d.ingestedAt)}) AS matches
}
RETURN key, size(matches) AS total, matches[$skip..$end] AS items
