/**
 * The one place that opens connections to Neo4j. Reads go through `executeRead` and writes through
 * `executeWrite`, so a cluster behind a `neo4j://` routing URI sends each to the right member.
 */
import neo4j, { type Config, type Driver, type ManagedTransaction, type RecordShape } from 'neo4j-driver';
import { DirectiveGraphError, ErrorCode } from '../errors';

export interface ConnectionSettings {
  uri: string;
  user: string;
  password: string;
  database?: string | undefined;
}

export type Params = Record<string, unknown>;

/**
 * A connection to one database. Counts round trips so tests can prove that a nested GraphQL query costs a
 * fixed number of Cypher queries, whatever the page size.
 */
export class GraphClient {
  /** Cypher statements sent since creation (or the last `resetQueryCount`). */
  queryCount = 0;

  constructor(
    readonly driver: Driver,
    readonly settings: ConnectionSettings,
  ) {}

  resetQueryCount(): void {
    this.queryCount = 0;
  }

  private session(mode: 'READ' | 'WRITE') {
    return this.driver.session({
      database: this.settings.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
  }

  /** `timeoutMs`: the server aborts the transaction after that long (the API's per-request time budget). */
  async read<R extends RecordShape = RecordShape>(cypher: string, params: Params = {}, options: { timeoutMs?: number } = {}): Promise<R[]> {
    const session = this.session('READ');
    try {
      this.queryCount++;
      return await session.executeRead(
        async (tx) => {
          const result = await tx.run<R>(cypher, params);
          return result.records.map((r) => r.toObject() as R);
        },
        options.timeoutMs === undefined ? undefined : { timeout: Math.max(1, Math.ceil(options.timeoutMs)) },
      );
    } catch (error) {
      throw mapNeo4jError(error, this.settings.uri);
    } finally {
      await session.close();
    }
  }

  async write<R extends RecordShape = RecordShape>(cypher: string, params: Params = {}): Promise<R[]> {
    return this.writeTransaction((tx) => tx.run<R>(cypher, params));
  }

  /** Runs `work` in one write transaction: all of it lands or none of it does. */
  async writeTransaction<T>(work: (tx: CountingTransaction) => Promise<T>): Promise<T> {
    const session = this.session('WRITE');
    try {
      return await session.executeWrite((tx) => work(new CountingTransaction(tx, this)));
    } catch (error) {
      throw mapNeo4jError(error, this.settings.uri);
    } finally {
      await session.close();
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}

/** A transaction that counts its statements on the owning client. */
export class CountingTransaction {
  constructor(
    private readonly tx: ManagedTransaction,
    private readonly client: GraphClient,
  ) {}

  async run<R extends RecordShape = RecordShape>(cypher: string, params: Params = {}): Promise<R[]> {
    this.client.queryCount++;
    const result = await this.tx.run<R>(cypher, params);
    return result.records.map((r) => r.toObject() as R);
  }
}

/**
 * Opens a driver and proves the server answers, within `timeoutMs`. Fails with DATABASE_UNAVAILABLE or
 * DATABASE_AUTH_FAILED and a message naming the server and the setting to check. `driverConfig` overrides
 * driver settings for one kind of caller (the ingest CLI shortens timeouts and retries to notice a lost
 * server quickly).
 */
export async function connect(settings: ConnectionSettings, timeoutMs = 15000, driverConfig: Config = {}): Promise<GraphClient> {
  let driver: Driver;
  try {
    driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
      connectionTimeout: Math.min(timeoutMs, 10000),
      connectionAcquisitionTimeout: timeoutMs,
      maxConnectionPoolSize: 50,
      // Integers come back as JS numbers: our counts and offsets are far below 2^53.
      disableLosslessIntegers: true,
      logging: { level: 'error', logger: () => undefined },
      ...driverConfig,
    });
  } catch (error) {
    throw new DirectiveGraphError(
      ErrorCode.DATABASE_UNAVAILABLE,
      `NEO4J_URI "${settings.uri}" is not a valid Neo4j address (${errorMessage(error)}). ` +
        'Use bolt://host:7687, neo4j://host:7687 or neo4j+s://host for Aura, or unset NEO4J_URI to use the local server.',
    );
  }
  try {
    await withTimeout(driver.verifyConnectivity({ database: settings.database }), timeoutMs, settings.uri);
  } catch (error) {
    await driver.close().catch(() => undefined);
    throw mapNeo4jError(error, settings.uri);
  }
  return new GraphClient(driver, settings);
}

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
  const code = (error as { code?: string } | null)?.code ?? '';
  const message = errorMessage(error);
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new DirectiveGraphError(
      ErrorCode.DATABASE_AUTH_FAILED,
      `Neo4j at ${uri} rejected the credentials: check NEO4J_USER and NEO4J_PASSWORD (${message}).`,
      false,
      { cause: error },
    );
  }
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || /ECONNREFUSED|ENOTFOUND|EHOSTUNREACH/.test(message)) {
    return new DirectiveGraphError(
      ErrorCode.DATABASE_UNAVAILABLE,
      `Cannot reach Neo4j at ${uri} (${message}). Start it (\`npm run db:start\` for the local server) ` +
        'or fix NEO4J_URI.',
      true,
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
  return error;
}
