/**
 * The project's own Neo4j: Neo4j Community 5.26 embedded in a small Java launcher (neo4j/), built from Maven
 * Central on first use. Used when NEO4J_URI is unset, by `npm run db:*`, `npm start` and the test setup.
 *
 * The launcher prints exactly one line on stdout, `neo4j ready bolt://127.0.0.1:PORT` or
 * `neo4j failed [CODE]: message`, and writes everything else to its log file; this module waits for that line.
 * A detached server (db:start, npm start) records its pid in `<dataDir>.pid` next to the data folder, so later
 * commands can find, reuse and stop it.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { PROJECT_ROOT, type LocalNeo4jSettings, type Settings } from '../config';

export type LocalNeo4jErrorCode =
  | 'JAVA_MISSING'
  | 'JAVA_TOO_OLD'
  | 'MAVEN_MISSING'
  | 'NEO4J_BUILD_FAILED'
  | 'PORT_IN_USE'
  | 'DATA_DIR_LOCKED'
  | 'NEO4J_START_FAILED'
  | 'NEO4J_START_TIMEOUT'
  | 'NEO4J_STOP_FAILED';

/** Every failure of the local server, with a message that names the cause and the fix. */
export class LocalNeo4jError extends Error {
  override readonly name = 'LocalNeo4jError';
  constructor(
    readonly code: LocalNeo4jErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Folder holding pom.xml and the launcher source; `lib/` and `target/` inside it are build output. */
export const LAUNCHER_DIR = path.join(PROJECT_ROOT, 'neo4j');
const LAUNCHER_CLASS = 'directivegraph.neo4j.Launcher';
const HOST = '127.0.0.1';
const MIN_JAVA = 17;

export interface BuildOptions {
  launcherDir?: string;
  env?: NodeJS.ProcessEnv;
  /** Progress lines for a person watching (the build can take a minute on first run). */
  log?: (line: string) => void;
}

/** Finds a Java 17+ executable (JAVA_HOME first, then PATH), or throws JAVA_MISSING / JAVA_TOO_OLD. */
export function findJava(env: NodeJS.ProcessEnv = process.env): string {
  const fromHome = env.JAVA_HOME ? path.join(env.JAVA_HOME, 'bin', 'java') : null;
  const java = fromHome && fs.existsSync(fromHome) ? fromHome : 'java';
  const probe = spawnSync(java, ['-version'], { env, encoding: 'utf8', timeout: 15_000 });
  if (probe.error || probe.status !== 0) {
    throw new LocalNeo4jError(
      'JAVA_MISSING',
      `Java ${MIN_JAVA} or newer is needed to run the local Neo4j, but ${java === 'java' ? '`java` is not on PATH' : `${java} does not run`}` +
        ` (${probe.error?.message ?? `exit ${probe.status}`}). Install it (Debian/Ubuntu: apt-get install -y openjdk-17-jdk-headless)` +
        ' and set JAVA_HOME, or set NEO4J_URI to use a Neo4j server you already have.',
    );
  }
  // `java -version` writes e.g. `openjdk version "17.0.15" 2025-04-15` (or "1.8.0_392" for Java 8) to stderr.
  const match = /version "(\d+)(?:\.(\d+))?/.exec(`${probe.stderr}${probe.stdout}`);
  const major = match ? (match[1] === '1' ? Number(match[2]) : Number(match[1])) : NaN;
  if (Number.isFinite(major) && major < MIN_JAVA) {
    throw new LocalNeo4jError(
      'JAVA_TOO_OLD',
      `Neo4j 5.26 needs Java ${MIN_JAVA} or 21, but ${java} is Java ${major}. Install Java 17 and point JAVA_HOME at it, ` +
        'or set NEO4J_URI to use a Neo4j server you already have.',
    );
  }
  return java;
}

/** Hash of everything the build depends on, so an edited pom or launcher triggers a rebuild. */
function sourceStamp(launcherDir: string): string {
  const hash = createHash('sha256');
  const files = [path.join(launcherDir, 'pom.xml'), ...listFiles(path.join(launcherDir, 'src'))].sort();
  for (const file of files) {
    hash.update(path.relative(launcherDir, file)).update('\0').update(fs.readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full) : [full];
  });
}

function stampFile(launcherDir: string): string {
  return path.join(launcherDir, 'lib', '.build-stamp');
}

/** 'ready' when the jars and classes match the current sources; 'missing' or 'stale' otherwise. */
export function neo4jBuildState(launcherDir = LAUNCHER_DIR): 'ready' | 'missing' | 'stale' {
  const classFile = path.join(launcherDir, 'target', 'classes', ...LAUNCHER_CLASS.split('.')) + '.class';
  if (!fs.existsSync(classFile) || !fs.existsSync(stampFile(launcherDir))) return 'missing';
  return fs.readFileSync(stampFile(launcherDir), 'utf8').trim() === sourceStamp(launcherDir) ? 'ready' : 'stale';
}

/**
 * Builds the launcher with Maven when its jars are missing or older than its sources: downloads Neo4j and its
 * dependencies (about 125 MB, into ~/.m2) and copies them to `neo4j/lib/`. Returns whether it built.
 */
export async function ensureNeo4jBuilt(options: BuildOptions = {}): Promise<{ built: boolean; ms: number }> {
  const launcherDir = options.launcherDir ?? LAUNCHER_DIR;
  const env = options.env ?? process.env;
  const started = Date.now();
  findJava(env);
  const state = neo4jBuildState(launcherDir);
  if (state === 'ready') return { built: false, ms: 0 };

  const mvnProbe = spawnSync('mvn', ['-v'], { env, encoding: 'utf8', timeout: 30_000 });
  if (mvnProbe.error || mvnProbe.status !== 0) {
    throw new LocalNeo4jError(
      'MAVEN_MISSING',
      `Maven is needed once to download Neo4j into ${path.join(launcherDir, 'lib')}, but \`mvn\` ` +
        `${mvnProbe.error ? 'is not on PATH' : `failed (exit ${mvnProbe.status})`}. Install it (Debian/Ubuntu: apt-get install -y maven), ` +
        'or set NEO4J_URI to use a Neo4j server you already have.',
    );
  }

  options.log?.(
    state === 'missing'
      ? 'Building the local Neo4j launcher (first run downloads Neo4j 5.26 from Maven Central, about 125 MB)...'
      : 'The Neo4j launcher sources changed; rebuilding it...',
  );
  // Old jars would stay on the classpath next to new ones; start from an empty lib/.
  fs.rmSync(path.join(launcherDir, 'lib'), { recursive: true, force: true });
  const output = await run('mvn', ['-B', '-q', '-Dstyle.color=never', '-f', path.join(launcherDir, 'pom.xml'), 'package'], env);
  if (output.code !== 0) {
    const tail = lastLines(output.text, 15);
    const offline = /Could not (transfer|resolve)|UnknownHost|Connection (refused|timed out)/i.test(output.text);
    throw new LocalNeo4jError(
      'NEO4J_BUILD_FAILED',
      `Building the Neo4j launcher with Maven failed (exit ${output.code}).` +
        (offline
          ? ' Maven could not download from Maven Central: check this machine reaches https://repo.maven.apache.org (a proxy goes in ~/.m2/settings.xml).'
          : '') +
        `\n${tail}`,
    );
  }
  fs.writeFileSync(stampFile(launcherDir), `${sourceStamp(launcherDir)}\n`);
  const ms = Date.now() - started;
  options.log?.(`Neo4j launcher built in ${(ms / 1000).toFixed(1)} s.`);
  return { built: true, ms };
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; text: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.on('error', (error) => resolve({ code: 127, text: `${text}${error.message}` }));
    child.on('close', (code) => resolve({ code: code ?? 1, text }));
  });
}

