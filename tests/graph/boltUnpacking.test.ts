import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOLT_CONNECTION_VERSION } from '../../src/graph/boltPackage';
import { unpackReceivedValues, unpackValuesDirectly, valuesUnpackedDirectly } from '../../src/graph/boltUnpacking';
import { connect, type GraphClient } from '../../src/graph/driver';
import { testNeo4jSettings } from '../support/neo4j';
import { warningsHeard } from '../support/warnings';

// neo4j-driver's own copy of its Bolt connection package, as src/graph/boltUnpacking.ts reaches it.
const fromDriver = createRequire(createRequire(import.meta.url).resolve('neo4j-driver'));
const PACKSTREAM = fromDriver.resolve('neo4j-driver-bolt-connection/lib/packstream/packstream-v1.js');
const ChannelBuffer = (fromDriver('neo4j-driver-bolt-connection/lib/channel/channel-buf.js') as { default: new (bytes: number | Buffer) => ChannelBufferLike }).default;

interface ChannelBufferLike {
  position: number;
  _buffer: Buffer;
}
interface Packstream {
  Packer: new (channel: ChannelBufferLike) => { packable(value: unknown): () => void };
  Unpacker: new (disableLosslessIntegers?: boolean, useBigInt?: boolean) => { unpack(buffer: ChannelBufferLike): unknown };
}

/** A copy of the packstream module of its own (its prototypes untouched by the drivers this process opened). */
function freshPackstream(): Packstream {
  const cached = fromDriver.cache[PACKSTREAM];
  delete fromDriver.cache[PACKSTREAM];
  try {
    return fromDriver(PACKSTREAM) as Packstream;
  } finally {
    fromDriver.cache[PACKSTREAM] = cached;
  }
}

/** `value` as Bolt sends it (packstream bytes). */
function packed(packstream: Packstream, value: unknown): Buffer {
  const channel = new ChannelBuffer(64 * 1024);
  new packstream.Packer(channel).packable(value)();
  return Buffer.from(channel._buffer.subarray(0, channel.position));
}

/** A loader of the package's files that answers `version` for its package.json and the given packstream module. */
function packageOf(version: string, packstream: unknown) {
  const asked: string[] = [];
  const load = (file: string) => {
    asked.push(file);
    return (file === 'package.json' ? { version } : packstream) as Record<string, unknown>;
  };
  return { load, asked };
}

