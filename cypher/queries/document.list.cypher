// One page of documents matching the filter (null = any), sorted, with the number of matches.
// $jurisdictionFolded / $issuerFolded are folded like foldForSearch; the stored values are folded here
// (NFD, tone and vowel marks dropped, đ -> d) because documents keep only the display form of these.
// $jurisdictionsFolded: the province asked for and the former provinces it continues (2025 merger).
// $asOf: only documents issued by then (documents whose date is unknown stay).
MATCH (d:Document)
WHERE ($kind IS NULL OR d.kind = $kind)
  AND ($ingested IS NULL OR coalesce(d.ingested, false) = $ingested)
  AND ($dateFrom IS NULL OR d.date >= $dateFrom)
  AND ($dateTo IS NULL OR d.date <= $dateTo)
  AND ($asOf IS NULL OR d.date IS NULL OR d.date <= $asOf)
  AND ($jurisdictionsFolded IS NULL OR
       replace(toLower(replace(replace(replace(replace(replace(replace(replace(replace(normalize(d.jurisdiction, NFD),
         '\u0300', ''), '\u0301', ''), '\u0303', ''), '\u0309', ''), '\u0323', ''), '\u0302', ''), '\u0306', ''), '\u031B', '')),
         'đ', 'd') IN $jurisdictionsFolded)
  AND ($issuerFolded IS NULL OR
       replace(toLower(replace(replace(replace(replace(replace(replace(replace(replace(normalize(d.issuer, NFD),
         '\u0300', ''), '\u0301', ''), '\u0303', ''), '\u0309', ''), '\u0323', ''), '\u0302', ''), '\u0306', ''), '\u031B', '')),
         'đ', 'd') CONTAINS $issuerFolded)
WITH d, CASE $orderField WHEN 'DATE' THEN d.date WHEN 'SYMBOL' THEN d.symbolFolded ELSE d.titleFolded END AS sortKey
// Documents without the sort value go last in either direction.
ORDER BY sortKey IS NULL,
         CASE WHEN $descending THEN null ELSE sortKey END ASC,
         CASE WHEN $descending THEN sortKey END DESC,
         d.key
WITH collect(d) AS matches
RETURN size(matches) AS total, [d IN matches[$skip..$end] | d {.*, ingestedAt: toString(d.ingestedAt)}] AS items
