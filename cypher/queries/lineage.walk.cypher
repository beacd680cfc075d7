// A document's lineage in one direction, up to {{maxDepth}} steps: with the switch `upstream` on, the documents
// it cites and what those cite; off, the documents that cite it and what cites those. One text for both, so the
// level block is written once: the switch picks the pattern's direction and which end of a citation is checked
// for being in force. Walked level by level: each level's new documents are expanded once, so the cost grows
// with the citations returned, not with the paths through them (a busy document at 100k has thousands of paths
// of 6 steps over a few hundred citations).
// $relations: the relations a citation may have (null = all). $asOf (ISO date or null): only documents issued by
// then, through links in force on it: a citation counts only when its citing document is in force that day (not
// yet replaced, repealed or suspended as a whole, within its own dates of effect). Walking up the citing document
// is the near end (a cited document out of force is reached but not expanded, the root included); walking down
// it is the far end (a citing document out of force is not reached).
// Each citation comes once with the steps from the root to its far end on the shortest walk there, which is
// its fewest position on any path the same filters allow (a shortest walk repeats no document, so no citation).
// At most $maxCitations citations, the nearest: the level that would pass the bound keeps the first citations the
// database walks (at most $maxCitations + 1 are read per level, so a hub costs no more than a full answer), no
// level beyond it is walked, and truncated says so.
// `NOT n IN seen` is a hash lookup, not a scan of the list: Neo4j checks IN against a list of 128 values or more
// through a set it builds once per list value (org.neo4j.values.utils.InCache), and `seen` is one list per level.
MATCH (root:Document {key: $key})
WITH root, [root] AS seen, [] AS steps, false AS truncated,
  CASE WHEN $asOf IS NULL OR root.date IS NULL OR root.date <= $asOf THEN [root] ELSE [] END AS frontier
{{#each level in 1..maxDepth}}
CALL (frontier, seen, steps) {
  UNWIND frontier AS near
  MATCH {{#if upstream}}(near)-[r:CITES]->(far:Document){{else}}(near)<-[r:CITES]-(far:Document){{/if}}
  WHERE ($relations IS NULL OR r.relation IN $relations) AND ($asOf IS NULL OR far.date IS NULL OR far.date <= $asOf)
    AND {{#if upstream}}{{>citingInForce(near)}}{{else}}{{>citingInForce(far)}}{{/if}}
  WITH near, r, far LIMIT $maxCitations + 1
  WITH collect([near.key, far.key, r.relation, {{level}}]) AS found, collect(DISTINCT far) AS reached
  WITH reached, size(found) > $maxCitations - size(steps) AS cut, found[0..$maxCitations - size(steps)] AS kept
  WITH reached, cut, kept, CASE WHEN cut THEN [k IN kept | k[1]] END AS keptKeys
  RETURN kept, cut, [n IN reached WHERE NOT n IN seen AND (NOT cut OR n.key IN keptKeys)] AS fresh
}
WITH root, truncated OR cut AS truncated, seen + fresh AS seen, steps + kept AS steps, CASE WHEN cut THEN [] ELSE fresh END AS frontier
{{/each}}
// [near key, far key, relation, depth] lists (the near end the cited document when walking down): hundreds of them
// at depth 6, and a list decodes without its keys. The chains are walked from these citations by the caller
// (walkChains in src/graph/lineageQueries.ts).
RETURN {{>documentFields(root)}} AS root, truncated, steps, [n IN seen[1..] | {{>documentFields(n)}}] AS documents
