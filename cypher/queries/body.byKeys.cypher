// Bodies by key, for the API's body loader.
UNWIND $keys AS key
MATCH (b:Body {key: key})
RETURN key, {{>bodyFields(b)}} AS body
