// Citations each document makes (optionally only some relations), in the order the text first mentions
// them: one page per document, with the cited document's properties so its loader needs no extra trip.
UNWIND $keys AS key
CALL (key) {
  MATCH (:Document {key: key})-[r:CITES]->(c:Document)
  WHERE $relations IS NULL OR r.relation IN $relations
  WITH r, c ORDER BY coalesce(r.mentionOffsets[0], 0), c.key
  RETURN collect([r, c]) AS matches
}
// $withDetails false (the query reads nothing of the citation but its relation and ends): the edge's relation
// only, not its claims and mention lists.
// Only the page is turned into maps: a busy parent can have thousands of children, and counting them
// needs node references only.
RETURN key, size(matches) AS total,
       [m IN matches[$skip..$end] | head([o IN [m[1]] | {edge: CASE WHEN $withDetails THEN properties(m[0]) ELSE {relation: m[0].relation} END, other: {{>documentFields(o)}}}])] AS items