function lastLines(text: string, n: number): string {
  return text.trimEnd().split('\n').slice(-n).join('\n');
}

export interface StartOptions {
  boltPort: number;
  dataDir: string;
  logFile: string;
  /** Detached: outlives this process and writes a pid file (db:start, npm start). Attached: dies with it (tests). */
  detached?: boolean;
  user?: string;
  password?: string;
  /**
   * Longest silence allowed while starting: the wait fails when neither the log nor Neo4j's debug log has grown
   * for this long (default 30 s). Start-up takes about 10 s on 2 idle cores once the jars exist; counting silence
   * rather than total time keeps a busy machine, or a large store's recovery, from being cut off while it works.
   */
  timeoutMs?: number;
  /** Hard limit on the whole start, however busy the log (default 5 minutes). */
  maxWaitMs?: number;
  /** Lock the user for 5 s after 3 wrong passwords (Neo4j's default). Tests turn it off: they try wrong ones. */
  authLockout?: boolean;
  heapMb?: number;
  pagecacheMb?: number;
  launcherDir?: string;
  env?: NodeJS.ProcessEnv;
  log?: (line: string) => void;
}

export interface LocalNeo4jHandle {
  uri: string;
  pid: number;
  /** Stops the server (SIGTERM, then SIGKILL after `timeoutMs`) and waits until the process is gone. */
  stop(timeoutMs?: number): Promise<void>;
}

