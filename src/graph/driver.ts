/**
 * The one place that opens connections to Neo4j. Reads run in READ sessions (one auto-commit statement each)
 * and writes in WRITE sessions (explicit transactions), so a cluster behind a `neo4j://` routing URI sends
 * each to the right member.
 */
import neo4j, { Neo4jError, type Driver, type RecordShape, type Session, type Transaction } from 'neo4j-driver';
import { driverTimeoutsFor, type DriverTimeouts } from '../config';
import { DirectiveGraphError, ErrorCode } from '../errors';
import { readChunkedMessages } from './boltMessages';
import { unpackReceivedValues } from './boltUnpacking';
import { CircuitBreaker, type Admission } from './circuitBreaker';
import { cypher } from './cypherRegistry';
import { failureKind, retryDelayMs } from './retryPolicy';

export interface ConnectionSettings {
  uri: string;
  user: string;
  password: string;
  database?: string | undefined;
}

export type Params = Record<string, unknown>;

/** Bookmarks a view's sessions start from, and those of its latest write (see `GraphClient.after`). */
interface CausalChain {
  bookmarks: string[];
  written: string[];
}

/** State shared by a client and the deadline-bound views of it (see `GraphClient.until`). */
interface QueryCounter {
  count: number;
  breaker: CircuitBreaker;
}

/** What one deadline-bound view (one API request) learned: once Neo4j was unreachable, it is not tried again. */
interface RequestState {
  unreachable: DirectiveGraphError | null;
}

/** What a unit of work may do with its transaction: run statements (commit and rollback are the client's). */
type StatementRunner = Pick<Transaction, 'run'>;

/**
 * A connection to one database. Counts round trips so tests can prove that a nested GraphQL query costs a
 * fixed number of Cypher queries, whatever the page size.
 *
 * Every transaction is retried by src/graph/retryPolicy.ts (never by the driver's own retry loop), and one
 * given a time limit is also given up on by the client when the server does not answer in time (a server
 * that is shutting down may hold a transaction open without ever failing it).
 */
export class GraphClient {
  private readonly counter: QueryCounter;

  constructor(
    readonly driver: Driver,
    readonly settings: ConnectionSettings,
    readonly timeouts: DriverTimeouts = driverTimeoutsFor(DEFAULT_REQUEST_BUDGET_MS),
    /** Epoch ms by which every transaction must end (a request's deadline); none when infinite. */
    private readonly deadline = Number.POSITIVE_INFINITY,
    counter?: QueryCounter,
    /** Causal chain of a view (see `after`): what its sessions wait for, and where its writes are recorded. */
    private readonly chain: CausalChain | null = null,
    /** Set on views made by `until` (one per request); a long-lived client keeps trying. */
    private readonly request: RequestState | null = null,
  ) {
    this.counter = counter ?? { count: 0, breaker: new CircuitBreaker() };
  }

  /**
   * The same connection, reading no older data than `bookmarks` (from `writtenBookmarks` of a write made
   * through any process, e.g. another API replica): in a cluster a read member first catches up with them.
   * The view records the bookmarks of its own writes in `writtenBookmarks`, for the client to carry on.
   */
  after(bookmarks: readonly string[]): GraphClient {
    return new GraphClient(this.driver, this.settings, this.timeouts, this.deadline, this.counter, { bookmarks: [...bookmarks], written: [] }, this.request);
  }

  /** Bookmarks of the writes made through this view (see `after`); empty when it wrote nothing. */
  get writtenBookmarks(): string[] {
    return [...(this.chain?.written ?? [])];
  }

  /** Cypher statements sent since creation (or the last `resetQueryCount`), by this client and its views. */
  get queryCount(): number {
    return this.counter.count;
  }
  set queryCount(value: number) {
    this.counter.count = value;
  }

  resetQueryCount(): void {
    this.counter.count = 0;
  }

  /**
   * The same connection, with every transaction bounded by `deadline` (a request's budget). The view stands
   * for one request: after one of its transactions finds Neo4j unreachable, its later ones fail at once with
   * the same error, so a request that runs several queries (sibling fields, a mutation's reads and writes)
   * pays for at most one connection attempt and stays within the time promised for a lost database.
   */
  until(deadline: number): GraphClient {
    return new GraphClient(this.driver, this.settings, this.timeouts, Math.min(deadline, this.deadline), this.counter, this.chain, { unreachable: null });
  }

