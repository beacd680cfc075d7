// The indexes the bulk statements never read (not a uniqueness constraint's, not the token lookups), with the
// statement that recreates each as it was.
SHOW INDEXES YIELD name, type, owningConstraint, createStatement
WHERE owningConstraint IS NULL AND type <> 'LOOKUP'
RETURN name, createStatement
ORDER BY name
