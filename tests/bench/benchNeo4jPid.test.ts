import { afterEach, describe, expect, it } from 'vitest';
import { openBenchDatabase } from '../../bench/lib/benchNeo4j';

const saved = { uri: process.env.BENCH_NEO4J_URI, pid: process.env.BENCH_NEO4J_PID };

afterEach(() => {
  for (const [key, value] of [['BENCH_NEO4J_URI', saved.uri], ['BENCH_NEO4J_PID', saved.pid]] as const) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

describe('BENCH_NEO4J_PID', () => {
  // A pid file's two lines (pid, port) pasted whole once made the load worker die on /proc's ENOENT mid-run, and the
  // bench then hung on the driver it had opened: the value is refused before any connection is made.
  it.each(['16432 7851', 'abc', '999999999'])('refuses %j with its own code before connecting', async (given) => {
    process.env.BENCH_NEO4J_URI = 'bolt://127.0.0.1:1';
    process.env.BENCH_NEO4J_PID = given;
    await expect(openBenchDatabase({ heapMb: 512, pagecacheMb: 512, reuseGraph: true, log: () => {} })).rejects.toMatchObject({
      code: 'BENCH_BAD_NEO4J_PID',
    });
  });
});