/** The java command line for the launcher; exported for tests that drive the launcher directly. */
export function launcherCommand(options: StartOptions & { java: string }): { command: string; args: string[] } {
  const launcherDir = options.launcherDir ?? LAUNCHER_DIR;
  const classpath = [path.join(launcherDir, 'target', 'classes'), path.join(launcherDir, 'lib', '*')].join(path.delimiter);
  const args = [
    // Modest memory: the machine also runs Node and the tests. The page cache (off-heap) is set below.
    '-Xms128m',
    `-Xmx${options.heapMb ?? 1024}m`,
    '-XX:+UseG1GC',
    '-XX:-OmitStackTraceInFastThrow',
    '-Dfile.encoding=UTF-8',
    '-Dlog4j2.disable.jmx=true',
    // The same opens Neo4j's own start script passes, so netty and the page cache use their fast paths.
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-cp',
    classpath,
    LAUNCHER_CLASS,
    '--port',
    String(options.boltPort),
    '--data',
    options.dataDir,
    '--log',
    options.logFile,
    '--pagecache-mb',
    String(options.pagecacheMb ?? 128),
  ];
  if (options.authLockout === false) args.push('--no-auth-lockout');
  if (!options.detached) args.push('--stop-on-stdin-eof');
  return { command: options.java, args };
}

export function boltUri(port: number): string {
  return `bolt://${HOST}:${port}`;
}

/** `<dataDir>.pid`, i.e. next to the data folder: `.data/neo4j.pid` by default. */
export function pidFileFor(dataDir: string): string {
  return path.join(path.dirname(path.resolve(dataDir)), `${path.basename(path.resolve(dataDir))}.pid`);
}

/**
 * Starts the launcher and resolves once Neo4j accepts Bolt connections with the given password.
 * Throws LocalNeo4jError: JAVA_MISSING, MAVEN_MISSING, PORT_IN_USE (checked before Java starts),
 * DATA_DIR_LOCKED, NEO4J_START_FAILED (with the log's tail) or NEO4J_START_TIMEOUT.
 */
