/**
 * Values received from Neo4j built without work the driver's unpacker does per value for nothing.
 *
 * neo4j-driver 6.3's unpacker (neo4j-driver-bolt-connection's packstream-v1.js):
 * - builds every Bolt map (a task's fields, an assignment's, every message's metadata) by `Object.defineProperty(value,
 *   key, { value, writable: true, enumerable: true, configurable: true })` for each entry, so that a key `__proto__`
 *   cannot set the object's prototype. Defining a property so goes through the runtime with a descriptor object per
 *   entry: 2.4 µs for a map of 15 entries on Node 20, against 0.27 µs assigned. Assignment gives the same object (own,
 *   writable, enumerable, configurable data properties in the same order) for every key but `__proto__`, which keeps
 *   the stock definition.
 * - makes every integer an `Integer` (a pair of 32-bit halves), which the driver's `disableLosslessIntegers` (set by
 *   src/graph/driver.ts) then turns into a number through `toNumberOrInfinity`: two comparisons with the safe range,
 *   each a subtraction that makes further `Integer`s, about five objects per integer received (a lineage answer's
 *   depths, a page's counts). An integer of at most 32 bits, the Bolt markers below INT_64, is always a safe number:
 *   it is read as one. A 64-bit one takes the stock path (its conversion gives ±Infinity beyond the safe range).
 *
 * The unpacker is not part of neo4j-driver's public API: the change is made on its prototype, once, by
 * `unpackValuesDirectly`, which every driver the project opens calls (src/graph/driver.ts `createDriver`, through
 * `unpackReceivedValues`, beside `readChunkedMessages`), only on the Bolt connection package's version it was written
 * for (src/graph/boltPackage.ts); another version keeps the stock unpacking (slower, never different), reported once
 * as a BOLT_STOCK_READING warning, and tests/graph/boltUnpacking.test.ts fails until the unpacker is read again.
 * The bench's floor (bench/workers/cypherLoad.ts) opens a stock driver and keeps the stock unpacking.
 */
import { boltConnectionModule, loadPinnedBoltFiles, reportStockBolt, type BoltConnectionLoader, type BoltPatchResult } from './boltPackage';

interface ReadBuffer {
  readInt8(): number;
  readInt16(): number;
  readInt32(): number;
}

interface UnpackerState {
  _disableLosslessIntegers: boolean;
  _useBigInt: boolean;
  unpack(buffer: unknown, hydrateStructure?: unknown): unknown;
}

interface UnpackerPrototype extends UnpackerState {
  _unpackMapWithSize(size: number, buffer: unknown, hydrateStructure?: unknown): Record<string, unknown>;
  _unpackNumberOrInteger(marker: number, buffer: ReadBuffer): unknown;
}

/** Packstream markers of integers of at most 32 bits (TINY_INT is 0x00-0x7f and 0xf0-0xff). */
const INT_8 = 0xc8;
const INT_16 = 0xc9;
const INT_32 = 0xca;

const DIRECT = Symbol.for('directive-graph.unpackedDirectly');

/**
 * Makes neo4j-driver's unpacker build received maps by assignment and read integers of at most 32 bits as numbers
 * when its driver asked for numbers. Idempotent. Changes nothing and says why when the Bolt connection package is
 * not the version this was written for, or its unpacker is not where it was; any other failure to load it is thrown.
 */
export function unpackValuesDirectly(load: BoltConnectionLoader = boltConnectionModule): BoltPatchResult {
  const pinned = loadPinnedBoltFiles(['lib/packstream/packstream-v1.js'], load);
  if (!pinned.files) return { applied: false, reason: pinned.reason };
  const Unpacker = pinned.files[0]!.Unpacker as { prototype: UnpackerPrototype & { [DIRECT]?: true } } | undefined;
  const proto = Unpacker?.prototype;
  if (typeof proto?._unpackMapWithSize !== 'function' || typeof proto._unpackNumberOrInteger !== 'function' || typeof proto.unpack !== 'function') {
    return { applied: false, reason: `neo4j-driver-bolt-connection's Unpacker is not the one it was` };
  }
  if (proto[DIRECT]) return { applied: true };
  // The stock loop (a key, then its value, each unpacked in turn), entries assigned.
  proto._unpackMapWithSize = function unpackMapWithSize(this: UnpackerState, size: number, buffer: unknown, hydrateStructure?: unknown) {
    const value: Record<string, unknown> = {};
    for (let i = 0; i < size; i++) {
      const key = this.unpack(buffer, hydrateStructure) as string;
      const unpacked = this.unpack(buffer, hydrateStructure);
      if (key === '__proto__') Object.defineProperty(value, key, { value: unpacked, writable: true, enumerable: true, configurable: true });
      else value[key] = unpacked;
    }
    return value;
  };
  const stockNumberOrInteger = proto._unpackNumberOrInteger;
  // `unpack` hands a number on as it is (a float's path): what toNumberOrInfinity gives for these integers.
  proto._unpackNumberOrInteger = function unpackNumberOrInteger(this: UnpackerState, marker: number, buffer: ReadBuffer): unknown {
    if (!this._disableLosslessIntegers || this._useBigInt) return stockNumberOrInteger.call(this, marker, buffer);
    if (marker < 0x80) return marker;
    if (marker >= 0xf0) return marker - 0x100;
    if (marker === INT_8) return buffer.readInt8();
    if (marker === INT_16) return buffer.readInt16();
    if (marker === INT_32) return buffer.readInt32();
    return stockNumberOrInteger.call(this, marker, buffer);
  };
  proto[DIRECT] = true;
  return { applied: true };
}

/**
 * `unpackValuesDirectly`, telling the user once (through the process's warnings) when the stock unpacking stays:
 * every value received is then built more slowly, never differently. The direct unpacking says nothing.
 */
export function unpackReceivedValues(load: BoltConnectionLoader = boltConnectionModule): BoltPatchResult {
  return reportStockBolt(unpackValuesDirectly(load), {
    stockWork: 'Values received from Neo4j are unpacked',
    reread: "the new package's Unpacker",
    module: 'src/graph/boltUnpacking.ts',
  });
}

/** Whether the drivers of this process unpack maps and small integers directly. */
export function valuesUnpackedDirectly(): boolean {
  const Unpacker = boltConnectionModule('lib/packstream/packstream-v1.js').Unpacker as { prototype: { [DIRECT]?: true } } | undefined;
  return Unpacker?.prototype?.[DIRECT] === true;
}
