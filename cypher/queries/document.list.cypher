// One page of documents matching the filter (null = any), sorted, with the number of matches.
// $jurisdictionsFolded / $issuerFolded are folded like foldForSearch and match the folded copies documents
// store (jurisdictionFolded: range index, issuerFolded: text index for CONTAINS), so a province's page
// does not fold every document's values at query time.
// $jurisdictionsFolded: the province asked for and the former provinces it continues (2025 merger).
// $asOf: only documents issued by then (documents whose date is unknown stay).
// A province's documents are found through the index; the union's other branch scans when no province is asked.
CALL () {
  UNWIND coalesce($jurisdictionsFolded, []) AS j
  MATCH (d:Document {jurisdictionFolded: j})
  RETURN d
  UNION
  WITH $jurisdictionsFolded AS js WHERE js IS NULL
  MATCH (d:Document)
  RETURN d
}
WITH d
WHERE ($kind IS NULL OR d.kind = $kind)
  AND ($ingested IS NULL OR coalesce(d.ingested, false) = $ingested)
  AND ($dateFrom IS NULL OR d.date >= $dateFrom)
  AND ($dateTo IS NULL OR d.date <= $dateTo)
  AND ($asOf IS NULL OR d.date IS NULL OR d.date <= $asOf)
  AND ($issuerFolded IS NULL OR d.issuerFolded CONTAINS $issuerFolded)
WITH d, CASE $orderField WHEN 'DATE' THEN d.date WHEN 'SYMBOL' THEN d.symbolFolded ELSE d.titleFolded END AS sortKey
// Documents without the sort value go last in either direction.
ORDER BY sortKey IS NULL,
         CASE WHEN $descending THEN null ELSE sortKey END ASC,
         CASE WHEN $descending THEN sortKey END DESC,
         d.key
WITH collect(d) AS matches
RETURN size(matches) AS total, [d IN matches[$skip..$end] | {{>documentFields(d)}}] AS items
