// An analyst's worklist: tasks whose mandating chain (their document, then up the mandating citations
// $relations through provincial documents, at most {{maxDepth}} steps, as lineage.mandate walks it) holds a
// document no longer in force on $asOf (replaced, repealed or suspended as a whole, or past its own end of
// effect), in document and reading order, one page with the total. Each task comes with those documents.
// A citation whose citing document itself replaced, repealed or suspended the cited one is no mandate: a
// decision that repeals an earlier one cites it, and its tasks do not rest on it.
MATCH (n:Document)
WHERE (n.effectiveUntil IS NOT NULL AND n.effectiveUntil < $asOf)
   OR EXISTS { MATCH (n)<-[x:AFFECTS]-() WHERE x.whole AND x.kind IN ['REPLACES', 'REPEALS', 'SUSPENDS'] AND coalesce(x.effectiveOn, $asOf) <= $asOf }
MATCH p = (d:Document)-[:CITES*0..{{maxDepth}}]->(n)
WHERE all(r IN relationships(p) WHERE r.relation IN $relations
        AND NOT EXISTS { MATCH (a)-[x:AFFECTS]->(b) WHERE a = startNode(r) AND b = endNode(r) AND x.kind IN ['REPLACES', 'REPEALS', 'SUSPENDS'] })
  AND all(m IN nodes(p)[1..-1] WHERE coalesce(m.jurisdiction, '') <> 'national')
MATCH (d)-[:HAS_TASK]->(t:Task)
WITH t, collect(DISTINCT n.key) AS lapsedKeys
ORDER BY t.documentKey, t.ordinal
WITH collect({task: properties(t), lapsedKeys: lapsedKeys}) AS rows
RETURN size(rows) AS total, rows[$skip..$end] AS items
