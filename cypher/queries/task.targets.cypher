// Each task's measurable targets, with the indicator a target measures.
UNWIND $keys AS key
MATCH (:Task {key: key})-[:HAS_TARGET]->(g:Target)
OPTIONAL MATCH (g)-[:MEASURES]->(i:Indicator)
RETURN key, g {.raw, .value, .unit, .comparator} AS target, i {.code, .name} AS indicator
ORDER BY key, g.ordinal
