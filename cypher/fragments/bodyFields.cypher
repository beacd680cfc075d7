// The fields of a Body record (toBody in src/graph/records.ts) as a list of the values of the node named by the
// include's argument (`{{>bodyFields(b)}}`), in the order of BODY_FIELDS there. A list, not a map, like
// documentFields: a task page brings a body with every assignment.
[NODE.key, NODE.name, NODE.jurisdiction, NODE.aliases, NODE.group]
