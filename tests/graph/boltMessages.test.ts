import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chunkedMessagesJoined, joinChunkedMessages, readChunkedMessages } from '../../src/graph/boltMessages';
import { BOLT_CONNECTION_VERSION } from '../../src/graph/boltPackage';
import { connect, type GraphClient } from '../../src/graph/driver';
import { testNeo4jSettings } from '../support/neo4j';
import { warningsHeard } from '../support/warnings';

// neo4j-driver's own copy of its Bolt connection package, as src/graph/boltMessages.ts reaches it.
const fromDriver = createRequire(createRequire(import.meta.url).resolve('neo4j-driver'));
const { Dechunker } = fromDriver('neo4j-driver-bolt-connection/lib/channel/chunking.js') as { Dechunker: new () => DechunkerLike };
const ChannelBuffer = (fromDriver('neo4j-driver-bolt-connection/lib/channel/channel-buf.js') as { default: new (bytes: Buffer) => ChannelBufferLike }).default;

const CombinedBuffer = (fromDriver('neo4j-driver-bolt-connection/lib/channel/combined-buf.js') as { default: new (parts: ChannelBufferLike[]) => ChannelBufferLike }).default;

interface ChannelBufferLike {
  _buffer?: Buffer;
  _buffers?: unknown[];
}
interface DechunkerLike {
  onmessage: (message: ChannelBufferLike) => void;
  write(buffer: ChannelBufferLike): void;
}

/** Bolt's framing of `text`'s bytes cut at `cuts`: each chunk a two-byte length and its bytes, then an empty chunk. */
function framed(text: string, cuts: number[] = []): Buffer {
  const bytes = Buffer.from(text, 'utf8');
  const ends = [...cuts, bytes.length];
  const parts = ends.flatMap((end, i) => {
    const chunk = bytes.subarray(i ? ends[i - 1] : 0, end);
    const header = Buffer.alloc(2);
    header.writeUInt16BE(chunk.length);
    return [header, chunk];
  });
  return Buffer.concat([...parts, Buffer.alloc(2)]);
}

function messagesOf(bytes: Buffer[]): ChannelBufferLike[] {
  const dechunker = new Dechunker();
  const messages: ChannelBufferLike[] = [];
  dechunker.onmessage = (m) => messages.push(m);
  for (const b of bytes) dechunker.write(new ChannelBuffer(b));
  return messages;
}

