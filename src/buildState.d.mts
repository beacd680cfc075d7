// Types of src/buildState.mjs (plain JavaScript: set-up runs it before any TypeScript tooling).
export const ROOT: string;
export const DIST: string;
export const SERVER_BUNDLE: string;
export const BENCH_API_BUNDLE: string;
export const PREPARATION_WORKER_BUNDLE: string;
export const EXTRACTION_BUNDLE: string;
export const BUNDLES: readonly string[];
export const FINGERPRINT: string;
export function sha(file: string): string;
export function serverBuildProblem(): string | null;
