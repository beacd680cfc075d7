/**
 * Command-line options of the measuring scripts (extraction-cpu, restorationCpu, apiCpu): one parser instead of a
 * loop or an `indexOf` per script. Options are `--name VALUE` (the last one given wins), `--name VALUE` repeatable
 * into a list, or a bare `--flag`. An unknown option, or a value option without its value, is an error that
 * prints the script's usage, so a mistyped option never runs a measurement with defaults.
 */
import { resolve } from 'node:path';

export interface ArgSpec {
  /** Options taking one value: `--rounds 3`. */
  values?: readonly string[];
  /** Options taking a value, repeatable: `--also DIR --also DIR2`. */
  lists?: readonly string[];
  /** Options without a value: `--bare`. */
  flags?: readonly string[];
}

export interface ParsedArgs {
  /** The value given to `--name`, or undefined. */
  value(name: string): string | undefined;
  /** The values given to a repeatable `--name`, in order. */
  list(name: string): string[];
  /** Whether `--name` was given. */
  flag(name: string): boolean;
  /** The value of `--name` as an absolute path (resolved against the working directory), or null. */
  path(name: string): string | null;
  /** The values of a repeatable `--name` as absolute paths. */
  paths(name: string): string[];
}

/** Thrown for an argument the script does not take; its message ends with the usage line. */
export class ArgumentError extends Error {
  readonly code = 'BAD_ARGUMENT';
}

/** Parse `argv` (without the node and script paths) against `spec`; `usage` is shown with any error. */
export function parseArgs(argv: readonly string[], spec: ArgSpec, usage: string): ParsedArgs {
  const values = new Map<string, string>();
  const lists = new Map<string, string[]>();
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const name = a.startsWith('--') ? a.slice(2) : null;
    if (name !== null && spec.flags?.includes(name)) {
      flags.add(name);
      continue;
    }
    const takesValue = name !== null && (spec.values?.includes(name) || spec.lists?.includes(name));
    if (!takesValue) throw new ArgumentError(`Unknown argument ${a}. Usage: ${usage}`);
    const v = argv[i + 1];
    if (v === undefined || (v.startsWith('--') && v.length > 2)) throw new ArgumentError(`${a} needs a value. Usage: ${usage}`);
    i++;
    if (spec.lists?.includes(name)) lists.set(name, [...(lists.get(name) ?? []), v]);
    else values.set(name, v);
  }
  return {
    value: (name) => values.get(name),
    list: (name) => lists.get(name) ?? [],
    flag: (name) => flags.has(name),
    path: (name) => {
      const v = values.get(name);
      return v === undefined ? null : resolve(v);
    },
    paths: (name) => (lists.get(name) ?? []).map((v) => resolve(v)),
  };
}

/** What the ingest measuring scripts (ingestCpu, ingestTimeline) are given: a server, its pid and a corpus. */
export interface IngestRunArgs {
  /** The checkout whose code runs (`--root`, default this one). */
  root: string;
  uri: string;
  password: string;
  neo4jPid: number;
  corpus: string;
  /** `--batch N` as given, or undefined for the product's default. */
  batch: string | undefined;
  /** `--threads N` as given, or undefined for one extraction thread per core. */
  threads: string | undefined;
  /** `--worker-from sources`: extraction workers from the sources through tsx even when dist/ is current. */
  workerFromSources: boolean;
  /** `--statements`: time each statement and transaction (ingestTimeline), by graph size. */
  statements: boolean;
  /** `--keep-graph`: ingest onto what the server holds instead of an emptied graph (ingestTimeline). */
  keepGraph: boolean;
}

/** Parse the ingest scripts' options; `--uri`, `--neo4j-pid` and `--corpus` are required. */
export function parseIngestRunArgs(argv: readonly string[], here: string, usage: string): IngestRunArgs {
  const args = parseArgs(argv, { values: ['root', 'uri', 'password', 'neo4j-pid', 'corpus', 'batch', 'threads', 'worker-from'], flags: ['statements', 'keep-graph'] }, usage);
  const workerFrom = args.value('worker-from') ?? 'auto';
  if (workerFrom !== 'auto' && workerFrom !== 'sources') throw new ArgumentError(`--worker-from takes auto or sources, got ${workerFrom}. Usage: ${usage}`);
  const required = (name: string): string => {
    const v = args.value(name);
    if (v === undefined) throw new ArgumentError(`--${name} is required. Usage: ${usage}`);
    return v;
  };
  return {
    root: args.path('root') ?? here,
    uri: required('uri'),
    password: args.value('password') ?? 'directive-graph',
    neo4jPid: Number(required('neo4j-pid')),
    corpus: resolve(required('corpus')),
    batch: args.value('batch'),
    threads: args.value('threads'),
    workerFromSources: workerFrom === 'sources',
    statements: args.flag('statements'),
    keepGraph: args.flag('keep-graph'),
  };
}
