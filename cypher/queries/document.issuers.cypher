// The body that issued each document (documents only known from citations have none).
UNWIND $keys AS key
MATCH (:Document {key: key})-[:ISSUED_BY]->(b:Body)
RETURN key, {{>bodyFields(b)}} AS body
