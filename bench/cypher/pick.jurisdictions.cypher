MATCH (d:Document {ingested: true})
WHERE d.jurisdiction <> 'national'
RETURN d.jurisdiction AS jurisdiction, count(*) AS documents
ORDER BY documents DESC, jurisdiction
LIMIT $n
