// MAY_BE candidates (identity.candidates) pair documents of the same kind and jurisdiction. Found through the
// single-property kind index they read every document of the kind, in every province, for each key of a
// batch: a cost that grew with the graph. The composite index seeks kind and jurisdiction together.
CREATE INDEX document_kind_jurisdiction IF NOT EXISTS FOR (d:Document) ON (d.kind, d.jurisdiction);
