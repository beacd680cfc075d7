// Who is responsible for each task, and how: lead first, then coordinating, then supervising bodies.
UNWIND $keys AS key
MATCH (:Task {key: key})-[a:ASSIGNED_TO]->(b:Body)
RETURN key, a.role AS role, a.evidence AS evidence, a.section AS section, a.official AS official,
       {{>bodyFields(b)}} AS body
ORDER BY key, {{>assignmentOrder(a)}}, b.name
