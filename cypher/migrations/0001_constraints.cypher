// Natural identities: every MERGE in ingestion is keyed on these, so re-ingesting is harmless.
CREATE CONSTRAINT document_key IF NOT EXISTS FOR (d:Document) REQUIRE d.key IS UNIQUE;
CREATE CONSTRAINT body_key IF NOT EXISTS FOR (b:Body) REQUIRE b.key IS UNIQUE;
CREATE CONSTRAINT section_key IF NOT EXISTS FOR (s:Section) REQUIRE s.key IS UNIQUE;
CREATE CONSTRAINT task_key IF NOT EXISTS FOR (t:Task) REQUIRE t.key IS UNIQUE;
CREATE CONSTRAINT target_key IF NOT EXISTS FOR (t:Target) REQUIRE t.key IS UNIQUE;
CREATE CONSTRAINT indicator_code IF NOT EXISTS FOR (i:Indicator) REQUIRE i.code IS UNIQUE;
CREATE CONSTRAINT migration_version IF NOT EXISTS FOR (m:Migration) REQUIRE m.version IS UNIQUE;
