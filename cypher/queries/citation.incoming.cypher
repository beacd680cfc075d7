// Citations of each document by others, newest citing document first, one page per document, with the
// citing document's properties.
UNWIND $keys AS key
CALL (key) {
  MATCH (:Document {key: key})<-[r:CITES]-(s:Document)
  WHERE $relations IS NULL OR r.relation IN $relations
  WITH r, s ORDER BY s.date DESC, s.key
  RETURN collect({edge: properties(r), other: s {.*, ingestedAt: toString(s.ingestedAt)}}) AS matches
}
RETURN key, size(matches) AS total, matches[$skip..$end] AS items
