// One body, one node: a document's issuer and the bodies its text names resolve to the same canonical key
// per jurisdiction. Bodies written by earlier versions under another key are merged into theirs (every name
// kept as an alias) by the data step registered for this migration in src/graph/migrations.ts
// (mergeDuplicateBodies, src/graph/bodyMerge.ts): the canonical key is computed by the extraction's rules.
