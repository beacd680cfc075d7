// Candidates for a diagram of about 200 documents: ingested documents cited by a few dozen to a few hundred
// others (a provincial resolution that plans carry out), most cited first; lineageRoots adds the local
// documents that cite the most.
MATCH (d:Document {ingested: true})
WITH d, COUNT { (d)<-[:CITES]-() } AS citedBy
WHERE citedBy >= $minCitedBy AND citedBy <= $maxCitedBy
RETURN d.key AS key, citedBy
ORDER BY citedBy DESC, d.key
LIMIT $n
