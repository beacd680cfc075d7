// Every version of each document, newest first.
UNWIND $keys AS key
MATCH (v:Version {documentKey: key})
RETURN key, v {.*, ingestedAt: toString(v.ingestedAt), supersededAt: toString(v.supersededAt),
                 reextractedAt: toString(v.reextractedAt)} AS version
ORDER BY key, v.number DESC
