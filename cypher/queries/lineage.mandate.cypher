// Why must this task be done? Its document, then up the citations whose relation mandates ($relations:
// căn cứ / thực hiện / sửa đổi), at most {{maxDepth}} steps, stopping at national documents: a path may
// pass only through provincial documents and ends where it reaches a national one or runs out. Each step
// carries the citing text's words (the citation's evidence).
MATCH (t:Task {key: $taskKey})
MATCH (d:Document {key: t.documentKey})
WITH t, d, COLLECT {
  MATCH p = (d)-[:CITES*1..{{maxDepth}}]->(:Document)
  WHERE all(r IN relationships(p) WHERE r.relation IN $relations)
    AND all(n IN nodes(p)[1..-1] WHERE coalesce(n.jurisdiction, '') <> 'national')
  RETURN p LIMIT $maxPaths + 1
} AS paths
RETURN properties(t) AS task, d {.*, ingestedAt: toString(d.ingestedAt)} AS document,
       [p IN paths | {keys: [n IN nodes(p) | n.key], relations: [r IN relationships(p) | r.relation],
                      evidence: [r IN relationships(p) | coalesce(r.evidence, '')]}] AS paths,
       COLLECT { UNWIND paths AS p UNWIND nodes(p) AS n WITH DISTINCT n RETURN n {.*, ingestedAt: toString(n.ingestedAt)} } AS documents
