// Documents each task carries out.
UNWIND $keys AS key
MATCH (:Task {key: key})-[:CARRIES_OUT]->(d:Document)
RETURN key, {{>documentFields(d)}} AS doc
ORDER BY key, d.key