  private session(mode: 'READ' | 'WRITE') {
    const chain = this.chain;
    return this.driver.session({
      database: this.settings.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      // A view reads after its own writes and after the bookmarks it was given. None given, none passed: the
      // driver copies and checks a bookmark list for every session, and an API request's view usually has none.
      ...(chain && (chain.bookmarks.length || chain.written.length) ? { bookmarks: [...chain.bookmarks, ...chain.written] } : {}),
    });
  }

  /** `timeoutMs`: the server aborts the transaction after that long (the API's per-request time budget). */
  async read<R extends RecordShape = RecordShape>(cypher: string, params: Params = {}, options: { timeoutMs?: number } = {}): Promise<R[]> {
    this.counter.count++;
    return this.transaction(
      'READ',
      async (tx) => {
        const result = await tx.run<R>(cypher, params);
        return result.records.map((r) => r.toObject() as R);
      },
      options.timeoutMs,
    );
  }

  async write<R extends RecordShape = RecordShape>(cypher: string, params: Params = {}): Promise<R[]> {
    return this.writeTransaction((tx) => tx.run<R>(cypher, params));
  }

  /** Runs `work` in one write transaction: all of it lands or none of it does. */
  async writeTransaction<T>(work: (tx: CountingTransaction) => Promise<T>): Promise<T> {
    return this.transaction('WRITE', (tx) => work(new CountingTransaction(tx, this.counter)));
  }

  private async transaction<T>(mode: 'READ' | 'WRITE', work: (tx: StatementRunner) => Promise<T>, timeoutMs?: number): Promise<T> {
    if (this.request?.unreachable) throw this.request.unreachable;
    try {
      return await this.attempts(mode, work, timeoutMs);
    } catch (error) {
      if (this.request && error instanceof DirectiveGraphError && error.code === ErrorCode.DATABASE_UNAVAILABLE && error.retriable) {
        this.request.unreachable = error;
      }
      throw error;
    }
  }

  private async attempts<T>(mode: 'READ' | 'WRITE', work: (tx: StatementRunner) => Promise<T>, timeoutMs?: number): Promise<T> {
    const started = Date.now();
    const end = Math.min(started + (timeoutMs ?? Number.POSITIVE_INFINITY), this.deadline);
    // A request retries transient failures (deadlocks of concurrent writes) for its whole budget; work without
    // a deadline (the CLIs) for maxTransactionRetryTimeMs.
    const retryUntil = Number.isFinite(end) ? end : started + this.timeouts.maxTransactionRetryTimeMs;
    for (let attempt = 0; ; attempt++) {
      const left = end - Date.now();
      if (left <= 0) throw this.outOfTime(end - started);
      let admission: Admission = this.counter.breaker.admit();
      if (admission === 'refused') {
        throw unreachable(this.settings.uri, 'it stopped answering; another request is checking whether it is back', null);
      }
      if (admission === 'probe') {
        await this.checkBack(Math.min(left, CIRCUIT_CHECK_MS));
        admission = 'closed';
      }
      const session = this.session(mode);
      const attemptStarted = Date.now();
      let abandoned = false;
      let outcome: Outcome = 'unknown';
      try {
        const config = Number.isFinite(left) ? { timeout: Math.max(1, Math.ceil(left)) } : undefined;
        // A read is one statement: run in an auto-commit transaction, it needs no BEGIN and no COMMIT, so one
        // round trip instead of two (RUN and PULL go together; COMMIT waited for the last record).
        const running = mode === 'READ' ? runAutoCommit(session, work, config) : runInTransaction(session, work, config);
        const result = await (Number.isFinite(left)
          ? giveUpAfter(running, left + SERVER_ABORT_GRACE_MS, () => {
              abandoned = true;
              return this.outOfTime(end - started);
            })
          : running);
        outcome = 'reachable';
        if (mode === 'WRITE' && this.chain) this.chain.written = session.lastBookmarks();
        return result;
      } catch (error) {
        const kind = abandoned ? 'final' : failureKind(error);
        outcome = kind === 'unreachable' ? 'unreachable' : outcomeOf(error);
        // An unreachable server is tried again only when the failure came at once (a pooled connection that
        // died with a restart) and this was not already the check of an open circuit: a connection attempt
        // that timed out would only time out again, and the answer is due within 2 s.
        const worthAnotherTry =
          kind !== 'unreachable' || (admission === 'closed' && Date.now() - attemptStarted < this.timeouts.connectionTimeoutMs / 2);
        const delay = abandoned || !worthAnotherTry ? null : retryDelayMs(kind, attempt);
        if (delay === null || Date.now() + delay >= retryUntil) throw mapNeo4jError(error, this.settings.uri);
        await new Promise((resolve) => setTimeout(resolve, delay));
      } finally {
        this.counter.breaker.settle(admission, outcome);
        // A session whose server stopped answering may never close: do not wait for it then.
        const closing = session.close().catch(() => undefined);
        if (!abandoned) await closing;
      }
    }
  }

