// Documents whose date or issuer is claimed differently: by two citing documents, by two mentions in one,
// or by a citing document against the document's own header. Each claim: value, who claims it, where.
// Issuers are compared folded (NFD, marks dropped, đ -> d, lower case), dates as ISO strings.
CALL () {
  MATCH (src:Document)-[c:CITES]->(d:Document)
  UNWIND range(0, size(coalesce(c.mentionDates, [])) - 1) AS i
  WITH d, src, c.mentionDates[i] AS value, c.mentionSnippets[i] AS snippet
  WHERE value IS NOT NULL AND value <> ''
  RETURN d, 'DATE' AS field, value, src, snippet
  UNION
  MATCH (src:Document)-[c:CITES]->(d:Document)
  WHERE c.claimedDate IS NOT NULL AND c.claimedDate <> ''
  RETURN d, 'DATE' AS field, c.claimedDate AS value, src, c.evidence AS snippet
  UNION
  MATCH (d:Document {ingested: true})
  WHERE d.date IS NOT NULL AND EXISTS { (:Document)-[:CITES]->(d) }
  RETURN d, 'DATE' AS field, d.date AS value, d AS src, null AS snippet
  UNION
  MATCH (src:Document)-[c:CITES]->(d:Document)
  WHERE c.claimedIssuer IS NOT NULL AND c.claimedIssuer <> ''
  RETURN d, 'ISSUER' AS field, c.claimedIssuer AS value, src, c.evidence AS snippet
  UNION
  MATCH (d:Document {ingested: true})
  WHERE d.issuer IS NOT NULL AND EXISTS { (:Document)-[:CITES]->(d) }
  RETURN d, 'ISSUER' AS field, d.issuer AS value, d AS src, null AS snippet
}
// One claim per (document, field, claimant, value), keeping a snippet that shows it.
WITH d, field, value, src, head(collect(snippet)) AS snippet
WITH d, field, value, src, snippet,
     CASE field WHEN 'DATE' THEN value ELSE
       trim(replace(toLower(replace(replace(replace(replace(replace(replace(replace(replace(normalize(value, NFD),
         '\u0300', ''), '\u0301', ''), '\u0303', ''), '\u0309', ''), '\u0323', ''), '\u0302', ''), '\u0306', ''), '\u031B', '')),
         'đ', 'd')) END AS compared
ORDER BY d.key, field, value, src = d DESC, src.key
WITH d, field, collect(DISTINCT compared) AS values,
     collect({value: value, claimant: src {.*, ingestedAt: toString(src.ingestedAt)}, snippet: snippet, own: src = d}) AS claims
WHERE size(values) > 1
WITH collect({doc: d {.*, ingestedAt: toString(d.ingestedAt)}, field: field, claims: claims}) AS matches
RETURN size(matches) AS total, matches[$skip..$end] AS items
