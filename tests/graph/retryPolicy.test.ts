/**
 * Which driver failures are retried: a transient server error with backoff, an unreachable server once and
 * quickly, a busy pool and everything else never. Errors are the driver's own Neo4jError class.
 */
import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { driverTimeoutsFor } from '../../src/config';
import { mapNeo4jError } from '../../src/graph/driver';
import { CircuitBreaker } from '../../src/graph/circuitBreaker';
import { failureKind, retryDelayMs } from '../../src/graph/retryPolicy';

const neo4jError = (message: string, code: string) => new Neo4jError(message, code, '50N42', 'error', undefined as never);

describe('retry policy', () => {
  it('tells unreachable, busy, transient and final failures apart', () => {
    expect(failureKind(neo4jError('connect ECONNREFUSED 127.0.0.1:7687', 'ServiceUnavailable'))).toBe('unreachable');
    expect(failureKind(neo4jError('Connection acquisition timed out in 5000 ms. Pool status: Active conn count = 50, Idle conn count = 0.', 'N/A'))).toBe(
      'pool-exhausted',
    );
    // Nothing in use: the wait was for a new connection the server accepted and never answered.
    expect(failureKind(neo4jError('Connection acquisition timed out in 1250 ms. Pool status: Active conn count = 0, Idle conn count = 0.', 'N/A'))).toBe(
      'unreachable',
    );
    expect(failureKind(neo4jError('deadlock', 'Neo.TransientError.Transaction.DeadlockDetected'))).toBe('transient');
    expect(failureKind(neo4jError('syntax', 'Neo.ClientError.Statement.SyntaxError'))).toBe('final');
    expect(failureKind(new Error('ECONNREFUSED'))).toBe('final');
  });

  it('retries an unreachable server once, a transient error with growing delays, the rest never', () => {
    expect(retryDelayMs('unreachable', 0)).toBe(100);
    expect(retryDelayMs('unreachable', 1)).toBeNull();
    const first = retryDelayMs('transient', 0)!;
    const fourth = retryDelayMs('transient', 3)!;
    expect(first).toBeGreaterThan(0);
    expect(fourth).toBeGreaterThan(first);
    expect(retryDelayMs('pool-exhausted', 0)).toBeNull();
    expect(retryDelayMs('final', 0)).toBeNull();
  });

  it('maps a busy pool to a retriable TIMEOUT and an unreachable server to DATABASE_UNAVAILABLE naming it', () => {
    const busy = mapNeo4jError(neo4jError('Connection acquisition timed out in 5000 ms.', 'N/A'), 'bolt://db:7687');
    expect(busy).toMatchObject({ code: 'TIMEOUT', retriable: true });
    const down = mapNeo4jError(neo4jError('connect ECONNREFUSED', 'ServiceUnavailable'), 'bolt://db:7687');
    expect(down).toMatchObject({ code: 'DATABASE_UNAVAILABLE', retriable: true });
    expect((down as Error).message).toContain('bolt://db:7687');
  });

  it('derives the driver timeouts from the request budget, well inside it', () => {
    const timeouts = driverTimeoutsFor(15_000);
    expect(timeouts.connectionTimeoutMs).toBeLessThanOrEqual(2_000);
    expect(timeouts.connectionAcquisitionTimeoutMs).toBeLessThan(15_000);
    expect(timeouts.maxTransactionRetryTimeMs).toBeLessThan(15_000);
    expect(timeouts.connectionAcquisitionTimeoutMs).toBeGreaterThanOrEqual(timeouts.connectionTimeoutMs);
  });
});

describe('circuit breaker', () => {
  it('lets one request at a time check an unreachable server, refuses the rest, and closes on a success', () => {
    const breaker = new CircuitBreaker();
    const first = breaker.admit();
    expect(first).toBe('closed');
    breaker.settle(first, 'unreachable');
    const probe = breaker.admit();
    expect(probe).toBe('probe');
    expect(breaker.admit()).toBe('refused');
    breaker.settle(probe, 'unknown');
    const second = breaker.admit();
    expect(second).toBe('probe');
    breaker.settle(second, 'reachable');
    expect(breaker.admit()).toBe('closed');
    expect(breaker.admit()).toBe('closed');
  });
});
