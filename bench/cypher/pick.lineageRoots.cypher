// Local documents that cite the most: the widest upstream lineages and the longest mandate chains.
MATCH (d:Document {ingested: true})
WHERE d.jurisdiction <> 'national'
WITH d, COUNT { (d)-[:CITES]->() } AS cites
ORDER BY cites DESC, d.key
LIMIT $n
RETURN d.key AS key, cites
