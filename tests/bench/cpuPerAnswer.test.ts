import { describe, expect, it } from 'vitest';
import { cpuWindow } from '../../bench/lib/cpuPerAnswer';

/** Keeps this thread busy until it has spent `ms` of CPU (however loaded the machine is). */
function spin(ms: number): void {
  const start = process.cpuUsage();
  let x = 0;
  for (;;) {
    for (let i = 0; i < 10_000; i++) x += Math.sqrt(x + i);
    const spent = process.cpuUsage(start);
    if ((spent.user + spent.system) / 1000 >= ms) break;
  }
  expect(x).toBeGreaterThan(0);
}

describe('CPU per answer over a load window', () => {
  it('divides the CPU the client and each watched process spent in the window by the answers', () => {
    // This process watched as a named one: its /proc figure (10 ms ticks) and its own cpuUsage see the same work.
    const window = cpuWindow({ api: process.pid });
    spin(300);
    const perAnswer = window.end(10) ?? {};
    expect(Object.keys(perAnswer)).toEqual(['client', 'api']);
    const { client = 0, api = 0 } = perAnswer;
    // 300 ms of CPU over 10 answers, and a little more for the test's own threads.
    expect(client).toBeGreaterThanOrEqual(30);
    expect(client).toBeLessThan(40);
    // /proc counts in 10 ms ticks: within two ticks, per answer a fifth of a tick each side.
    expect(Math.abs(api - client)).toBeLessThan(2.5);
  });

  it('gives nothing for a window without answers', () => {
    expect(cpuWindow().end(0)).toBeNull();
  });
});
