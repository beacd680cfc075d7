/** One GraphQL request at a time over a kept-alive loopback connection, for the measuring scripts (apiCpu, apiRowsCpu). */
import http from 'node:http';

/** A client holding one connection: each measured request reuses it, as a browser or the bench's load does. */
export const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

/** POSTs a JSON body and resolves with the answer's bytes; an HTTP status other than 200 rejects. */
export function post(url: URL, body: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => (res.statusCode === 200 ? resolve(Buffer.concat(chunks)) : reject(new Error(`HTTP ${res.statusCode}: ${Buffer.concat(chunks).toString().slice(0, 300)}`))));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
