/**
 * A request body over the limit: 413 with `Connection: close`, and the server closes the socket, so no client
 * reuses a connection whose body was never read.
 */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

  it('leaves the server answering on new connections', async () => {
    const health = await fetch(`${api.origin}/health`);
    expect(health.status).toBe(200);
  });
});
