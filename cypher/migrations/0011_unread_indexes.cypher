// Indexes no statement's plan reads are dropped: each was updated at every commit that wrote its label or type
// (thousands of tasks, assignments and citations a batch) and served nothing. The filters they were made for
// are optional (`$x IS NULL OR t.dueBy <= $x`, `b.nameFolded CONTAINS $x`), which a plan cannot answer from an
// index; document_kind is a prefix of the composite document_kind_jurisdiction. `npx tsx scripts/indexUse.ts`
// lists which index each statement reads on a given graph (run it on a real one: a small test graph's plans vary).
DROP INDEX task_due_by IF EXISTS;
DROP INDEX task_due_date IF EXISTS;
DROP INDEX assigned_role IF EXISTS;
DROP INDEX cites_relation IF EXISTS;
DROP INDEX document_kind IF EXISTS;
DROP INDEX document_source_file IF EXISTS;
DROP INDEX document_issuer_folded IF EXISTS;
DROP INDEX body_name_folded IF EXISTS;
