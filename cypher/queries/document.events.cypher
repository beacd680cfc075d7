// What other documents did to each document (AFFECTS edges pointing at it), oldest first: the events its
// status is derived from.
UNWIND $keys AS key
MATCH (:Document {key: key})<-[x:AFFECTS]-(a:Document)
RETURN key, properties(x) AS edge, a {.*, ingestedAt: toString(a.ingestedAt)} AS by
ORDER BY key, coalesce(x.effectiveOn, ''), a.key, x.kind
