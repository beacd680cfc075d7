import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArgumentError, parseArgs, parseIngestRunArgs } from '../../../scripts/lib/args';

const SPEC = { values: ['rounds', 'base'], lists: ['also'], flags: ['bare'] };
const USAGE = 'tool.ts [--rounds N] [--base ROOT] [--also DIR ...] [--bare]';

describe('the measuring scripts\' argument parser', () => {
  it('reads values, repeated lists and flags as extraction-cpu, restorationCpu and apiCpu are called', () => {
    const args = parseArgs(['--also', '/work/real-open', '--rounds', '3', '--bare', '--also', 'data/real', '--base', '/tmp/base'], SPEC, USAGE);
    expect(args.value('rounds')).toBe('3');
    expect(args.flag('bare')).toBe(true);
    expect(args.list('also')).toEqual(['/work/real-open', 'data/real']);
    expect(args.paths('also')).toEqual(['/work/real-open', path.resolve('data/real')]);
    expect(args.path('base')).toBe('/tmp/base');
    expect(args.path('rounds')).toBe(path.resolve('3'));
    expect(args.value('missing')).toBeUndefined();
    expect(args.flag('peer')).toBe(false);
  });

  it('refuses an unknown option and a value option without its value, with the usage', () => {
    expect(() => parseArgs(['--round', '3'], SPEC, USAGE)).toThrow(ArgumentError);
    expect(() => parseArgs(['--round', '3'], SPEC, USAGE)).toThrow(/Unknown argument --round\. Usage: tool\.ts/);
    expect(() => parseArgs(['--rounds'], SPEC, USAGE)).toThrow(/--rounds needs a value/);
    expect(() => parseArgs(['--base', '--bare'], SPEC, USAGE)).toThrow(/--base needs a value/);
    expect(() => parseArgs(['stray'], SPEC, USAGE)).toThrow(/Unknown argument stray/);
  });

  it('gives the ingest scripts a server, a pid and a corpus, and refuses a run without one of them', () => {
    const usage = 'ingestCpu.ts --uri URI --neo4j-pid PID --corpus DIR';
    const run = parseIngestRunArgs(['--uri', 'bolt://127.0.0.1:7687', '--neo4j-pid', '4242', '--corpus', 'bench/out/c', '--batch', '100'], '/repo', usage);
    expect(run).toEqual({
      root: '/repo',
      uri: 'bolt://127.0.0.1:7687',
      password: 'directive-graph',
      neo4jPid: 4242,
      corpus: path.resolve('bench/out/c'),
      batch: '100',
      threads: undefined,
      workerFromSources: false,
      statements: false,
      keepGraph: false,
    });
    const timeline = parseIngestRunArgs(['--uri', 'u', '--neo4j-pid', '1', '--corpus', 'c', '--statements', '--keep-graph'], '/repo', usage);
    expect([timeline.statements, timeline.keepGraph]).toEqual([true, true]);
    expect(parseIngestRunArgs(['--uri', 'u', '--neo4j-pid', '1', '--corpus', 'c', '--root', '/old'], '/repo', usage).root).toBe('/old');
    expect(parseIngestRunArgs(['--uri', 'u', '--neo4j-pid', '1', '--corpus', 'c', '--worker-from', 'sources'], '/repo', usage).workerFromSources).toBe(true);
    expect(() => parseIngestRunArgs(['--uri', 'u', '--neo4j-pid', '1', '--corpus', 'c', '--worker-from', 'dist'], '/repo', usage)).toThrow(/--worker-from takes auto or sources/);
    expect(() => parseIngestRunArgs(['--uri', 'u', '--corpus', 'c'], '/repo', usage)).toThrow(/--neo4j-pid is required\. Usage: ingestCpu/);
    expect(() => parseIngestRunArgs(['--uri', 'u', '--neo4j-pid', '1', '--corpus', 'c', '--batches', '2'], '/repo', usage)).toThrow(ArgumentError);
  });
});
