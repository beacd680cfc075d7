/** cypherRegistry's message for a statement read without the bounds it takes. */
const BOUND_NEEDED = /needs an integer bound|needs a boolean switch/;

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
    } catch (error) {
      // Statements with bounds ({{maxDepth}}) or switches ({{#if upstream}}) have no text without them and are not ingestion's; any other
      // failure (a missing file, a bad fragment) is the registry's and is not hidden.
      if (!BOUND_NEEDED.test((error as Error).message)) throw error;
    }
  }
  return nameOf;
}