describe('Bolt messages of several chunks', () => {
  let graph: GraphClient;
  beforeAll(async () => {
    graph = await connect(testNeo4jSettings());
  });
  afterAll(async () => {
    await graph.close();
  });

  it('are joined for every driver the project opens (fails when a neo4j-driver upgrade moves the Dechunker)', () => {
    expect(chunkedMessagesJoined()).toBe(true);
  });

  it('reach the unpacker as one buffer of the chunks in order, also when a chunk arrives in two reads', () => {
    // Three chunks, the first cut inside the two-byte "Đ", the last one arriving in two socket reads.
    const text = 'Điều 1. Giao Sở Nội vụ chủ trì';
    const bytes = framed(text, [1, 12]);
    const cut = bytes.indexOf(Buffer.from('Nội'));
    const [message] = messagesOf([bytes.subarray(0, cut), bytes.subarray(cut)]);
    expect(message?._buffers).toBeUndefined();
    expect(message?._buffer?.toString('utf8')).toBe(text);
  });

  it('read from pieces without bytes of their own (slices of a combined buffer) are left to the stock CombinedBuffer', () => {
    // Not what Node's socket channel hands the Dechunker, but what it reads if handed a combined buffer: the
    // pieces are slices that reach into it, and the message still has to read the bytes sent, in order.
    const text = 'Điều 2. Sở Tài chính phối hợp';
    const bytes = framed(text, [1, 12]);
    const combined = new CombinedBuffer([new ChannelBuffer(bytes.subarray(0, 7)), new ChannelBuffer(bytes.subarray(7))]);
    const messages: ChannelBufferLike[] = [];
    const dechunker = new Dechunker();
    dechunker.onmessage = (m) => messages.push(m);
    dechunker.write(combined);
    const message = messages[0] as ChannelBufferLike & { length: number; getUInt8(position: number): number };
    expect(message._buffers).toBeDefined();
    const read = Buffer.from(Array.from({ length: message.length }, (_, i) => message.getUInt8(i)));
    expect(read.toString('utf8')).toBe(text);
  });

  it('leave a message of one chunk as the driver reads it', () => {
    const [message] = messagesOf([framed('Quyết định số 1074/QĐ-UBND')]);
    expect(message?._buffer?.toString('utf8')).toBe('Quyết định số 1074/QĐ-UBND');
  });

  it('decode to the values sent: a record of real text far past one chunk, strings cut anywhere', async () => {
    // A real document's lines, and every prefix length of one paragraph, so chunk boundaries fall inside
    // multi-byte characters, strings, list and map markers alike.
    const text = readFileSync('data/real/012b8a728c178e7a.md', 'utf8');
    const lines = text.split('\n').filter((l) => l.trim());
    const paragraph = lines.reduce((a, b) => (b.length > a.length ? b : a), '');
    const value = {
      lines,
      prefixes: Array.from({ length: Math.min(paragraph.length, 400) }, (_, i) => paragraph.slice(0, i)),
      rows: lines.map((line, i) => ({ ordinal: i, line, words: line.split(' '), share: i / 7 })),
    };
    expect(JSON.stringify(value).length).toBeGreaterThan(100_000);
    const [row] = await graph.read<{ value: unknown }>('RETURN $value AS value', { value });
    expect(row?.value).toEqual(value);
  });
});

describe('the Bolt connection package the join is made on', () => {
  it('of another version is left as it is: its Dechunker is not even loaded', () => {
    const asked: string[] = [];
    const other = (file: string) => {
      asked.push(file);
      return file === 'package.json' ? { version: '6.4.0' } : { Dechunker, default: ChannelBuffer };
    };
    expect(joinChunkedMessages(other)).toEqual({ applied: false, reason: `neo4j-driver-bolt-connection is 6.4.0, not ${BOLT_CONNECTION_VERSION}` });
    expect(asked).toEqual(['package.json']);
  });

  it('whose Dechunker is not the one it was keeps the stock reading instead of failing the driver', () => {
    const changed = (file: string) => (file === 'package.json' ? { version: BOLT_CONNECTION_VERSION } : { Dechunker: class {}, default: ChannelBuffer });
    expect(joinChunkedMessages(changed)).toEqual({ applied: false, reason: "neo4j-driver-bolt-connection's Dechunker or ChannelBuffer is not the one it was" });
  });
});

describe('the way a process reads Bolt messages of several chunks', () => {

  it('is said once, as a warning naming the version found, when the stock reading stays', () => {
    // Another version's package: every driver opened after the first keeps the stock reading without saying it again.
    const other = (file: string) => (file === 'package.json' ? { version: '6.2.9' } : { Dechunker, default: ChannelBuffer });
    const warnings = warningsHeard(() => {
      expect(readChunkedMessages(other)).toMatchObject({ applied: false });
      expect(readChunkedMessages(other)).toMatchObject({ applied: false });
    });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ code: 'BOLT_STOCK_READING', message: expect.stringContaining(`6.2.9, not ${BOLT_CONNECTION_VERSION}`) });
    expect(warnings[0]!.message).toMatch(/^Bolt messages of several chunks are read the stock \(slower\) way: .*Dechunker.*src\/graph\/boltMessages\.ts\.$/);
  });

  it('says nothing when the messages are joined (the package installed)', () => {
    expect(warningsHeard(() => expect(readChunkedMessages()).toEqual({ applied: true }))).toEqual([]);
  });
});
