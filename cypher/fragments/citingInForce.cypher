// Whether the document named NODE could cite on the day $asOf (always when $asOf is null): within its own dates
// of effect and not replaced, repealed or suspended as a whole by then.
($asOf IS NULL OR ((NODE.effectiveFrom IS NULL OR NODE.effectiveFrom <= $asOf) AND (NODE.effectiveUntil IS NULL OR NODE.effectiveUntil >= $asOf)
  AND NOT EXISTS { MATCH (NODE)<-[x:AFFECTS]-() WHERE x.whole AND x.kind IN ['REPLACES', 'REPEALS', 'SUSPENDS'] AND coalesce(x.effectiveOn, $asOf) <= $asOf }))
