// Citations each document makes (optionally only some relations), in the order the text first mentions
// them: one page per document, with the cited document's properties so its loader needs no extra trip.
UNWIND $keys AS key
CALL (key) {
  MATCH (:Document {key: key})-[r:CITES]->(c:Document)
  WHERE $relations IS NULL OR r.relation IN $relations
  WITH r, c ORDER BY coalesce(r.mentionOffsets[0], 0), c.key
  RETURN collect({edge: properties(r), other: c {.*, ingestedAt: toString(c.ingestedAt)}}) AS matches
}
RETURN key, size(matches) AS total, matches[$skip..$end] AS items
