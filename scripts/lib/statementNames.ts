/**
 * The name of each registered statement by its text, for the measuring scripts that time statements as the driver
 * runs them (ingestProfile, ingestTimeline --statements). `registry` is a checkout's src/graph/cypherRegistry (the
 * code under measure may be another checkout's).
 */
export function statementNames(registry: { cypherNames(): string[]; cypher(name: string): string }): Map<string, string> {
  const nameOf = new Map<string, string>();
  for (const name of registry.cypherNames()) {
    try {
      nameOf.set(registry.cypher(name), name);
    } catch {
      // statements with bounds are not ingestion's
    }
  }
  return nameOf;
}
