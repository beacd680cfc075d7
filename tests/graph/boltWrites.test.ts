import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type GraphClient } from '../../src/graph/driver';
import { coalesceBoltWrites } from '../../src/graph/boltWrites';
import { testNeo4jSettings } from '../support/neo4j';

type WriteGeneric = (this: net.Socket, writev: boolean, data: unknown, encoding: string, cb: unknown) => unknown;
const socketProto = net.Socket.prototype as unknown as { _writeGeneric: WriteGeneric };

/** Socket writes made while `work` runs, to sockets connected to `port`: one entry per system call Node makes. */
async function writesTo<T>(port: number, work: () => Promise<T>): Promise<{ result: T; writes: { writev: boolean; bytes: number }[] }> {
  const original = socketProto._writeGeneric;
  const writes: { writev: boolean; bytes: number }[] = [];
  socketProto._writeGeneric = function (this: net.Socket, writev, data, encoding, cb) {
    if (this.remotePort === port) {
      const chunks = writev ? (data as { chunk: Buffer }[]).map((c) => c.chunk) : [data as Buffer];
      writes.push({ writev, bytes: chunks.reduce((n, c) => n + c.length, 0) });
    }
    return original.call(this, writev, data, encoding, cb);
  };
  try {
    return { result: await work(), writes };
  } finally {
    socketProto._writeGeneric = original;
  }
}

describe('Bolt writes', () => {
  let graph: GraphClient;
  let port: number;
  beforeAll(async () => {
    const settings = testNeo4jSettings();
    graph = await connect(settings);
    port = Number(new URL(settings.uri.replace(/^[a-z+]+:/, 'http:')).port);
    await graph.read('RETURN 1 AS warm');
  });
  afterAll(() => graph.close());

  it('sends a statement that spans several 1,400-byte chunks, and its PULL, in one socket write with the same answer', async () => {
    // A statement of about 4 KB: three chunks and a half, which the driver used to hand to the socket one by one.
    const padding = 'x'.repeat(4000);
    const text = `RETURN $value AS value, size('${padding}') AS padded`;
    const value = 'Ủy ban nhân dân tỉnh '.repeat(20);
    const { result, writes } = await writesTo(port, () => graph.read<{ value: string; padded: number }>(text, { value }));
    expect(result).toEqual([{ value, padded: 4000 }]);
    expect(writes).toHaveLength(1);
    expect(writes[0]!.bytes).toBeGreaterThan(4000 + Buffer.byteLength(value));
  });

  it('is installed once however often it is asked (each driver asks): still one write, the answer unchanged', async () => {
    expect(coalesceBoltWrites()).toBe(true);
    expect(coalesceBoltWrites()).toBe(true);
    const text = `RETURN $value AS value, '${'y'.repeat(3000)}' AS padded`;
    const { result, writes } = await writesTo(port, () => graph.read<{ value: number; padded: string }>(text, { value: 7 }));
    expect(result).toEqual([{ value: 7, padded: 'y'.repeat(3000) }]);
    expect(writes).toHaveLength(1);
  });
});
