// Types of scripts/buildServer.mjs (plain JavaScript: set-up runs it before any TypeScript tooling).
export { BENCH_API_BUNDLE, DIST, EXTRACTION_BUNDLE, PREPARATION_WORKER_BUNDLE, SERVER_BUNDLE, serverBuildProblem } from '../src/buildState.mjs';
/** esbuild's options shared by every bundle (entry points, folders and tsconfig aside). */
export const BUNDLE_OPTIONS: Readonly<{ bundle: true; packages: 'external'; platform: 'node'; format: 'esm'; target: string; sourcemap: 'linked' }>;
export class ServerBuildError extends Error {}
/** Builds dist/ when a source changed (or always with `force`); true when it built. */
export function buildServer(options?: { force?: boolean; log?: (line: string) => void }): boolean;
