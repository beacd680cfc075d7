// Every ingested text of a document is a (:Version), numbered per document; the key makes re-recording harmless.
CREATE CONSTRAINT version_key IF NOT EXISTS FOR (v:Version) REQUIRE v.key IS UNIQUE;
CREATE INDEX version_document IF NOT EXISTS FOR (v:Version) ON (v.documentKey);
