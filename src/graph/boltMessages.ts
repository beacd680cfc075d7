/**
 * One buffer per Bolt message received, for neo4j-driver's unpacker.
 *
 * Neo4j sends a message in chunks, and a chunk may come in more than one socket read. neo4j-driver 6.3's
 * Dechunker hands a message of several pieces to the unpacker as a CombinedBuffer: every byte it reads walks the
 * list of pieces, and every string is decoded through a new StringDecoder fed each piece in turn
 * (neo4j-driver-bolt-connection's utf8.js). A record of a one-row statement that large (a mandate's 50 KB, a
 * lineage's hundreds of KB) pays that for every key, title and marker byte: a replay of the bench's mandates at
 * 100k documents cost its client 6.0 ms of CPU a request that way, 4.6 joined. Joined into one
 * buffer (one copy of the message's bytes), the same message is read at the single-chunk speed: strings are
 * `Buffer#toString` of a slice. The values decoded are the same (tests/graph/boltMessages.test.ts).
 *
 * The Dechunker is not part of neo4j-driver's public API, so the change is made on its prototype, once, by
 * `joinChunkedMessages`, which every driver the project opens calls (src/graph/driver.ts `createDriver`, through
 * `readChunkedMessages`). It is made only on the Bolt connection package's version it was written for
 * (src/graph/boltPackage.ts): another version, or a package whose files moved, keeps the stock reading (slower,
 * never different), reported once as a BOLT_STOCK_READING warning, and tests/graph/boltMessages.test.ts fails until
 * the Dechunker is read again.
 */
import { loadPinnedBoltFiles, reportStockBolt, boltConnectionModule, type BoltConnectionLoader, type BoltPatchResult } from './boltPackage';

interface ChunkSlice {
  /**
   * The chunk's bytes: a slice of a ChannelBuffer (what Node's socket channel hands the Dechunker) holds exactly
   * them, from 0 to the chunk's end. Slices of other buffers hold none of their own: those keep the stock reading.
   */
  _buffer?: unknown;
  length: number;
}

/** Whether every piece holds its bytes itself, so that joining them reads what the stock CombinedBuffer would. */
function ownBytes(parts: readonly ChunkSlice[]): parts is (ChunkSlice & { _buffer: Buffer })[] {
  return parts.every((part) => Buffer.isBuffer(part._buffer) && part._buffer.length === part.length);
}

interface DechunkerPrototype {
  _onHeader(this: DechunkerState, header: number): unknown;
  AWAITING_CHUNK: unknown;
}

interface DechunkerState {
  _currentMessage: ChunkSlice[];
  AWAITING_CHUNK: unknown;
  onmessage(message: unknown): void;
}

type ChannelBufferClass = new (bytes: Buffer) => unknown;

const JOINED = Symbol.for('directive-graph.joinedChunks');

/**
 * Makes neo4j-driver hand each multi-chunk message to its unpacker as one buffer. Idempotent. Changes nothing and
 * says why when the Bolt connection package is not the version this was written for, its files are not where they
 * were or its Dechunker is not the one it was; any other failure to load them is thrown.
 */
export function joinChunkedMessages(load: BoltConnectionLoader = boltConnectionModule): BoltPatchResult {
  const pinned = loadPinnedBoltFiles(['lib/channel/chunking.js', 'lib/channel/channel-buf.js'], load);
  if (!pinned.files) return { applied: false, reason: pinned.reason };
  const [chunking, channelBuffer] = pinned.files as [Record<string, unknown>, Record<string, unknown>];
  const Dechunker = chunking.Dechunker as { prototype: DechunkerPrototype & { [JOINED]?: true } } | undefined;
  const ChannelBuffer = channelBuffer.default as ChannelBufferClass | undefined;
  if (typeof Dechunker?.prototype?._onHeader !== 'function' || typeof ChannelBuffer !== 'function') {
    return { applied: false, reason: `neo4j-driver-bolt-connection's Dechunker or ChannelBuffer is not the one it was` };
  }
  const proto = Dechunker.prototype;
  if (proto[JOINED]) return { applied: true };
  const stock = proto._onHeader;
  // The stock handler, except that a message boundary after several chunks hands on one buffer of their bytes.
  proto._onHeader = function onHeader(this: DechunkerState, header: number): unknown {
    const parts = this._currentMessage;
    if (header !== 0 || parts.length < 2 || !ownBytes(parts)) return stock.call(this, header);
    this._currentMessage = [];
    this.onmessage(new ChannelBuffer(Buffer.concat(parts.map((part) => part._buffer))));
    return this.AWAITING_CHUNK;
  };
  proto[JOINED] = true;
  return { applied: true };
}

/**
 * `joinChunkedMessages`, telling the user once (through the process's warnings) when the stock reading stays:
 * the API and ingestion then decode large records more slowly, never differently. The joined reading says nothing.
 */
export function readChunkedMessages(load: BoltConnectionLoader = boltConnectionModule): BoltPatchResult {
  return reportStockBolt(joinChunkedMessages(load), {
    stockWork: 'Bolt messages of several chunks are read',
    reread: "the new package's Dechunker",
    module: 'src/graph/boltMessages.ts',
  });
}

/** Whether the drivers of this process hand multi-chunk messages on as one buffer. */
export function chunkedMessagesJoined(): boolean {
  const Dechunker = boltConnectionModule('lib/channel/chunking.js').Dechunker as { prototype: { [JOINED]?: true } } | undefined;
  return Dechunker?.prototype?.[JOINED] === true;
}
