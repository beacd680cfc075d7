/**
 * One body, one node: the issuer a document's header names and the bodies its text assigns tasks to resolve
 * to the same canonical Body per jurisdiction, every spelling kept as an alias; a graph written before that
 * is brought in line by migration 0006's merge.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type GraphClient } from '../../src/graph/driver';
import { resolveBody } from '../../src/extract/bodies';
import { mergeDuplicateBodies } from '../../src/graph/bodyMerge';
import { foldForSearch } from '../../src/text/fold';
import { migrate } from '../../src/graph/migrations';
import { testNeo4jSettings } from '../support/neo4j';
import { isolatedProvince } from '../support/extraction.fixtures';
import { ingestSampleCorpus } from '../api/corpus.fixtures';

let graph: GraphClient;
let cleanup: () => Promise<void> = async () => {};

beforeAll(async () => {
  graph = await connect(testNeo4jSettings());
  await migrate(graph);
  ({ cleanup } = await ingestSampleCorpus(graph));
}, 300_000);
afterAll(async () => {
  await cleanup();
  await graph?.close();
});

async function issuerOf(documentKey: string) {
  const [row] = await graph.read<{ key: string; aliases: string[]; assigned: number; mentionedByItself: boolean }>(
    `MATCH (d:Document {key: $documentKey})-[:ISSUED_BY]->(b:Body)
     RETURN b.key AS key, b.aliases AS aliases, COUNT { (b)<-[:ASSIGNED_TO]-(:Task) } AS assigned,
            EXISTS { (d)-[:MENTIONS]->(b) } AS mentionedByItself`,
    { documentKey },
  );
  return row;
}

describe('bodies', () => {
  it('an issuer and an assignee of the same body are one node (UBND tỉnh Quảng Ninh = Ủy ban nhân dân tỉnh)', async () => {
    const issuer = await issuerOf('2898/QĐ-UBND@Quảng Ninh');
    expect(issuer?.key).toBe('uy ban nhan dan@Quảng Ninh');
    expect(issuer?.aliases).toContain('UBND tỉnh Quảng Ninh');
    expect(issuer?.assigned).toBeGreaterThan(0);
    const [spellings] = await graph.read<{ n: number }>(
      `MATCH (b:Body {jurisdiction: 'Quảng Ninh'}) WHERE b.key IN ['ubnd tinh quang ninh@Quảng Ninh', 'uy ban nhan dan tinh quang ninh@Quảng Ninh'] RETURN count(b) AS n`,
    );
    expect(spellings?.n).toBe(0);
  });

  it('a Party committee named in full in the header and short in the text is one node (Tỉnh ủy Quảng Ngãi = Tỉnh ủy)', async () => {
    const issuer = await issuerOf('04-NQ/TU@Quảng Ngãi');
    expect(issuer?.key).toBe('tinh uy@Quảng Ngãi');
    // The header's spelling beside the text's (this OCR text writes it without diacritics).
    expect(issuer?.aliases).toEqual(expect.arrayContaining(['Tỉnh ủy Quảng Ngãi', 'Tinh uy', 'TU']));
    // The body its own text names is the issuer node, not a second one.
    expect(issuer?.mentionedByItself).toBe(true);
  });

  it('the migration merges duplicates an earlier version wrote, moving issued documents, mentions and assignments and keeping every name', async () => {
    const P = isolatedProvince();
    const header = `UBND ${P}`;
    const canonKey = resolveBody(header, P).key;
    const oldKey = `${foldForSearch(header)}@${P}`;
    expect(oldKey).not.toBe(canonKey);
    await graph.write(
      `CREATE (old:Body {key: $oldKey, name: $header, nameFolded: $oldKeyName, jurisdiction: $P, aliases: [$header], group: false})
       CREATE (canon:Body {key: $canonKey, name: 'Ủy ban nhân dân', nameFolded: 'uy ban nhan dan', jurisdiction: $P, aliases: ['Ủy ban nhân dân'], group: false})
       CREATE (d:Document {key: $docKey, jurisdiction: $P, ingested: true})-[:ISSUED_BY]->(old)
       CREATE (d)-[:MENTIONS]->(old)
       CREATE (t:Task {key: $taskKey, documentKey: $docKey})-[:ASSIGNED_TO {role: 'LEAD', evidence: 'UBND chỉ đạo'}]->(canon)
       CREATE (t2:Task {key: $task2Key, documentKey: $docKey})-[:ASSIGNED_TO {role: 'COORDINATE', evidence: 'phối hợp'}]->(old)`,
      { P, header, oldKey, oldKeyName: foldForSearch(header), canonKey, docKey: `1/QĐ-UBND@${P}`, taskKey: `1/QĐ-UBND@${P}#task0`, task2Key: `1/QĐ-UBND@${P}#task1` },
    );
    try {
      const merges = await mergeDuplicateBodies(graph, P);
      expect(merges).toEqual([{ from: oldKey, to: canonKey, name: expect.any(String) }]);
      const rows = await graph.read<{ key: string; aliases: string[]; issued: number; mentioned: number; roles: string[] }>(
        `MATCH (b:Body {jurisdiction: $P})
         RETURN b.key AS key, b.aliases AS aliases, COUNT { (b)<-[:ISSUED_BY]-() } AS issued, COUNT { (b)<-[:MENTIONS]-() } AS mentioned,
                COLLECT { MATCH (b)<-[a:ASSIGNED_TO]-() RETURN a.role + ':' + coalesce(a.evidence, '') ORDER BY a.role } AS roles`,
        { P },
      );
      expect(rows).toEqual([
        { key: canonKey, aliases: ['Ủy ban nhân dân', header], issued: 1, mentioned: 1, roles: ['COORDINATE:phối hợp', 'LEAD:UBND chỉ đạo'] },
      ]);
      // Run again: nothing left to merge.
      expect(await mergeDuplicateBodies(graph, P)).toEqual([]);
    } finally {
      await graph.write(`MATCH (n) WHERE n.jurisdiction = $P OR n.documentKey ENDS WITH $suffix DETACH DELETE n`, { P, suffix: `@${P}` });
    }
  });
});
