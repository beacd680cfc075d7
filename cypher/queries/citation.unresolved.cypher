// Cited documents not ingested yet, most-cited first: what to ingest next.
MATCH (d:Document {ingested: false})
WITH d, COUNT { MATCH (s:Document)-[:CITES]->(d) RETURN DISTINCT s } AS citing
WHERE citing > 0
ORDER BY citing DESC, d.key
WITH collect({d: d, citing: citing}) AS matches
WITH size(matches) AS total, matches[$skip..$end] AS page
CALL (page) {
  UNWIND page AS row
  WITH row.d AS d, row.citing AS citing
  RETURN collect({
    doc: d {.*, ingestedAt: toString(d.ingestedAt)},
    citedByCount: citing,
    citedBy: COLLECT { MATCH (s:Document)-[:CITES]->(d) WITH DISTINCT s ORDER BY s.key RETURN s {.*, ingestedAt: toString(s.ingestedAt)} }
  }) AS items
}
RETURN total, items
