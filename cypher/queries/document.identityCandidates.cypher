// MAY_BE in both directions: an unnumbered document's numbered candidates, or the unnumbered documents
// that may be this numbered one.
UNWIND $keys AS key
MATCH (d:Document {key: key})-[m:MAY_BE]-(o:Document)
RETURN key, o {.*, ingestedAt: toString(o.ingestedAt)} AS doc, m.confidence AS confidence, m.evidence AS evidence
ORDER BY key, confidence DESC, o.key
