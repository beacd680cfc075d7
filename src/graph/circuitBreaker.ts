/**
 * Keeps a client from hammering a database that went away. After a request finds Neo4j unreachable, the
 * circuit opens: other requests fail at once with DATABASE_UNAVAILABLE while one request at a time checks
 * whether it is back (a trivial statement with a short limit, before its own query: GraphClient.checkBack), and
 * the first success closes the circuit. Without it,
 * every request of a busy API re-tried the connection, and after a restart a cold Neo4j (seconds per first
 * query) received all of them at once, timed them all out, and never warmed up.
 */
export type Admission = 'closed' | 'probe' | 'refused';

export class CircuitBreaker {
  private open = false;
  private probing = false;

  /** Whether a transaction may start: `closed` (normal), `probe` (the one check while open) or `refused`. */
  admit(): Admission {
    if (!this.open) return 'closed';
    if (this.probing) return 'refused';
    this.probing = true;
    return 'probe';
  }

  /** Ends a transaction admitted by `admit`: `reachable` false opens the circuit, true closes it. */
  settle(admission: Admission, outcome: 'reachable' | 'unreachable' | 'unknown'): void {
    if (admission === 'probe') this.probing = false;
    if (outcome === 'reachable') this.open = false;
    if (outcome === 'unreachable') this.open = true;
  }

  get isOpen(): boolean {
    return this.open;
  }
}
