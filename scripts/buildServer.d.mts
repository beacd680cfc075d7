// Types of scripts/buildServer.mjs (plain JavaScript: set-up runs it before any TypeScript tooling).
export { BENCH_API_BUNDLE, DIST, PREPARATION_WORKER_BUNDLE, SERVER_BUNDLE, serverBuildProblem } from '../src/buildState.mjs';
export class ServerBuildError extends Error {}
/** Builds dist/ when a source changed (or always with `force`); true when it built. */
export function buildServer(options?: { force?: boolean; log?: (line: string) => void }): boolean;
