// Lookups the API filters on; documentKey finds everything a document owns in one indexed pass.
CREATE INDEX document_symbol_folded IF NOT EXISTS FOR (d:Document) ON (d.symbolFolded);
CREATE INDEX document_kind IF NOT EXISTS FOR (d:Document) ON (d.kind);
CREATE INDEX document_jurisdiction IF NOT EXISTS FOR (d:Document) ON (d.jurisdiction);
CREATE INDEX document_date IF NOT EXISTS FOR (d:Document) ON (d.date);
CREATE INDEX document_source_file IF NOT EXISTS FOR (d:Document) ON (d.sourceFile);
CREATE INDEX section_document IF NOT EXISTS FOR (s:Section) ON (s.documentKey);
CREATE INDEX task_document IF NOT EXISTS FOR (t:Task) ON (t.documentKey);
CREATE INDEX task_due_date IF NOT EXISTS FOR (t:Task) ON (t.dueDate);
CREATE INDEX target_document IF NOT EXISTS FOR (t:Target) ON (t.documentKey);
CREATE INDEX body_name_folded IF NOT EXISTS FOR (b:Body) ON (b.nameFolded);
CREATE INDEX cites_relation IF NOT EXISTS FOR ()-[c:CITES]-() ON (c.relation);
CREATE INDEX assigned_role IF NOT EXISTS FOR ()-[a:ASSIGNED_TO]-() ON (a.role);
