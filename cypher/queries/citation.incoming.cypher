// Citations of each document by others, newest citing document first, one page per document, with the
// citing document's properties.
UNWIND $keys AS key
CALL (key) {
  MATCH (:Document {key: key})<-[r:CITES]-(s:Document)
  WHERE $relations IS NULL OR r.relation IN $relations
  WITH r, s ORDER BY s.date DESC, s.key
  RETURN collect([r, s]) AS matches
}
// $withDetails false (the query reads nothing of the citation but its relation and ends): the edge's relation
// only, not its claims and mention lists.
// Only the page is turned into maps: a busy parent can have thousands of children, and counting them
// needs node references only.
RETURN key, size(matches) AS total,
       [m IN matches[$skip..$end] | head([o IN [m[1]] | {edge: CASE WHEN $withDetails THEN properties(m[0]) ELSE {relation: m[0].relation} END, other: {{>documentFields(o)}}}])] AS items
