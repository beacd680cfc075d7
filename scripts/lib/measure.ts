/**
 * Helpers shared by the measuring scripts (apiCpu, apiRowsCpu, ingestCpu, ingestProfile, graphHash, extraction-cpu,
 * restorationCpu): a local process's CPU time read from /proc, this process's CPU time around a call, the median of
 * rounds, a CPU profile of one pass, and emptying a scratch database down to no schema, so its migrations run from zero.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Session as InspectorSession } from 'node:inspector/promises';
import type { Session } from 'neo4j-driver';

/** Clock ticks per second of /proc/PID/stat (USER_HZ, 100 on Linux). */
const CLOCK_TICKS = 100;

/** CPU time (user + system) of a /proc stat file: a process's (`/proc/PID/stat`) or a thread's (`.../task/TID/stat`), ms. */
export function statCpuMs(statFile: string): number {
  // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
  const stat = readFileSync(statFile, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
}

/** CPU ms and name of every thread of a local process (`self` for this one), by thread id. */
export function threadCpuMs(pid: number | 'self'): Map<string, { name: string; ms: number }> {
  const out = new Map<string, { name: string; ms: number }>();
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      out.set(tid, { name: readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim(), ms: statCpuMs(`/proc/${pid}/task/${tid}/stat`) });
    } catch {
      // a thread that ended between listing and reading
    }
  }
  return out;
}

/** A local process's CPU time so far (user + system, all threads), ms. */
export function processCpuMs(pid: number): number {
  return statCpuMs(`/proc/${pid}/stat`);
}

/** This process's CPU time (user + system) spent in `run`, ms. */
export function ownCpuMs(run: () => void): number {
  const c0 = process.cpuUsage();
  run();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

/** The median of a few rounds (the mean of the middle two for an even count). */
export function medianOf(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** A CPU profile (.cpuprofile, 200 µs sampling) of `run` in this process (awaited when it answers a promise), written to `file`. */
export async function writeCpuProfile(file: string, run: () => void | Promise<void>): Promise<void> {
  const session = new InspectorSession();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  try {
    await session.post('Profiler.start');
    await run();
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(file, JSON.stringify(profile));
  } finally {
    // A run that fails (apiRowsCpu's answer check) still leaves the inspector session closed.
    session.disconnect();
  }
}

/**
 * Every node, constraint and index (but the token lookups) of a scratch database removed. Names come from the
 * server's own schema listing, quoted; never point this at real data.
 */
export async function emptyDatabase(session: Session): Promise<void> {
  await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  const quoted = (name: unknown) => `\`${String(name).replace(/`/g, '``')}\``;
  for (const r of (await session.run('SHOW CONSTRAINTS YIELD name RETURN name')).records) await session.run(`DROP CONSTRAINT ${quoted(r.get('name'))}`);
  for (const r of (await session.run("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name")).records) await session.run(`DROP INDEX ${quoted(r.get('name'))}`);
}
