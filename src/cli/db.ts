/**
 * `npm run db:start | db:stop | db:status` (and `db:build`): manage the project's local Neo4j, configured by
 * NEO4J_BOLT_PORT, NEO4J_DATA_DIR, NEO4J_LOG_FILE, NEO4J_USER and NEO4J_PASSWORD (see src/config.ts).
 * Failures print one line `error CODE: message` and exit 1.
 */
import path from 'node:path';
import { loadSettings, PROJECT_ROOT } from '../config';
import {
  ensureNeo4jBuilt,
  localNeo4jStatus,
  startLocalNeo4j,
  stopLocalNeo4j,
  type LocalNeo4jStatus,
} from '../graph/localNeo4j';
import { fail, runCli } from './runCli';

const USAGE = 'usage: tsx src/cli/db.ts start|stop|status|build';

function shown(file: string): string {
  const relative = path.relative(PROJECT_ROOT, file);
  return relative.startsWith('..') ? file : relative;
}

function describe(status: LocalNeo4jStatus): string {
  switch (status.state) {
    case 'running':
      return `Neo4j is running at ${status.uri} (pid ${status.pid}, data ${shown(status.dataDir)}, log ${shown(status.logFile)}).`;
    case 'starting':
      return `Neo4j is starting (pid ${status.pid}); it does not answer on ${status.uri} yet. Log: ${shown(status.logFile)}.`;
    case 'stopped': {
      const held =
        status.portHeldBy === 'nothing'
          ? ''
          : ` Port ${status.boltPort} is held by another ${status.portHeldBy === 'bolt' ? 'Neo4j' : 'program'} (not the server of this data folder).`;
      return `Neo4j is not running (data ${shown(status.dataDir)}).${held}`;
    }
  }
}

async function main(): Promise<void> {
  const command = process.argv[2];
  const settings = loadSettings();
  const log = (line: string) => console.log(line);

  switch (command) {
    case 'build': {
      const { built } = await ensureNeo4jBuilt({ log });
      if (!built) console.log('The Neo4j launcher is already built (neo4j/lib, neo4j/target).');
      return;
    }
    case 'status': {
      console.log(describe(await localNeo4jStatus(settings.local)));
      return;
    }
    case 'start': {
      if (settings.neo4j.uri) {
        console.log(`Note: NEO4J_URI is set (${settings.neo4j.uri}), so the project uses that server, not this one.`);
      }
      const status = await localNeo4jStatus(settings.local);
      if (status.state !== 'stopped') {
        console.log(describe(status));
        return;
      }
      const started = Date.now();
      console.log(`Starting Neo4j on bolt://127.0.0.1:${settings.local.boltPort} (data ${shown(settings.local.dataDir)})...`);
      const handle = await startLocalNeo4j({
        ...settings.local,
        detached: true,
        user: settings.neo4j.user,
        password: settings.neo4j.password,
        log,
      });
      console.log(
        `Neo4j is ready at ${handle.uri} (pid ${handle.pid}, ${((Date.now() - started) / 1000).toFixed(1)} s; ` +
          `user ${settings.neo4j.user}, log ${shown(settings.local.logFile)}). Stop it with \`npm run db:stop\`.`,
      );
      return;
    }
    case 'stop': {
      const result = await stopLocalNeo4j(settings.local);
      if (!result.stopped) console.log('Neo4j is not running.');
      else if (result.forced) console.log(`Neo4j (pid ${result.pid}) did not stop within 30 s and was killed.`);
      else console.log(`Neo4j stopped (pid ${result.pid}).`);
      return;
    }
    default:
      fail('BAD_USER_INPUT', `unknown command "${command ?? ''}". ${USAGE}`);
  }
}

await runCli(main, { usage: USAGE });
