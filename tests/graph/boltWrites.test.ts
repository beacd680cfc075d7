import { createRequire } from 'node:module';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { oneWritePerTick } from '../../src/graph/boltWrites';
import { connect, type GraphClient } from '../../src/graph/driver';
import { testNeo4jSettings } from '../support/neo4j';

// neo4j-driver's own copy of its Bolt connection package, as src/graph/boltWrites.ts reaches it.
const fromDriver = createRequire(createRequire(import.meta.url).resolve('neo4j-driver'));
const NodeChannel = (fromDriver('neo4j-driver-bolt-connection/lib/channel/node/node-channel.js') as { default: { prototype: { write(buffer: unknown): void } } }).default;
const ChannelBuffer = (fromDriver('neo4j-driver-bolt-connection/lib/channel/channel-buf.js') as { default: new (bytes: Buffer) => unknown }).default;

/** A socket stand-in that records each write it is asked to make of its underlying resource. */
function recordingSocket(): { socket: Writable; calls: Buffer[][] } {
  const calls: Buffer[][] = [];
  const socket = new Writable({
    write(chunk: Buffer, _encoding, done) {
      calls.push([chunk]);
      done();
    },
    writev(chunks, done) {
      calls.push(chunks.map((c) => c.chunk as Buffer));
      done();
    },
  });
  return { socket, calls };
}

describe('Bolt messages sent', () => {
  let graph: GraphClient;
  beforeAll(async () => {
    graph = await connect(testNeo4jSettings());
  });
  afterAll(async () => {
    await graph.close();
  });

  it('leave in one write per tick for every driver the project opens (fails when a neo4j-driver upgrade moves NodeChannel)', () => {
    // Set by connect() in beforeAll, through createDriver.
    expect((NodeChannel.prototype as Record<symbol, unknown>)[Symbol.for('directive-graph.oneWritePerTick')]).toBe(true);
    expect(oneWritePerTick()).toBe(true);
  });

  it('go out as one write of the same bytes in the same order when the channel is handed several pieces at once', async () => {
    oneWritePerTick();
    const { socket, calls } = recordingSocket();
    const channel = { _pending: null, _conn: socket };
    const pieces = ['Điều 1. Giao Sở Nội vụ chủ trì, ', 'phối hợp với các sở, ngành ', 'tổ chức thực hiện.'].map((t) => Buffer.from(t, 'utf8'));
    for (const piece of pieces) NodeChannel.prototype.write.call(channel, new ChannelBuffer(piece));
    expect(calls).toEqual([]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(calls).toHaveLength(1);
    expect(Buffer.concat(calls[0] ?? []).equals(Buffer.concat(pieces))).toBe(true);
    // The next tick's writes are a write of their own.
    NodeChannel.prototype.write.call(channel, new ChannelBuffer(pieces[0] as Buffer));
    await new Promise((resolve) => setImmediate(resolve));
    expect(calls).toHaveLength(2);
  });

  it('carry a statement and parameters of several Bolt chunks to the server intact', async () => {
    // A text of many chunks (the Chunker's buffer is 1,400 bytes): Vietnamese, so chunks may cut a character.
    const title = 'Quyết định phê duyệt Đề án phát triển đô thị thông minh bền vững; '.repeat(120);
    const statement = `RETURN $title AS title, size($title) AS length // ${'Kế hoạch thực hiện Chỉ thị số 05-CT/TW. '.repeat(80)}`;
    const [row] = await graph.read<{ title: string; length: number }>(statement, { title });
    expect(row?.title).toBe(title);
    expect(row?.length).toBe(title.length);
  });
});
