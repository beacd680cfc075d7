// The write lock of an existing document (see document.lockForWrite), for deletion: creates nothing.
MATCH (d:Document {key: $key})
SET d.writeLock = true
REMOVE d.writeLock
RETURN d.ingested AS ingested
