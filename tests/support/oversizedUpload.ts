/**
 * A client process that uploads a body over the API's limit, the way ordinary clients do, and prints what it
 * got, one JSON array of outcomes ("<status> <connection header> <error code>" or the client's error code).
 * It runs apart from the server under test on purpose: in one process the two share an event loop and take
 * turns, so the client is never still sending when the server closes the connection.
 *
 *   node --import tsx tests/support/oversizedUpload.ts PORT CLIENT BYTES ATTEMPTS CONCURRENCY
 *   CLIENT: fetch | fetch-streamed | http | http-chunked
 */
import http from 'node:http';

const CHUNK = 64 * 1024;
const [port, client, bytes, attempts, concurrency] = process.argv.slice(2) as [string, string, string, string, string];
const url = `http://127.0.0.1:${port}/graphql`;

/** A GraphQL request padded to `size` bytes, as a client that does not know the limit would send it. */
function oversizedRequest(size: number): Buffer {
  const head = JSON.stringify({ query: '{ health { database } }', padding: '' });
  return Buffer.from(head.replace('"padding":""', `"padding":"${'x'.repeat(size - head.length)}"`));
}

/** The body in 64 KiB chunks with a short pause between them, like an upload read from disk or a slow link. */
async function* paced(body: Buffer): AsyncGenerator<Buffer> {
  for (let offset = 0; offset < body.length; offset += CHUNK) {
    yield body.subarray(offset, offset + CHUNK);
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
}

const errorCode = (text: string) => /"code":"(\w+)"/.exec(text)?.[1];

async function viaFetch(body: Buffer, streamed: boolean): Promise<string> {
  const init = streamed ? { body: ReadableStream.from(paced(body)), duplex: 'half' } : { body };
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, ...(init as RequestInit), signal: AbortSignal.timeout(60_000) }).then(
    async (response) => `${response.status} ${response.headers.get('connection')} ${errorCode(await response.text())}`,
    (error: Error & { cause?: { code?: string } }) => error.cause?.code ?? error.message,
  );
}

function viaNodeHttp(body: Buffer, declareLength: boolean): Promise<string> {
  return new Promise((resolve) => {
    const headers: Record<string, string | number> = { 'content-type': 'application/json' };
    if (declareLength) headers['content-length'] = body.length;
    const request = http.request(url, { method: 'POST', headers, agent: false }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => resolve(`${response.statusCode} ${response.headers.connection} ${errorCode(text)}`));
      response.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    });
    request.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    void (async () => {
      for await (const chunk of paced(body)) {
        if (request.destroyed) return;
        if (!request.write(chunk)) await new Promise((drained) => request.once('drain', drained));
      }
      request.end();
    })();
  });
}

const body = oversizedRequest(Number(bytes));
const send = (): Promise<string> => {
  switch (client) {
    case 'fetch':
      return viaFetch(body, false);
    case 'fetch-streamed':
      return viaFetch(body, true);
    case 'http':
      return viaNodeHttp(body, true);
    case 'http-chunked':
      return viaNodeHttp(body, false);
    default:
      throw new Error(`Unknown client ${client}: use fetch, fetch-streamed, http or http-chunked.`);
  }
};
const outcomes: string[] = [];
let left = Number(attempts);
await Promise.all(
  Array.from({ length: Number(concurrency) }, async () => {
    while (left-- > 0) outcomes.push(await send());
  }),
);
console.log(JSON.stringify(outcomes));