export async function startLocalNeo4j(options: StartOptions): Promise<LocalNeo4jHandle> {
  const env = options.env ?? process.env;
  const java = findJava(env);
  await ensureNeo4jBuilt({ launcherDir: options.launcherDir, env, log: options.log });

  const port = await probePort(options.boltPort);
  if (port !== 'closed') {
    const ours = readPidFile(options.dataDir);
    const isOurs = ours !== null && ours.port === options.boltPort && isLauncherProcess(ours.pid);
    throw new LocalNeo4jError(
      'PORT_IN_USE',
      isOurs
        ? `The local Neo4j is already running on port ${options.boltPort} (pid ${ours.pid}); use it, or stop it with \`npm run db:stop\`.`
        : `Port ${options.boltPort} on ${HOST} is already in use by another program` +
            `${port === 'bolt' ? ' (it speaks Bolt: probably another Neo4j)' : ''}. ` +
            'Stop that program, choose a free port with NEO4J_BOLT_PORT, or point NEO4J_URI at that server to use it.',
    );
  }

  const dataDir = path.resolve(options.dataDir);
  const logFile = path.resolve(options.logFile);
  for (const dir of [dataDir, path.dirname(logFile)]) {
    try {
      fs.mkdirSync(dir, { recursive: true });
    } catch (error) {
      throw new LocalNeo4jError(
        'NEO4J_START_FAILED',
        `Cannot create the folder ${dir} for Neo4j (${(error as NodeJS.ErrnoException).code ?? String(error)}): ` +
          'fix its permissions or choose another NEO4J_DATA_DIR / NEO4J_LOG_FILE.',
      );
    }
  }
  const { command, args } = launcherCommand({ ...options, dataDir, logFile, java });
  const childEnv: NodeJS.ProcessEnv = {
    ...env,
    NEO4J_USER: options.user ?? 'neo4j',
    NEO4J_PASSWORD: options.password ?? 'directive-graph',
  };
  const timeoutMs = options.timeoutMs ?? 30_000;
  const logOffset = fs.existsSync(logFile) ? fs.statSync(logFile).size : 0;

  let child: ChildProcess;
  let readyLine: Promise<string>;
  if (options.detached) {
    // stdout/stderr go to the log file too, so the ready line and any JVM error survive this process.
    const fd = fs.openSync(logFile, 'a');
    child = spawn(command, args, { env: childEnv, detached: true, stdio: ['ignore', fd, fd] });
    fs.closeSync(fd);
    child.unref();
    if (child.pid !== undefined) writePidFile(dataDir, child.pid, options.boltPort);
    readyLine = waitForLineInFile(child, logFile, logOffset);
  } else {
    child = spawn(command, args, { env: childEnv, stdio: ['pipe', 'pipe', 'pipe'] });
    readyLine = waitForLineOnStdout(child);
  }

  const maxWaitMs = options.maxWaitMs ?? 300_000;
  const debugLog = path.join(dataDir, 'logs', 'debug.log');
  const logSizes = () => [logFile, debugLog].map((file) => (fs.existsSync(file) ? fs.statSync(file).size : -1)).join(',');
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    const startedAt = Date.now();
    let lastProgress = startedAt;
    // Sizes are taken now, so only growth after the spawn counts as progress.
    let lastSizes = logSizes();
    const check = () => {
      const sizes = logSizes();
      const now = Date.now();
      if (sizes !== lastSizes) {
        lastSizes = sizes;
        lastProgress = now;
      }
      const silent = now - lastProgress >= timeoutMs;
      if (!silent && now - startedAt < maxWaitMs) {
        timer = setTimeout(check, Math.min(250, timeoutMs));
        return;
      }
      reject(
        new LocalNeo4jError(
          'NEO4J_START_TIMEOUT',
          (silent
            ? `Neo4j stopped making progress (nothing logged for ${Math.round(timeoutMs / 1000)} s) before it was ready; it was stopped. `
            : `Neo4j did not become ready within ${Math.round(maxWaitMs / 1000)} s; it was stopped. `) +
            'On an overloaded machine, try again once the load is lower; otherwise the log says what went wrong. ' +
            `Last lines of ${logFile}:\n${logTail(logFile, logOffset)}`,
        ),
      );
    };
    timer = setTimeout(check, Math.min(250, timeoutMs));
  });

  try {
    const line = await Promise.race([readyLine, timeout]);
    const failed = /^neo4j failed \[([A-Z_]+)\]: (.*)$/.exec(line);
    if (failed) {
      const code = failed[1] === 'PORT_IN_USE' || failed[1] === 'DATA_DIR_LOCKED' ? failed[1] : 'NEO4J_START_FAILED';
      throw new LocalNeo4jError(code, `Neo4j could not start: ${failed[2]}`);
    }
    if (!line.startsWith('neo4j ready ')) {
      throw new LocalNeo4jError(
        'NEO4J_START_FAILED',
        `Neo4j exited before it was ready (${line}). Last lines of ${logFile}:\n${logTail(logFile, logOffset)}`,
      );
    }
  } catch (error) {
    await killAndWait(child, 10_000);
    if (options.detached) removePidFile(dataDir);
    throw error;
  } finally {
    clearTimeout(timer);
  }

  const pid = child.pid as number;
  return {
    uri: boltUri(options.boltPort),
    pid,
    stop: async (stopTimeoutMs = 30_000) => {
      await killAndWait(child, stopTimeoutMs);
      if (options.detached) removePidFile(dataDir);
    },
  };
}

