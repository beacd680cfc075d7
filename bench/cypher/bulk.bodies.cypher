UNWIND $bodies AS row
MERGE (b:{{P}}Body {key: row.key})
ON CREATE SET b.name = row.name, b.nameFolded = row.nameFolded, b.jurisdiction = row.jurisdiction,
              b.group = row.group, b.aliases = row.aliases
