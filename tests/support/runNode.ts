/** Runs a project entry point the way npm scripts do (`node --import tsx FILE`), capturing its output. */
import { spawn } from 'node:child_process';
import { PROJECT_ROOT } from '../../src/config';

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

export function runEntry(
  file: string,
  args: string[],
  env: Record<string, string>,
  timeoutMs = 60000,
  onOutput?: (stdout: string, stderr: string) => void,
): Promise<RunResult> {
  const base = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('NEO4J_')));
  const started = Date.now();
  const child = spawn(process.execPath, ['--import', 'tsx', file, ...args], {
    cwd: PROJECT_ROOT,
    env: { ...base, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    onOutput?.(stdout, stderr);
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    onOutput?.(stdout, stderr);
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  return new Promise((resolve) =>
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: Date.now() - started });
    }),
  );
}