/** Resolves with the first protocol line on stdout, or a description of how the process ended without one. */
function waitForLineOnStdout(child: ChildProcess): Promise<string> {
  return new Promise((resolve) => {
    let buffer = '';
    let stderr = '';
    let done = false;
    const finish = (line: string) => {
      if (!done) {
        done = true;
        resolve(line);
      }
    };
    // Both pipes must be drained for the server's whole life, or a chatty JVM would block on a full pipe.
    child.stdout?.on('data', (chunk: Buffer) => {
      if (done) return;
      buffer += chunk.toString();
      const line = buffer.split('\n').find((l) => l.startsWith('neo4j ready ') || l.startsWith('neo4j failed '));
      if (line) finish(line.trim());
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr = lastLines(stderr + chunk.toString(), 20);
    });
    child.on('error', (error) => finish(`could not run java: ${error.message}`));
    child.on('exit', (code, signal) =>
      // 'exit' may come before the last stdout chunk; give the pipe a moment to deliver it.
      setTimeout(() => finish(`exit ${signal ?? code}${stderr ? `: ${stderr.trim()}` : ''}`), 100),
    );
  });
}

function waitForLineInFile(child: ChildProcess, logFile: string, offset: number): Promise<string> {
  return new Promise((resolve) => {
    let exited: string | null = null;
    child.on('error', (error) => (exited = `could not run java: ${error.message}`));
    child.on('exit', (code, signal) => (exited = `exit ${signal ?? code}`));
    const poll = () => {
      const text = readFrom(logFile, offset);
      const line = text.split('\n').find((l) => l.startsWith('neo4j ready ') || l.startsWith('neo4j failed '));
      if (line) return resolve(line.trim());
      if (exited !== null) return resolve(exited);
      setTimeout(poll, 100);
    };
    poll();
  });
}

function readFrom(file: string, offset: number): string {
  try {
    const fd = fs.openSync(file, 'r');
    try {
      const size = fs.fstatSync(fd).size;
      const buffer = Buffer.alloc(Math.max(0, size - offset));
      fs.readSync(fd, buffer, 0, buffer.length, offset);
      return buffer.toString('utf8');
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return '';
  }
}

/** The end of what this start wrote to the log, with Java stack frames dropped so the cause stays visible. */
function logTail(logFile: string, offset: number): string {
  const lines = readFrom(logFile, offset)
    .split('\n')
    .filter((l) => !/^\s+at |^\s+\.\.\. \d+ more/.test(l));
  return lines.slice(-12).join('\n').trim() || '(the log is empty)';
}

async function killAndWait(child: ChildProcess, timeoutMs: number): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  await killPid(child.pid, timeoutMs);
}

/** SIGTERM (the launcher's shutdown hook closes the store cleanly), then SIGKILL if it does not end in time. */
async function killPid(pid: number, timeoutMs: number): Promise<'stopped' | 'killed'> {
  if (!isAlive(pid)) return 'stopped';
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return 'stopped';
  }
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return 'stopped';
    await sleep(100);
  }
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    return 'stopped';
  }
  while (isAlive(pid)) await sleep(50);
  return 'killed';
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  // A zombie (exited, not yet reaped by its parent) still answers signal 0.
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^\d+ \(.*\) Z/.test(stat);
  } catch {
    return true;
  }
}

/** True when `pid` is alive and, where /proc exists, really is our launcher (pids get reused). */
function isLauncherProcess(pid: number): boolean {
  if (!isAlive(pid)) return false;
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(LAUNCHER_CLASS);
  } catch {
    return true;
  }
}

function writePidFile(dataDir: string, pid: number, port: number): void {
  fs.writeFileSync(pidFileFor(dataDir), `${pid}\n${port}\n`);
}

function readPidFile(dataDir: string): { pid: number; port: number } | null {
  try {
    const [pid, port] = fs.readFileSync(pidFileFor(dataDir), 'utf8').split('\n').map(Number);
    return pid && port ? { pid, port } : null;
  } catch {
    return null;
  }
}

function removePidFile(dataDir: string): void {
  fs.rmSync(pidFileFor(dataDir), { force: true });
}

/**
 * What listens on a local port: 'closed' (nothing), 'bolt' (answers the Bolt handshake, so a Neo4j) or
 * 'other'. Connecting, rather than trying to bind, also sees servers bound to another local address.
 */
