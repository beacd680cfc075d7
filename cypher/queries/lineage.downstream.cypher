// The documents that cite a document, and what cites those, up to {{maxDepth}} steps, walked level by level as
// lineage.upstream walks (each citation once at its fewest steps; at most $maxCitations, the nearest).
// $relations: the relations a citation may have (null = all). $asOf: as in lineage.upstream; here every
// document reached is a citing one, so it is reached only when in force that day.
MATCH (root:Document {key: $key})
WITH root, [root] AS seen, [] AS steps, false AS truncated,
  CASE WHEN $asOf IS NULL OR root.date IS NULL OR root.date <= $asOf THEN [root] ELSE [] END AS frontier
{{#each level in 1..maxDepth}}
CALL (frontier, seen, steps) {
  UNWIND frontier AS near
  MATCH (near)<-[r:CITES]-(far:Document)
  WHERE ($relations IS NULL OR r.relation IN $relations) AND ($asOf IS NULL OR far.date IS NULL OR far.date <= $asOf)
    AND {{>citingInForce(far)}}
  WITH near, r, far LIMIT $maxCitations + 1
  WITH collect([near.key, far.key, r.relation, {{level}}]) AS found, collect(DISTINCT far) AS reached
  WITH reached, size(found) > $maxCitations - size(steps) AS cut, found[0..$maxCitations - size(steps)] AS kept
  WITH reached, cut, kept, CASE WHEN cut THEN [k IN kept | k[1]] END AS keptKeys
  RETURN kept, cut, [n IN reached WHERE NOT n IN seen AND (NOT cut OR n.key IN keptKeys)] AS fresh
}
WITH root, truncated OR cut AS truncated, seen + fresh AS seen, steps + kept AS steps,
  CASE WHEN cut THEN [] ELSE fresh END AS frontier
{{/each}}
// [near key, far key, relation, depth] lists, the near end being the cited document (see lineage.upstream).
RETURN {{>documentFields(root)}} AS root, truncated, steps, [n IN seen[1..] | {{>documentFields(n)}}] AS documents
