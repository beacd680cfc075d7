// Indicators each task concerns (PCI, PAR_INDEX, ...).
UNWIND $keys AS key
MATCH (:Task {key: key})-[:CONCERNS]->(i:Indicator)
RETURN key, i {.code, .name} AS indicator
ORDER BY key, i.code