export function probePort(port: number, timeoutMs = 2000): Promise<'closed' | 'bolt' | 'other'> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: HOST, port });
    let settled = false;
    const finish = (result: 'closed' | 'bolt' | 'other') => {
      if (settled) return;
      settled = true;
      socket.destroy();
      resolve(result);
    };
    socket.setTimeout(timeoutMs, () => finish('other'));
    socket.on('connect', () => {
      // Bolt magic, then four proposals: 5.0-5.8, 4.4 and two empty slots.
      socket.write(Buffer.from([0x60, 0x60, 0xb0, 0x17, 0, 8, 8, 5, 0, 0, 4, 4, 0, 0, 0, 0, 0, 0, 0, 0]));
    });
    let received = 0;
    socket.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received >= 4) finish('bolt');
    });
    socket.on('error', (error: NodeJS.ErrnoException) => finish(error.code === 'ECONNREFUSED' ? 'closed' : 'other'));
    socket.on('close', () => finish(received >= 4 ? 'bolt' : 'other'));
  });
}

export interface LocalNeo4jStatus {
  /** running: our process is alive and answers Bolt; starting: alive, not answering yet; stopped: no process. */
  state: 'running' | 'starting' | 'stopped';
  pid: number | null;
  uri: string;
  boltPort: number;
  dataDir: string;
  logFile: string;
  pidFile: string;
  /** When stopped: what else holds the port, if anything. */
  portHeldBy: 'nothing' | 'bolt' | 'other';
}

/** Reports the detached server of `local.dataDir`; removes a pid file left by a process that is gone. */
export async function localNeo4jStatus(local: LocalNeo4jSettings): Promise<LocalNeo4jStatus> {
  const recorded = readPidFile(local.dataDir);
  const boltPort = recorded?.port ?? local.boltPort;
  const base = {
    uri: boltUri(boltPort),
    boltPort,
    dataDir: path.resolve(local.dataDir),
    logFile: path.resolve(local.logFile),
    pidFile: pidFileFor(local.dataDir),
  };
  if (recorded && isLauncherProcess(recorded.pid)) {
    const port = await probePort(boltPort);
    return { ...base, state: port === 'bolt' ? 'running' : 'starting', pid: recorded.pid, portHeldBy: port === 'closed' ? 'nothing' : port };
  }
  if (recorded) removePidFile(local.dataDir);
  const port = await probePort(local.boltPort);
  return { ...base, uri: boltUri(local.boltPort), boltPort: local.boltPort, state: 'stopped', pid: null, portHeldBy: port === 'closed' ? 'nothing' : port };
}

/** Stops the detached server of `local.dataDir`, if one runs. */
export async function stopLocalNeo4j(
  local: LocalNeo4jSettings,
  timeoutMs = 30_000,
): Promise<{ stopped: boolean; pid: number | null; forced: boolean }> {
  const recorded = readPidFile(local.dataDir);
  if (!recorded || !isLauncherProcess(recorded.pid)) {
    removePidFile(local.dataDir);
    return { stopped: false, pid: null, forced: false };
  }
  const how = await killPid(recorded.pid, timeoutMs);
  removePidFile(local.dataDir);
  return { stopped: true, pid: recorded.pid, forced: how === 'killed' };
}

/**
 * For `npm start` and the server when NEO4J_URI is unset: reuses the running local server (pid file and Bolt
 * answering) or starts one detached, so it survives restarts of the API. Returns the Bolt URI.
 */
export async function ensureLocalNeo4j(
  settings: Pick<Settings, 'local' | 'neo4j'>,
  options: { timeoutMs?: number; log?: (line: string) => void } = {},
): Promise<string> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  let status = await localNeo4jStatus(settings.local);
  if (status.state === 'starting' && status.pid !== null) {
    // Another command is starting it right now; wait for it instead of racing for the port.
    const deadline = Date.now() + timeoutMs;
    while (status.state === 'starting' && Date.now() < deadline) {
      await sleep(250);
      status = await localNeo4jStatus(settings.local);
    }
    if (status.state === 'starting') {
      throw new LocalNeo4jError(
        'NEO4J_START_TIMEOUT',
        `The local Neo4j (pid ${status.pid}) did not answer on port ${status.boltPort} within ${Math.round(timeoutMs / 1000)} s. ` +
          `See ${status.logFile}; \`npm run db:stop\` then \`npm run db:start\` restarts it.`,
      );
    }
  }
  if (status.state === 'running') return status.uri;
  options.log?.(`Starting the local Neo4j on ${boltUri(settings.local.boltPort)} (data in ${settings.local.dataDir})...`);
  const handle = await startLocalNeo4j({
    ...settings.local,
    detached: true,
    user: settings.neo4j.user,
    password: settings.neo4j.password,
    timeoutMs,
    log: options.log,
  });
  return handle.uri;
}
