// Tasks by key, for the API's task loader.
UNWIND $keys AS key
MATCH (t:Task {key: key})
RETURN key, properties(t) AS task
