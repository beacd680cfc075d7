// Bodies matching a filter (null = any): $nameFolded is a folded phrase the name contains; an exact name
// comes first. Jurisdictions are compared folded (see document.list).
MATCH (b:Body)
WHERE ($nameFolded IS NULL OR b.nameFolded CONTAINS $nameFolded)
  AND ($group IS NULL OR coalesce(b.group, false) = $group)
  AND ($jurisdictionFolded IS NULL OR
       replace(toLower(replace(replace(replace(replace(replace(replace(replace(replace(normalize(b.jurisdiction, NFD),
         '\u0300', ''), '\u0301', ''), '\u0303', ''), '\u0309', ''), '\u0323', ''), '\u0302', ''), '\u0306', ''), '\u031B', '')),
         'đ', 'd') = $jurisdictionFolded)
WITH b ORDER BY b.nameFolded = $nameFolded DESC, b.jurisdiction, b.nameFolded, b.key
WITH collect({{>bodyFields(b)}}) AS matches
RETURN size(matches) AS total, matches[$skip..$end] AS items
