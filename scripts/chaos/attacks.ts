/** Hostile requests: each is sent by several loops at once while the well-behaved client keeps querying. */
export interface Attack {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  /** A body sent as is (for bodies that are not a GraphQL request at all). */
  rawBody?: string;
  /** Sent with an editor key (a body up to the ingest limit is read and parsed). */
  asEditor?: boolean;
}

export function attacks(documentKey: string): Attack[] {
  // 881 bytes in the reported attack: each fragment spreads the next twice, 2^24 spreads in all.
  const fanOut = Array.from({ length: 24 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join(' ');
  let nested = 'key';
  for (let i = 0; i < 40; i++) nested = `citations(first: 100) { nodes { to { ${nested} } } }`;
  return [
    { name: 'fragment fan-out (24 levels)', query: `query { ...F0 } ${fanOut} fragment F24 on Query { health { database } }` },
    {
      name: 'alias bomb: 10,000 x lineage { __typename }',
      query: `{ ${Array.from({ length: 10_000 }, (_, i) => `a${i}: lineage(documentId: "${documentKey}", maxDepth: 10) { __typename }`).join(' ')} }`,
    },
    {
      name: 'alias bomb: 100 x lineage(maxDepth: 10) { nodes }',
      query: `{ ${Array.from({ length: 100 }, (_, i) => `a${i}: lineage(documentId: "${documentKey}", maxDepth: 10) { nodes { depth } }`).join(' ')} }`,
    },
    { name: 'deep nesting (40 levels)', query: `{ documents(first: 100) { nodes { ${nested} } } }` },
    {
      name: 'huge variables (3.9 MB)',
      query: 'query($s: String!) { documentBySymbol(symbol: $s) { key } }',
      variables: { s: 'x'.repeat(3_900_000) },
    },
    {
      // Only an editor key gets a 3.9 MB body read and parsed (ingestDocument needs the room).
      name: 'huge variables (3.9 MB), editor key',
      query: 'query($s: String!) { documentBySymbol(symbol: $s) { key } }',
      variables: { s: 'x'.repeat(3_900_000) },
      asEditor: true,
    },
    { name: 'body over the limit (6 MB)', query: '', rawBody: JSON.stringify({ query: '{ health { database } }', padding: 'x'.repeat(6_000_000) }) },
  ];
}
