import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { BOLT_CONNECTION_VERSION, loadPinnedBoltFiles, reportStockBolt } from '../../src/graph/boltPackage';
import { warningsHeard } from '../support/warnings';

// neo4j-driver's own copy of its Bolt connection package, as src/graph/boltPackage.ts reaches it.
const fromDriver = createRequire(createRequire(import.meta.url).resolve('neo4j-driver'));

/** A loader of the package's files that answers `version` for its package.json and records what it was asked. */
function packageOf(version: string, files: (file: string) => Record<string, unknown>) {
  const asked: string[] = [];
  const load = (file: string) => {
    asked.push(file);
    return file === 'package.json' ? { version } : files(file);
  };
  return { load, asked };
}

const notFound = (code: string) => (file: string) => {
  throw Object.assign(new Error(`Cannot find module 'neo4j-driver-bolt-connection/${file}'\nRequire stack: ...`), { code });
};


describe('the Bolt connection package the patches are made on', () => {
  it('is the one installed (fails when an upgrade changes it: read the Dechunker and the Unpacker again)', () => {
    expect(fromDriver('neo4j-driver-bolt-connection/package.json')).toMatchObject({ version: BOLT_CONNECTION_VERSION });
  });

  it('hands the files asked of the installed package, in the order asked', () => {
    const pinned = loadPinnedBoltFiles(['lib/packstream/packstream-v1.js', 'lib/channel/chunking.js']);
    expect(pinned.files).toEqual([
      fromDriver('neo4j-driver-bolt-connection/lib/packstream/packstream-v1.js'),
      fromDriver('neo4j-driver-bolt-connection/lib/channel/chunking.js'),
    ]);
  });

  it('of another version says which, without loading any of its files', () => {
    const other = packageOf('6.4.0', () => ({}));
    expect(loadPinnedBoltFiles(['lib/channel/chunking.js'], other.load)).toEqual({ files: null, reason: `neo4j-driver-bolt-connection is 6.4.0, not ${BOLT_CONNECTION_VERSION}` });
    expect(other.asked).toEqual(['package.json']);
  });

  it('whose file moved or is not exported says which file, on the first line of the error only', () => {
    for (const code of ['MODULE_NOT_FOUND', 'ERR_PACKAGE_PATH_NOT_EXPORTED']) {
      const moved = loadPinnedBoltFiles(['lib/channel/chunking.js'], packageOf(BOLT_CONNECTION_VERSION, notFound(code)).load);
      expect(moved).toEqual({
        files: null,
        reason: `a file of neo4j-driver-bolt-connection ${BOLT_CONNECTION_VERSION} is not where it was (Cannot find module 'neo4j-driver-bolt-connection/lib/channel/chunking.js')`,
      });
    }
    // No package.json where it was: the same, the version unread.
    expect(loadPinnedBoltFiles(['lib/channel/chunking.js'], notFound('MODULE_NOT_FOUND'))).toMatchObject({ files: null, reason: expect.stringContaining('package.json') });
  });

  it('that fails to load for another reason throws that error', () => {
    const broken = packageOf(BOLT_CONNECTION_VERSION, () => {
      throw new SyntaxError('Unexpected token');
    });
    expect(() => loadPinnedBoltFiles(['lib/channel/chunking.js'], broken.load)).toThrow(SyntaxError);
  });
});

describe('a patch of the Bolt connection package left undone', () => {
  const warning = { stockWork: 'Bolt messages of several chunks are read', reread: "the new package's Dechunker", module: 'src/graph/boltMessages.ts' };

  it('is said once per patch and reason, as a BOLT_STOCK_READING warning naming the reason and the module to update', () => {
    const undone = { applied: false, reason: `neo4j-driver-bolt-connection is 6.2.9, not ${BOLT_CONNECTION_VERSION}` } as const;
    const warnings = warningsHeard(() => {
      expect(reportStockBolt(undone, warning)).toBe(undone);
      reportStockBolt(undone, warning);
      // The other patch, on the same package, says it of its own work.
      reportStockBolt(undone, { ...warning, stockWork: 'Values received from Neo4j are unpacked', module: 'src/graph/boltUnpacking.ts' });
      reportStockBolt({ applied: false, reason: 'another reason' }, warning);
    });
    expect(warnings.map((w) => w.code)).toEqual(['BOLT_STOCK_READING', 'BOLT_STOCK_READING', 'BOLT_STOCK_READING']);
    expect(warnings[0]!.message).toBe(
      `Bolt messages of several chunks are read the stock (slower) way: neo4j-driver-bolt-connection is 6.2.9, not ${BOLT_CONNECTION_VERSION}. ` +
        "Results are the same; to get the faster way back, read the new package's Dechunker again and update src/graph/boltMessages.ts.",
    );
    expect(warnings[1]!.message).toMatch(/^Values received from Neo4j are unpacked .*src\/graph\/boltUnpacking\.ts\.$/);
    expect(warnings[2]!.message).toContain('another reason');
  });

  it('is not a patch made: that says nothing', () => {
    expect(warningsHeard(() => expect(reportStockBolt({ applied: true }, warning)).toEqual({ applied: true }))).toEqual([]);
  });
});
