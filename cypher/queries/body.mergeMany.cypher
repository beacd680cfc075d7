UNWIND $bodies AS row
MERGE (b:Body {key: row.key})
ON CREATE SET b.name = row.name, b.nameFolded = row.nameFolded, b.jurisdiction = row.jurisdiction,
              b.group = row.group, b.aliases = []
SET b.aliases = reduce(acc = coalesce(b.aliases, []), a IN row.aliases |
                       CASE WHEN a IN acc THEN acc ELSE acc + a END)
RETURN count(b) AS bodies
