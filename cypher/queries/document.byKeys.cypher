// Documents by key, for the API's document loader: one row per key found (the caller restores key order).
UNWIND $keys AS key
MATCH (d:Document {key: key})
RETURN key, {{>documentFields(d)}} AS doc