  /**
   * The check of an open circuit, before the request's own query: one trivial statement, given at most `ms`.
   * A server that is still gone, or stopping (it holds new transactions for a while before refusing them),
   * costs the request no more than that; a restarted cold server is not judged by a heavy first query. Closes
   * the circuit on success; throws DATABASE_UNAVAILABLE otherwise. Not counted in `queryCount`.
   */
  private async checkBack(ms: number): Promise<void> {
    const session = this.session('READ');
    let abandoned = false;
    let outcome: Outcome = 'unknown';
    try {
      const running = runInTransaction(session, (tx) => tx.run(cypher('server.check')), { timeout: Math.max(1, Math.ceil(ms)) });
      await giveUpAfter(running, ms, () => {
        abandoned = true;
        return unreachable(this.settings.uri, `it did not answer a check within ${formatSeconds(ms)}`, null);
      });
      outcome = 'reachable';
    } catch (error) {
      outcome = abandoned || failureKind(error) === 'unreachable' ? 'unreachable' : outcomeOf(error);
      throw mapNeo4jError(error, this.settings.uri);
    } finally {
      this.counter.breaker.settle('probe', outcome);
      const closing = session.close().catch(() => undefined);
      if (!abandoned) await closing;
    }
  }

  private outOfTime(ms: number): DirectiveGraphError {
    return new DirectiveGraphError(
      ErrorCode.TIMEOUT,
      `Neo4j at ${this.settings.uri} did not finish within ${formatSeconds(ms)}: the query is too large for the request's time budget, ` +
        'or the database is overloaded or stopping. Ask for less, or retry; REQUEST_TIMEOUT_MS sets the budget.',
      true,
    );
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}

/**
 * Runs `work` in one explicit transaction and commits it. Not `session.executeRead/executeWrite`: their retry
 * loop retries once after about a second even with `maxTransactionRetryTime: 0` (it compares the time elapsed
 * since the failure, 0 ms, with the limit), which made every unreachable-server failure cost two connection
 * attempts and a second of waiting. Retries are GraphClient's alone.
 */
async function runInTransaction<T>(session: Session, work: (tx: StatementRunner) => Promise<T>, config: { timeout: number } | undefined): Promise<T> {
  const tx = withoutCallerStack(() => session.beginTransaction(config));
  const runner: StatementRunner = { run: (text: string, params?: Params) => withoutCallerStack(() => tx.run(text, params)) } as StatementRunner;
  try {
    const result = await work(runner);
    await withoutCallerStack(() => tx.commit());
    return result;
  } catch (error) {
    if (tx.isOpen()) await tx.rollback().catch(() => undefined);
    throw error;
  }
}

/** Runs the statements of `work` as auto-commit transactions of the session (a read's one statement). */
function runAutoCommit<T>(session: Session, work: (tx: StatementRunner) => Promise<T>, config: { timeout: number } | undefined): Promise<T> {
  const runner: StatementRunner = { run: (text: string, params?: Params) => withoutCallerStack(() => session.run(text, params, config)) } as StatementRunner;
  return work(runner);
}

/**
 * Starts a driver call without the stack trace the driver formats for every statement, begin and commit (to
 * put the caller in a later error). Under tsx every trace is mapped through source maps: it was 3% of the
 * API's CPU under load, for a call site that is always GraphClient. Errors keep their message and code.
 */
function withoutCallerStack<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

type Outcome = 'reachable' | 'unreachable' | 'unknown';

/** A failure that is not about reachability: the server answered with an error of its own, so it is up; a timeout tells nothing. */
function outcomeOf(error: unknown): Outcome {
  return error instanceof Neo4jError && error.code.startsWith('Neo.') ? 'reachable' : 'unknown';
}

/**
 * How long the check of an open circuit may take: inside the 2 s promised for a lost database, with room for
 * the connection attempt (DriverTimeouts.connectionTimeoutMs) it may need.
 */
const CIRCUIT_CHECK_MS = 1000;

/** How long past its timeout the client waits for the server to abort a transaction before giving up on it. */
const SERVER_ABORT_GRACE_MS = 500;
const DEFAULT_REQUEST_BUDGET_MS = 15_000;

function formatSeconds(ms: number): string {
  return ms < 1000 ? `${Math.max(0, Math.round(ms))} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** `promise`, or the error `onTimeout` makes when it has not settled after `ms`. */
async function giveUpAfter<T>(promise: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** A transaction that counts its statements on the owning client. */
export class CountingTransaction {
  constructor(
    private readonly tx: StatementRunner,
    private readonly counter: QueryCounter,
  ) {}

  async run<R extends RecordShape = RecordShape>(cypher: string, params: Params = {}): Promise<R[]> {
    this.counter.count++;
    const result = await this.tx.run<R>(cypher, params);
    return result.records.map((r) => r.toObject() as R);
  }

  /**
   * Several statements of this transaction sent back to back, answers in their order: each `run` starts before
   * the previous one is answered, so the server runs them one after another with no round trip between them, and
   * the client packs the next statement's parameters while the server runs the last. The server still runs them
   * in order, each seeing what the ones before it wrote: the same writes as awaiting each in turn. When one fails,
   * the ones after it fail with it and the first failure is thrown.
   */
  async runInOrder(statements: readonly { cypher: string; params: Params }[]): Promise<RecordShape[][]> {
    return Promise.all(statements.map((s) => this.run(s.cypher, s.params)));
  }
}

/**
 * A driver with this project's settings (timeouts from the request budget, no driver-side retries, plain
 * numbers for integers), without checking that the server answers: `connect` does that.
 */
export function createDriver(settings: ConnectionSettings, timeouts: DriverTimeouts, poolSize = MAX_CONNECTION_POOL_SIZE): Driver {
  // A record past one Bolt chunk is decoded from one buffer, not a chunk list (src/graph/boltMessages.ts), and its
  // maps and small integers are built without the stock unpacker's per-value objects (src/graph/boltUnpacking.ts).
  // When the driver's internals are not the ones patched, the user hears it once for each patch.
  readChunkedMessages();
  unpackReceivedValues();
  try {
    return neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
      connectionTimeout: timeouts.connectionTimeoutMs,
      connectionAcquisitionTimeout: timeouts.connectionAcquisitionTimeoutMs,
      // GraphClient retries by kind of failure (src/graph/retryPolicy.ts) within timeouts.maxTransactionRetryTimeMs.
      maxTransactionRetryTime: 0,
      maxConnectionPoolSize: poolSize,
      // Integers come back as JS numbers: our counts and offsets are far below 2^53.
      disableLosslessIntegers: true,
      logging: { level: 'error', logger: () => undefined },
    });
  } catch (error) {
    throw new DirectiveGraphError(
      ErrorCode.DATABASE_UNAVAILABLE,
      `NEO4J_URI "${settings.uri}" is not a valid Neo4j address (${errorMessage(error)}). ` +
        'Use bolt://host:7687, neo4j://host:7687 or neo4j+s://host for Aura, or unset NEO4J_URI to use the local server.',
    );
  }
}

/**
 * Opens a driver and proves the server answers, within `timeoutMs`. Fails with DATABASE_UNAVAILABLE or
 * DATABASE_AUTH_FAILED and a message naming the server and the setting to check.
 */
export async function connect(
  settings: ConnectionSettings,
  timeoutMs = 15000,
  timeouts: DriverTimeouts = driverTimeoutsFor(DEFAULT_REQUEST_BUDGET_MS),
  poolSize = MAX_CONNECTION_POOL_SIZE,
): Promise<GraphClient> {
  const driver = createDriver(settings, timeouts, poolSize);
  try {
    await withTimeout(driver.verifyConnectivity({ database: settings.database }), timeoutMs, settings.uri);
  } catch (error) {
    await driver.close().catch(() => undefined);
    throw mapNeo4jError(error, settings.uri);
  }
  return new GraphClient(driver, settings, timeouts);
}

/** Connections one API process opens at most; src/api/loaders.ts caps what one request may hold. */
export const MAX_CONNECTION_POOL_SIZE = 50;

async function withTimeout<T>(promise: Promise<T>, ms: number, uri: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new DirectiveGraphError(
            ErrorCode.DATABASE_UNAVAILABLE,
            `Neo4j at ${uri} did not answer within ${Math.round(ms / 1000)} s. Check that the server is running ` +
              'and reachable from this machine (firewall, host, port), or unset NEO4J_URI to use the local server.',
            true,
          ),
        ),
      ms,
    );
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Driver errors -> our codes and messages a user can act on. Other errors pass through unchanged. */
export function mapNeo4jError(error: unknown, uri: string): unknown {
  if (error instanceof DirectiveGraphError) return error;
  const message = errorMessage(error);
  if (!(error instanceof Neo4jError)) {
    // Failures below the driver (a refused socket while verifying connectivity) come as plain errors.
    if (/ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|ECONNRESET/.test(message)) return unreachable(uri, message, error);
    return error;
  }
  const code = error.code;
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new DirectiveGraphError(
      ErrorCode.DATABASE_AUTH_FAILED,
      `Neo4j at ${uri} rejected the credentials: check NEO4J_USER and NEO4J_PASSWORD (${message}).`,
      false,
      { cause: error },
    );
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new DirectiveGraphError(
      ErrorCode.DATABASE_UNAVAILABLE,
      `Neo4j at ${uri} has no database by that name: check NEO4J_DATABASE (${message}).`,
      false,
      { cause: error },
    );
  }
  if (code === 'Neo.ClientError.Transaction.InvalidBookmark' || code === 'Neo.ClientError.Transaction.InvalidBookmarkMixture') {
    return new DirectiveGraphError(
      ErrorCode.BAD_USER_INPUT,
      `Neo4j at ${uri} does not know a bookmark this request carried (${message}). Send back only the neo4j-bookmarks header of an earlier answer.`,
      false,
      { cause: error },
    );
  }
  if (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) {
    return new DirectiveGraphError(
      ErrorCode.TIMEOUT,
      `Neo4j at ${uri} aborted the query when the request's time budget ran out. Ask for less (smaller "first" or "maxDepth", ` +
        'narrower filters), or raise REQUEST_TIMEOUT_MS on the server.',
      true,
      { cause: error },
    );
  }
  switch (failureKind(error)) {
    case 'unreachable':
      return unreachable(uri, message, error);
    case 'pool-exhausted':
      return new DirectiveGraphError(
        ErrorCode.TIMEOUT,
        `Every connection to Neo4j at ${uri} stayed busy (${message}): the server is overloaded. Retry in a moment.`,
        true,
        { cause: error },
      );
    case 'transient':
      return new DirectiveGraphError(
        ErrorCode.DATABASE_UNAVAILABLE,
        `Neo4j at ${uri} could not run the query just now (${code}: ${message}). Retry in a moment.`,
        true,
        { cause: error },
      );
    case 'final':
      return error;
  }
}

function unreachable(uri: string, message: string, cause: unknown): DirectiveGraphError {
  return new DirectiveGraphError(
    ErrorCode.DATABASE_UNAVAILABLE,
    `Cannot reach Neo4j at ${uri} (${message}). Start it (\`npm run db:start\` for the local server) or fix NEO4J_URI.`,
    true,
    { cause },
  );
}
