// What bench/searchGraph.ts loaded: documents, tasks and bodies (each counted apart, so a label with no node counts 0).
CALL { MATCH (d:Document) RETURN count(d) AS documents }
CALL { MATCH (t:Task) RETURN count(t) AS tasks }
CALL { MATCH (b:Body) RETURN count(b) AS bodies }
RETURN documents, tasks, bodies
