/**
 * CPU per answer over a load's measured phase: the load client's own (it shares the cores with what it loads, so a
 * client that costs more per answer slows the side it measures) and that of local processes it names (the API
 * server, Neo4j), read from /proc at the same two moments.
 */
import { processCpuMs } from '../../scripts/lib/measure';

/** Local processes whose CPU a load reads, by the name its result gives them (`api`, `neo4j`). */
export type WatchedPids = Record<string, number>;

/** CPU ms per answer: `client` for the load's own process, then one entry per watched process. */
export type CpuPerAnswer = Record<string, number>;

/** Starts a window now; `end(answers)` gives each process's CPU over it divided by `answers` (null for none). */
export function cpuWindow(pids: WatchedPids = {}): { end(answers: number): CpuPerAnswer | null } {
  const own = process.cpuUsage();
  const started = Object.entries(pids).map(([name, pid]) => [name, pid, processCpuMs(pid)] as const);
  return {
    end(answers) {
      if (answers <= 0) return null;
      const spent = process.cpuUsage(own);
      const out: CpuPerAnswer = { client: (spent.user + spent.system) / 1000 / answers };
      for (const [name, pid, before] of started) out[name] = (processCpuMs(pid) - before) / answers;
      return out;
    },
  };
}
