/**
 * What a lost database costs one request, counted in connection attempts rather than seconds: a server that
 * accepts connections and never answers costs one attempt (the driver's own retry loop, which retried once
 * after a second even with `maxTransactionRetryTime: 0`, is not used), a connection that fails at once is
 * tried once more, a request that already found the server unreachable does not try again, and while the
 * circuit is open the one request that checks makes one attempt. Fake servers on loopback stand in for the
 * broken network; the real database is not needed to show what the client does when there is none.
 */
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { driverTimeoutsFor } from '../../src/config';
import { DirectiveGraphError } from '../../src/errors';
import { createDriver, GraphClient } from '../../src/graph/driver';

interface FakeServer {
  uri: string;
  connections: number;
  close(): Promise<void>;
}

/** `silent`: accepts and never answers (a frozen host); `reset`: accepts and closes at once (a server that died). */
async function fakeServer(behaviour: 'silent' | 'reset'): Promise<FakeServer> {
  const sockets = new Set<net.Socket>();
  const state = { connections: 0 };
  const server = net.createServer((socket) => {
    state.connections++;
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
    if (behaviour === 'reset') socket.resetAndDestroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    uri: `bolt://127.0.0.1:${port}`,
    get connections() {
      return state.connections;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

const open: { server: FakeServer; client: GraphClient }[] = [];

async function clientOf(behaviour: 'silent' | 'reset'): Promise<{ server: FakeServer; client: GraphClient }> {
  const server = await fakeServer(behaviour);
  const settings = { uri: server.uri, user: 'neo4j', password: 'x' };
  const timeouts = driverTimeoutsFor(15_000);
  const client = new GraphClient(createDriver(settings, timeouts), settings, timeouts);
  open.push({ server, client });
  return { server, client };
}

afterEach(async () => {
  for (const { server, client } of open.splice(0)) {
    await client.close().catch(() => undefined);
    await server.close();
  }
});

/** One API request's view of the client, with the default 15 s budget. */
const request = (client: GraphClient) => client.until(Date.now() + 15_000);

async function failure(promise: Promise<unknown>): Promise<DirectiveGraphError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DirectiveGraphError);
  return error as DirectiveGraphError;
}

describe('a database that does not answer', () => {
  it('costs a request one connection attempt when the server accepts and stays silent', async () => {
    const { server, client } = await clientOf('silent');
    const error = await failure(request(client).read('RETURN 1'));
    expect(error.code).toBe('DATABASE_UNAVAILABLE');
    expect(error.retriable).toBe(true);
    expect(error.message).toContain(server.uri);
    expect(server.connections).toBe(1);
  });

  it('tries a connection that fails at once one more time, then reports it', async () => {
    const { server, client } = await clientOf('reset');
    const error = await failure(request(client).read('RETURN 1'));
    expect(error.code).toBe('DATABASE_UNAVAILABLE');
    expect(server.connections).toBe(2);
  });

  it('does not try again within a request that already found it unreachable', async () => {
    const { server, client } = await clientOf('silent');
    const view = request(client);
    const first = await failure(view.read('RETURN 1'));
    const second = await failure(view.read('RETURN 2'));
    const write = await failure(view.write('RETURN 3'));
    expect([second.code, write.code]).toEqual(['DATABASE_UNAVAILABLE', 'DATABASE_UNAVAILABLE']);
    expect(second).toBe(first);
    expect(server.connections).toBe(1);
  });

  it('lets the next request check it with one attempt while the circuit is open, and refuses the others meanwhile', async () => {
    const { server, client } = await clientOf('silent');
    await failure(request(client).read('RETURN 1'));
    expect(server.connections).toBe(1);
    const checking = failure(request(client).read('RETURN 1'));
    const refused = await failure(request(client).read('RETURN 1'));
    expect(refused.message).toMatch(/another request is checking/);
    expect((await checking).code).toBe('DATABASE_UNAVAILABLE');
    expect(server.connections).toBe(2);
  });
});
