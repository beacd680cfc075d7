#!/usr/bin/env node
/**
 * `npm start`: set-up if missing (npm packages, the local Neo4j's jars, the server compiled to dist/), then the API
 * server (dist/server.js, on plain Node), which starts or
 * reuses the local Neo4j when NEO4J_URI is unset, applies migrations and serves http://localhost:4000/graphql.
 */
import { spawn } from 'node:child_process';
import { SERVER_BUNDLE } from './buildServer.mjs';
import { ROOT, setup } from './setup.mjs';

try {
  setup({ browser: false });
} catch (error) {
  console.error(`error SETUP_FAILED: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

// The server runs for users: in production graphql-js's type tests are a plain instanceof, without the check for
// a second copy of graphql that it runs in development. NODE_ENV=development (stack traces in errors) is kept.
// The server runs compiled (set-up rebuilt dist/ if a source changed): the same code through tsx cost 3-14% more
// CPU per request (tsx's loader on modules required while serving; bench/HISTORY.md).
const server = spawn(process.execPath, [SERVER_BUNDLE, ...process.argv.slice(2)], {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: process.env.NODE_ENV || 'production' },
});
// Ctrl-C reaches the server through the terminal's process group; a signal sent to this process alone is passed on.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.kill(signal));
}
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 128 + (signal === 'SIGINT' ? 2 : 15) : 1)));
