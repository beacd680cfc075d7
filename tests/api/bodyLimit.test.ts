/**
 * A request body over the limit: 413 with `Connection: close`, and the server closes the socket, so no client
 * reuses a connection whose body was never read. Clients still sending when the answer comes read the 413,
 * not a reset: the server ends its side at once but leaves the socket open (unread) until the client closes it
 * or a few seconds pass.
 */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { READ_BODY_BYTES } from '../../src/api/httpServer';
import { runEntry } from '../support/runNode';
import { startTestApi, type TestApi } from './server.fixtures';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api?.close();
});

/** Sends a POST with `bodyBytes` of body over a raw socket; resolves with what the server sent and whether it closed. */
function rawPost(port: number, bodyBytes: number, declaredLength = bodyBytes): Promise<{ response: string; closedByServer: boolean }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    let response = '';
    let ended = false;
    socket.on('data', (chunk) => (response += chunk.toString('utf8')));
    socket.on('end', () => {
      ended = true;
    });
    socket.on('error', (error: NodeJS.ErrnoException) => {
      // A reset after the whole answer arrived still counts as the server closing.
      if (error.code === 'ECONNRESET' || error.code === 'EPIPE') ended = true;
      else reject(error);
    });
    socket.on('close', () => resolve({ response, closedByServer: ended }));
    socket.write(
      `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${declaredLength}\r\nConnection: keep-alive\r\n\r\n`,
    );
    socket.write(Buffer.alloc(bodyBytes, 0x20), () => undefined);
  });
}

const CHUNK = 64 * 1024;

/** Uploads of 6 MB from a separate client process (tests/support/oversizedUpload.ts): what each client got. */
async function uploads(client: 'fetch' | 'fetch-streamed' | 'http' | 'http-chunked'): Promise<string[]> {
  const attempts = 12;
  const result = await runEntry('tests/support/oversizedUpload.ts', [String(api.running.port), client, '6000000', String(attempts), '4'], {}, 120_000);
  expect(result.stderr).toBe('');
  const outcomes = JSON.parse(result.stdout) as string[];
  expect(outcomes).toHaveLength(attempts);
  return outcomes;
}

describe('a 6 MB body from ordinary HTTP clients, four at a time, still sending when the answer comes', () => {
  const everyOne = (outcomes: string[]) => expect(new Set(outcomes)).toEqual(new Set(['413 close BAD_REQUEST']));

  it('reaches fetch (undici) as the 413 answer, not a reset, with its length declared', async () => {
    everyOne(await uploads('fetch'));
  }, 120_000);

  it('reaches fetch (undici) as the 413 answer when streamed without a declared length', async () => {
    everyOne(await uploads('fetch-streamed'));
  }, 120_000);

  it('reaches node:http as the 413 answer with its length declared', async () => {
    everyOne(await uploads('http'));
  }, 120_000);

  it('reaches node:http as the 413 answer when chunked', async () => {
    everyOne(await uploads('http-chunked'));
  }, 120_000);
});

describe('a body over the 4 MiB limit', () => {
  it('is answered 413 with Connection: close, and the server closes the socket', async () => {
    const { response, closedByServer } = await rawPost(api.running.port, 5 * 1024 * 1024);
    expect(response).toMatch(/^HTTP\/1\.1 413 /);
    expect(response).toMatch(/\r\nconnection: close\r\n/i);
    expect(response).toContain('BAD_REQUEST');
    expect(closedByServer).toBe(true);
  });

  it('is refused from its declared length, before the body is sent', async () => {
    const { response, closedByServer } = await rawPost(api.running.port, 10, 64 * 1024 * 1024);
    expect(response).toMatch(/^HTTP\/1\.1 413 /);
    expect(response).toMatch(/\r\nconnection: close\r\n/i);
    expect(closedByServer).toBe(true);
  });

  it('is cut off when it keeps sending far past the limit', async () => {
    const socket = net.connect({ host: '127.0.0.1', port: api.running.port });
    let response = '';
    socket.on('data', (chunk) => (response += chunk.toString('utf8')));
    const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
    socket.on('error', () => undefined);
    const declared = 1024 * 1024 * 1024;
    socket.write(`POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${declared}\r\n\r\n`);
    let sent = 0;
    const chunk = Buffer.alloc(CHUNK, 0x20);
    while (!socket.destroyed && sent < declared) {
      sent += chunk.length;
      if (!socket.write(chunk)) await Promise.race([new Promise((resolve) => socket.once('drain', resolve)), closed]);
    }
    await closed;
    expect(response).toMatch(/^HTTP\/1\.1 413 /);
    // Cut long before the declared gigabyte: the server drains a few times the limit, not whatever comes.
    expect(sent).toBeLessThan(declared / 4);
  });

  it('leaves the server answering on new connections', async () => {
    const health = await fetch(`${api.origin}/health`);
    expect(health.status).toBe(200);
  });
});

describe('a body over 256 KiB without an editor key (a read never needs one)', () => {
  /** Opens a POST declaring `declared` bytes and sends only its first bytes; resolves once the server answers. */
  function partialPost(port: number, declared: number, authorization?: string): { answered: Promise<string>; socket: net.Socket } {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.on('error', () => undefined);
    const answered = new Promise<string>((resolve) => {
      let response = '';
      socket.on('data', (chunk) => {
        response += chunk.toString('utf8');
        if (/\r\n\r\n[\s\S]*\}\]\}/.test(response)) resolve(response);
      });
      socket.on('close', () => resolve(response));
    });
    socket.write(
      `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${declared}\r\n` +
        `${authorization ? `Authorization: ${authorization}\r\n` : ''}Connection: keep-alive\r\n\r\n`,
    );
    socket.write('{"query":"query($s: String!) { documentBySymbol(symbol: $s) { key } }","variables":{"s":"xxxx');
    return { answered, socket };
  }

  it('is refused with 413 from its declared length while the client is still sending, and /health answers meanwhile', async () => {
    // A 3.9 MB body: within the editor limit, over the limit of a request that can only read.
    const pending = Array.from({ length: 4 }, () => partialPost(api.running.port, 3_900_000));
    try {
      const answers = await Promise.all(pending.map((p) => p.answered));
      for (const answer of answers) {
        expect(answer).toMatch(/^HTTP\/1\.1 413 /);
        expect(answer).toMatch(/\r\nconnection: close\r\n/i);
        expect(answer).toContain('without an editor key');
      }
      // Answered with less than 100 bytes of each body sent: the server did not wait for (or read) the rest.
      const health = await fetch(`${api.origin}/health`);
      expect(health.status).toBe(200);
    } finally {
      for (const p of pending) p.socket.destroy();
    }
  });

  it(`is the only limit that changed: ${READ_BODY_BYTES / 1024} KiB and less is read as before`, async () => {
    const body = JSON.stringify({ query: '{ health { database } }', variables: { padding: 'x'.repeat(READ_BODY_BYTES - 200) } });
    const response = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(response.status).toBe(200);
  });
});
