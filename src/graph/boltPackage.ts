/**
 * neo4j-driver's Bolt connection package, as the project's patches of its internals reach it: the files of the
 * version they were written for (BOLT_CONNECTION_VERSION, pinned through neo4j-driver in package.json), or why a
 * patch cannot be made, and the one warning that says so.
 *
 * Two patches change the package's prototypes (src/graph/boltMessages.ts, the Dechunker; src/graph/boltUnpacking.ts,
 * the unpacker). Neither file is part of neo4j-driver's public API: on another version, or a package whose files
 * moved, a patch leaves the stock code (slower, never different) and its caller reports it once per process as a
 * BOLT_STOCK_READING warning, so a driver upgrade never makes the process slower without saying it.
 */
import { createRequire } from 'node:module';
import { reportWarning, WarningCode } from '../warnings';

/** The version of neo4j-driver-bolt-connection whose internals the patches were written against. */
export const BOLT_CONNECTION_VERSION = '6.3.0';

/** Loads a file of neo4j-driver's Bolt connection package by its path in the package ("lib/channel/chunking.js"). */
export type BoltConnectionLoader = (file: string) => Record<string, unknown>;

/** neo4j-driver's own copy of its Bolt connection package (the one its connections use). */
export function boltConnectionModule(file: string): Record<string, unknown> {
  const fromDriver = createRequire(createRequire(import.meta.url).resolve('neo4j-driver'));
  return fromDriver(`neo4j-driver-bolt-connection/${file}`) as Record<string, unknown>;
}

/** A package file that is not there (moved by an upgrade, or not exported): the stock code stays. */
function missingFile(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'MODULE_NOT_FOUND' || code === 'ERR_PACKAGE_PATH_NOT_EXPORTED';
}

/** The files a patch asked for, in the order asked, or why the package is not the one it can patch. */
export type PinnedBoltFiles = { files: Record<string, unknown>[] } | { files: null; reason: string };

/**
 * Loads `paths` of the Bolt connection package when it is the pinned version; says why not when it is another
 * version (its files are then not even loaded) or a file is not where it was. Any other failure to load is thrown.
 */
export function loadPinnedBoltFiles(paths: readonly string[], load: BoltConnectionLoader = boltConnectionModule): PinnedBoltFiles {
  try {
    const version = load('package.json').version;
    if (version !== BOLT_CONNECTION_VERSION) return { files: null, reason: `neo4j-driver-bolt-connection is ${String(version)}, not ${BOLT_CONNECTION_VERSION}` };
    return { files: paths.map((path) => load(path)) };
  } catch (error) {
    if (missingFile(error)) return { files: null, reason: `a file of neo4j-driver-bolt-connection ${BOLT_CONNECTION_VERSION} is not where it was (${(error as Error).message.split('\n')[0]})` };
    throw error;
  }
}

/** Whether a patch of the package was made (now or earlier in the process); `reason` says why it was not. */
export type BoltPatchResult = { applied: true } | { applied: false; reason: string };

/** What a patch's warning names: the work done the stock way, and the module to update. */
export interface BoltPatchWarning {
  /** The work left to the stock code, as the subject of "... the stock (slower) way" ("Bolt messages of several chunks are read"). */
  stockWork: string;
  /** What to read again in the new package, and the module that patches it ("the Dechunker", "src/graph/boltMessages.ts"). */
  reread: string;
  module: string;
}

/** Stock ways already reported by this process, by module and reason. */
const reported = new Set<string>();

/**
 * Reports a patch that was not applied as a BOLT_STOCK_READING warning, once per process for each patch and reason:
 * results are the same, only slower. An applied patch says nothing. Returns `result`.
 */
export function reportStockBolt(result: BoltPatchResult, warning: BoltPatchWarning): BoltPatchResult {
  if (result.applied) return result;
  const key = `${warning.module}\n${result.reason}`;
  if (!reported.has(key)) {
    reported.add(key);
    reportWarning(
      WarningCode.BOLT_STOCK_READING,
      `${warning.stockWork} the stock (slower) way: ${result.reason}. ` +
        `Results are the same; to get the faster way back, read ${warning.reread} again and update ${warning.module}.`,
    );
  }
  return result;
}
