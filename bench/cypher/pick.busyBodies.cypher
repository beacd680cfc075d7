MATCH (b:Body)
WITH b, COUNT { (b)<-[:ASSIGNED_TO]-() } AS tasks
ORDER BY tasks DESC, b.key
LIMIT $n
RETURN b.key AS key, tasks
