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
 * `unpackValuesDirectly` (src/graph/driver.ts `createDriver`, beside `joinChunkedMessages`), only on the Bolt
 * connection package's version it was written for; another version keeps the stock unpacking (slower, never
 * different), and tests/graph/boltUnpacking.test.ts fails until the unpacker is read again. The bench's floor
 * (bench/workers/cypherLoad.ts) opens a stock driver and keeps the stock unpacking.
 */
import { BOLT_CONNECTION_VERSION, boltConnectionModule, missingFile, type BoltConnectionLoader } from './boltMessages';

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
 * when its driver asked for numbers. Idempotent. Returns false, changing nothing, when the Bolt connection package
 * is not the version this was written for or its unpacker is not where it was.
 */
export function unpackValuesDirectly(load: BoltConnectionLoader = boltConnectionModule): boolean {
  let packstream: Record<string, unknown>;
  try {
    if (load('package.json').version !== BOLT_CONNECTION_VERSION) return false;
    packstream = load('lib/packstream/packstream-v1.js');
  } catch (error) {
    if (missingFile(error)) return false;
    throw error;
  }
  const Unpacker = packstream.Unpacker as { prototype: UnpackerPrototype & { [DIRECT]?: true } } | undefined;
  const proto = Unpacker?.prototype;
  if (typeof proto?._unpackMapWithSize !== 'function' || typeof proto._unpackNumberOrInteger !== 'function' || typeof proto.unpack !== 'function') return false;
  if (proto[DIRECT]) return true;
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
  return true;
}

/** Whether the drivers of this process unpack maps and small integers directly. */
export function valuesUnpackedDirectly(): boolean {
  const Unpacker = boltConnectionModule('lib/packstream/packstream-v1.js').Unpacker as { prototype: { [DIRECT]?: true } } | undefined;
  return Unpacker?.prototype?.[DIRECT] === true;
}
