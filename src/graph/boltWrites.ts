/**
 * One socket write per Bolt message batch instead of one per 1,400-byte chunk.
 *
 * The driver packs a statement into chunks of at most 1,400 bytes and hands each to the socket as soon as it
 * is full, so a 2.9 KB statement (the mandate walk) costs three `write` system calls, counted with strace on
 * the API process: 1400 + 1400 + 278 bytes for one RUN and its PULL. On loopback the kernel delivers each
 * segment in the writer's time and wakes Neo4j's reader for each (a tenth of a mandate profile's busy time
 * under load; the CPU saved is small, bench/README.md, q21). Corking
 * the socket for the rest of the synchronous step (Node's documented `cork()` then `uncork()` on the next
 * tick) hands all the chunks of that step to the kernel in one `writev`: the same bytes, in the same order.
 * There is no driver option for this; the driver's channel class is public in neo4j-driver-bolt-connection's
 * index (`channel.Channel`), loaded here from neo4j-driver's own location so it is the instance the driver uses.
 */
import { createRequire } from 'node:module';

/** The part of the driver's NodeChannel this relies on: `write` and its socket. */
interface ChannelPrototype {
  write(this: ChannelLike, buffer: unknown): void;
}
interface ChannelLike {
  _conn?: { cork(): void; uncork(): void; writable?: boolean } | null;
  _pending?: unknown[] | null;
  [CORKED]?: boolean;
}

const CORKED = Symbol('boltWritesCorked');
const PATCHED = Symbol.for('directive-graph.boltWritesCoalesced');

/**
 * Installs the coalescing once per process (idempotent). Returns false when the driver's channel does not
 * have the expected shape (another driver version): the driver then writes as it always did.
 */
export function coalesceBoltWrites(): boolean {
  const requireFromDriver = createRequire(createRequire(import.meta.url).resolve('neo4j-driver'));
  const boltConnection = requireFromDriver('neo4j-driver-bolt-connection') as { channel?: { Channel?: { prototype: ChannelPrototype & { [PATCHED]?: true } } } };
  const proto = boltConnection.channel?.Channel?.prototype;
  if (!proto || typeof proto.write !== 'function') return false;
  if (proto[PATCHED]) return true;
  const write = proto.write;
  proto.write = function coalescedWrite(this: ChannelLike, buffer: unknown): void {
    const socket = this._conn;
    // Not yet connected: the driver queues the buffer itself and sends the queue once connected.
    if (this._pending == null && socket && !this[CORKED]) {
      this[CORKED] = true;
      socket.cork();
      process.nextTick(() => {
        this[CORKED] = false;
        socket.uncork();
      });
    }
    write.call(this, buffer);
  };
  proto[PATCHED] = true;
  return true;
}
