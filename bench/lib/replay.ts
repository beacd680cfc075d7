/**
 * Recording the Cypher an API request runs, to replay it as the query floor. A GraphClient whose `read`
 * logs each statement with its parameters and timing; statements issued before any earlier one of the same
 * request finished belong to the same "wave" (one DataLoader level) and are replayed concurrently.
 */
import neo4j from 'neo4j-driver';
import { GraphClient, type Params } from '../../src/graph/driver';

export interface RecordedStatement {
  cypher: string;
  /** JSON-safe parameters: neo4j Integers are written as {"$int": "10"}. */
  params: Record<string, unknown>;
}

interface Logged {
  cypher: string;
  params: Params;
  start: number;
  end: number;
}

export class RecordingGraphClient extends GraphClient {
  log: Logged[] = [];

  static wrap(graph: GraphClient): RecordingGraphClient {
    return new RecordingGraphClient(graph.driver, graph.settings);
  }

  /**
   * The server binds each request to its deadline (`until`) and to the client's bookmarks (`after`): those
   * views must record into this log too.
   */
  override until(): GraphClient {
    return this;
  }
  override after(): GraphClient {
    return this;
  }

  override async read<R extends Record<string, unknown> = Record<string, unknown>>(
    cypher: string,
    params: Params = {},
    options: { timeoutMs?: number } = {},
  ): Promise<R[]> {
    const start = performance.now();
    const result = await super.read<R>(cypher, params, options);
    this.log.push({ cypher, params, start, end: performance.now() });
    return result;
  }

  /** The statements logged since the last call, grouped into waves, and clears the log. */
  takeWaves(): RecordedStatement[][] {
    const logged = [...this.log].sort((a, b) => a.start - b.start);
    this.log = [];
    const waves: RecordedStatement[][] = [];
    let current: Logged[] = [];
    for (const s of logged) {
      const firstEnd = current.length ? Math.min(...current.map((c) => c.end)) : Infinity;
      if (current.length && s.start >= firstEnd) {
        waves.push(current.map(toRecorded));
        current = [];
      }
      current.push(s);
    }
    if (current.length) waves.push(current.map(toRecorded));
    return waves;
  }
}

function toRecorded(s: Logged): RecordedStatement {
  return { cypher: s.cypher, params: encodeParams(s.params) as Record<string, unknown> };
}

function encodeParams(value: unknown): unknown {
  if (neo4j.isInt(value)) return { $int: value.toString() };
  if (Array.isArray(value)) return value.map(encodeParams);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, encodeParams(v)]));
  }
  return value;
}

export function reviveParams(value: unknown): Record<string, unknown> {
  return revive(value) as Record<string, unknown>;
}

function revive(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(revive);
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (Object.keys(o).length === 1 && typeof o.$int === 'string') return neo4j.int(o.$int);
    return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, revive(v)]));
  }
  return value;
}
