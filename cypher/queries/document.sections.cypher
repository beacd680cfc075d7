// Every section of each document, in reading order.
UNWIND $keys AS key
MATCH (s:Section {documentKey: key})
RETURN key, s {.key, .path, .label, .heading, .level, .ordinal} AS section
ORDER BY key, s.start, s.level
