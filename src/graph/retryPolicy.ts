/**
 * Which failed transactions are worth another try, and when. The driver's own loop retries every retriable
 * error alike for `maxTransactionRetryTime` (30 s by default), which turned a stopped database into a 30 s
 * wait per request. Here a transient server error (deadlock, lock wait) is retried with backoff while the
 * retry time lasts, but a server that cannot be reached is retried once, quickly (a pooled connection may
 * have died with a restart; the pool drops it), and then reported.
 */
import { Neo4jError } from 'neo4j-driver';

export type FailureKind = 'unreachable' | 'pool-exhausted' | 'transient' | 'final';

const UNREACHABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

export function failureKind(error: unknown): FailureKind {
  if (!(error instanceof Neo4jError)) return 'final';
  if (UNREACHABLE_CODES.has(error.code)) return 'unreachable';
  // The driver gives a pool wait that timed out no code of its own: its message is the only mark. With no
  // connection in use, nothing was busy: the wait was for a new connection that the server accepted and never
  // answered (the driver's connectionTimeout covers the TCP connect only, not the Bolt handshake).
  if (/connection acquisition timed out/i.test(error.message)) {
    return /active conn count = 0\b/i.test(error.message) ? 'unreachable' : 'pool-exhausted';
  }
  if (error.retriable) return 'transient';
  return 'final';
}

/** Milliseconds to wait before attempt `attempt + 1` (0-based), or null to give up now. */
export function retryDelayMs(kind: FailureKind, attempt: number): number | null {
  switch (kind) {
    case 'unreachable':
      return attempt === 0 ? 100 : null;
    case 'transient':
      return Math.min(50 * 2 ** attempt, 1000) * (0.8 + Math.random() * 0.4);
    case 'pool-exhausted':
    case 'final':
      return null;
  }
}