describe('values received from Neo4j', () => {
  let graph: GraphClient;
  beforeAll(async () => {
    graph = await connect(testNeo4jSettings());
  });
  afterAll(async () => {
    await graph.close();
  });

  it('are unpacked directly by every driver the project opens (fails when a neo4j-driver upgrade moves the unpacker)', () => {
    expect(valuesUnpackedDirectly()).toBe(true);
  });

  it('come as the stock unpacker gives them: integers at every marker boundary, floats, maps, a key __proto__', () => {
    const stock = freshPackstream();
    const direct = freshPackstream();
    expect(unpackValuesDirectly(packageOf(BOLT_CONNECTION_VERSION, direct).load)).toEqual({ applied: true });
    const { int } = fromDriver('neo4j-driver-core') as { int: (value: number | string) => unknown };
    // Integers are sent as Integers (a JS number is packed as a float); each boundary of TINY_INT, INT_8, INT_16,
    // INT_32 and INT_64, and 64-bit values past the safe range, which come as infinities.
    const integers = ['0', '1', '127', '128', '-16', '-17', '-128', '-129', '32767', '32768', '-32768', '-32769', '2147483647', '2147483648', '-2147483648', '-2147483649', '9007199254740991', '9007199254740993', '-9007199254740993'];
    const value = {
      integers: integers.map((n) => int(n)),
      floats: [0.5, -1.25, 1e300],
      task: { key: 't1', title: 'Chủ trì, phối hợp với Sở Tài chính', ordinal: int(12), assignments: [{ role: 'LEAD', body: 'Sở Nội vụ', order: int(-1) }] },
      other: { ['__proto__']: { polluted: true }, after: int(7) },
    };
    const bytes = packed(stock, value);
    for (const [disableLosslessIntegers, useBigInt] of [[true, false], [false, false], [false, true]] as const) {
      const expected = new stock.Unpacker(disableLosslessIntegers, useBigInt).unpack(new ChannelBuffer(bytes));
      const got = new direct.Unpacker(disableLosslessIntegers, useBigInt).unpack(new ChannelBuffer(bytes));
      expect(got).toEqual(expected);
      const other = (got as { other: object }).other;
      // The key is an own property, the prototype is Object's, as the stock unpacker leaves them.
      expect(Object.getPrototypeOf(other)).toBe(Object.prototype);
      expect(Object.keys(other)).toEqual(['__proto__', 'after']);
      expect(Object.getOwnPropertyDescriptor((got as { task: object }).task, 'title')).toEqual({ value: value.task.title, writable: true, enumerable: true, configurable: true });
    }
    const numbers = (new direct.Unpacker(true).unpack(new ChannelBuffer(bytes)) as { integers: unknown[] }).integers;
    expect(numbers).toEqual([...integers.slice(0, -2).map(Number), Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]);
  });

  it('read from the server are the integers and maps Cypher returned', async () => {
    const [row] = await graph.read<Record<string, unknown>>(
      'RETURN [0, -16, -17, 127, 128, -128, -129, 32767, 32768, -32768, -32769, 2147483647, 2147483648, -2147483648, -2147483649] AS integers, ' +
        '9007199254740993 AS past, {`__proto__`: 1, key: "QĐ-UBND"} AS map',
    );
    expect(row?.integers).toEqual([0, -16, -17, 127, 128, -128, -129, 32767, 32768, -32768, -32769, 2147483647, 2147483648, -2147483648, -2147483649]);
    expect(row?.past).toBe(Number.POSITIVE_INFINITY);
    expect(Object.getPrototypeOf(row?.map)).toBe(Object.prototype);
    expect(Object.entries(row?.map as object)).toEqual([
      ['__proto__', 1],
      ['key', 'QĐ-UBND'],
    ]);
  });
});

describe('the Bolt connection package the unpacking is changed on', () => {
  it('of another version is left as it is: its unpacker is not even loaded', () => {
    const other = packageOf('6.4.0', freshPackstream());
    expect(unpackValuesDirectly(other.load)).toEqual({ applied: false, reason: `neo4j-driver-bolt-connection is 6.4.0, not ${BOLT_CONNECTION_VERSION}` });
    expect(other.asked).toEqual(['package.json']);
  });

  it('whose unpacker moved keeps the stock unpacking instead of failing the driver', () => {
    const missing = (file: string): never => {
      throw Object.assign(new Error(`Cannot find module 'neo4j-driver-bolt-connection/${file}'`), { code: 'MODULE_NOT_FOUND' });
    };
    expect(unpackValuesDirectly((file) => (file === 'package.json' ? { version: BOLT_CONNECTION_VERSION } : missing(file)))).toMatchObject({
      applied: false,
      reason: expect.stringContaining('lib/packstream/packstream-v1.js'),
    });
    expect(unpackValuesDirectly(packageOf(BOLT_CONNECTION_VERSION, { Unpacker: class {} }).load)).toEqual({
      applied: false,
      reason: "neo4j-driver-bolt-connection's Unpacker is not the one it was",
    });
  });
});

describe('the way a process unpacks the values it receives', () => {

  it('is said once, as a warning naming the version found, when the stock unpacking stays', () => {
    // Another version's package: every driver opened after the first keeps the stock unpacking without saying it again.
    const other = packageOf('6.2.9', freshPackstream());
    const warnings = warningsHeard(() => {
      expect(unpackReceivedValues(other.load)).toMatchObject({ applied: false });
      expect(unpackReceivedValues(other.load)).toMatchObject({ applied: false });
    });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ code: 'BOLT_STOCK_READING', message: expect.stringContaining(`6.2.9, not ${BOLT_CONNECTION_VERSION}`) });
    expect(warnings[0]!.message).toMatch(/^Values received from Neo4j are unpacked the stock \(slower\) way: .*Unpacker.*src\/graph\/boltUnpacking\.ts\.$/);
  });

  it('says nothing when values are unpacked directly (the package installed)', () => {
    expect(warningsHeard(() => expect(unpackReceivedValues()).toEqual({ applied: true }))).toEqual([]);
  });
});
