/**
 * One socket write per Bolt message sent, for neo4j-driver's connections.
 *
 * neo4j-driver 6.3's Chunker packs a message into a 1,400-byte buffer and hands it to the socket each time it
 * fills: the RUN of lineage's walk statement (4,141 characters at depth 3, 7,432 at depth 6) went out in 4 and 6
 * `socket.write` calls, each a system call that on loopback also does the receiving side's TCP work. The
 * channel's socket is corked at the first write of a tick and uncorked on the next tick, so every piece written
 * in one go (a message's chunks, RUN and PULL) leaves in one `writev`. The bytes and their order are the same
 * (tests/graph/boltWrites.test.ts).
 *
 * NodeChannel is not part of neo4j-driver's public API: the change is made on its prototype, once, by
 * `oneWritePerTick`, which every driver the project opens calls (src/graph/driver.ts `createDriver`), only on the
 * Bolt connection package's version it was written for (as src/graph/boltMessages.ts): another version keeps the
 * stock writes (more system calls, same bytes).
 */
import { BOLT_CONNECTION_VERSION, boltConnectionModule, missingFile, type BoltConnectionLoader } from './boltMessages';

interface CorkableSocket {
  cork(): void;
  uncork(): void;
  writableCorked: number;
}

interface NodeChannelState {
  _pending: unknown[] | null;
  _conn: CorkableSocket;
}

interface NodeChannelPrototype {
  write(this: NodeChannelState, buffer: unknown): void;
}

const CORKED = Symbol.for('directive-graph.oneWritePerTick');

/**
 * Makes neo4j-driver's socket channel send what it is given in one tick as one write. Idempotent. Returns false,
 * changing nothing, when the Bolt connection package is not the version this was written for or its files are
 * not where they were; any other failure to load them is thrown.
 */
export function oneWritePerTick(load: BoltConnectionLoader = boltConnectionModule): boolean {
  let channel: Record<string, unknown>;
  try {
    if (load('package.json').version !== BOLT_CONNECTION_VERSION) return false;
    channel = load('lib/channel/node/node-channel.js');
  } catch (error) {
    if (missingFile(error)) return false;
    throw error;
  }
  const NodeChannel = channel.default as { prototype: NodeChannelPrototype & { [CORKED]?: true } } | undefined;
  if (typeof NodeChannel?.prototype?.write !== 'function') return false;
  const proto = NodeChannel.prototype;
  if (proto[CORKED]) return true;
  const stock = proto.write;
  proto.write = function write(this: NodeChannelState, buffer: unknown): void {
    // Before the connection is up the channel queues writes itself; a socket already corked uncorks this tick.
    const conn = this._conn;
    if (this._pending === null && conn && typeof conn.cork === 'function' && !conn.writableCorked) {
      conn.cork();
      process.nextTick(() => conn.uncork());
    }
    stock.call(this, buffer);
  };
  proto[CORKED] = true;
  return true;
}
