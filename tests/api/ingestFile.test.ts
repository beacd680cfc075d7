/**
 * ingestDocument with `file`: the original file in base64, read by the formats stage with the CLI's limits
 * and errors. A real portal page saved as HTML.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { deleteDocument } from '../../src/graph/documentStore';
import { ok } from './executor.fixtures';
import { useExecutor } from '../support/fixtures';

const page = readFileSync(path.join(__dirname, '..', 'fixtures', 'real-formats', 'portal-cong-van-5348-ct-cs.html'));
const INGEST_FILE = `mutation($file: DocumentFileInput!) { ingestDocument(file: $file) {
  status document { key symbol ingested sourceFile sourceFormat sourceHash } } }`;
let key: string | null = null;

const fx = useExecutor();

afterAll(async () => {
  if (key) await deleteDocument(fx.graph, key);
});

describe('ingestDocument with a file', () => {
  it('reads the uploaded file in its own format and records the format and hash of its bytes', async () => {
    const file = { name: 'uploads/cong-van-5348.html', contentBase64: page.toString('base64') };
    const result = ok(await fx.api.run(INGEST_FILE, { file }, { role: 'editor' })).ingestDocument;
    key = result.document.key;
    expect(result.status).toBe('CREATED');
    expect(result.document).toMatchObject({
      symbol: '5348/CT-CS',
      ingested: true,
      sourceFile: 'cong-van-5348.html',
      sourceFormat: 'html',
      sourceHash: createHash('sha256').update(page).digest('hex'),
    });
    const again = ok(await fx.api.run(INGEST_FILE, { file }, { role: 'editor' })).ingestDocument;
    expect(again.status).toBe('UNCHANGED');
  });

  it('shows a symbol printed with a leading zero as printed, and finds it written either way', async () => {
    const bytes = readFileSync(path.join(__dirname, '..', '..', 'data', 'real', '65dec8089b8bd9d9.md'));
    const file = { name: 'quyet-dinh-01814.md', contentBase64: bytes.toString('base64') };
    const result = ok(await fx.api.run(INGEST_FILE, { file }, { role: 'editor' })).ingestDocument;
    try {
      expect(result.document.symbol).toBe('01814/QĐ-UBND');
      for (const symbol of ['1814/QĐ-UBND', '01814/QD-UBND']) {
        const found = ok(await fx.api.run('query($s: String!) { documentBySymbol(symbol: $s) { key symbol } }', { s: symbol }));
        expect(found.documentBySymbol).toEqual({ key: result.document.key, symbol: '01814/QĐ-UBND' });
      }
    } finally {
      await deleteDocument(fx.graph, result.document.key);
    }
  });

  it('refuses content that is not base64, and text and file together', async () => {
    const bad = await fx.api.run(INGEST_FILE, { file: { name: 'x.pdf', contentBase64: 'not base64!' } }, { role: 'editor' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.message).toContain('not base64');
    const both = await fx.api.run(
      `mutation($file: DocumentFileInput!) { ingestDocument(fileName: "a.txt", text: "Số: 1/QĐ-UBND", file: $file) { status } }`,
      { file: { name: 'a.html', contentBase64: page.toString('base64') } },
      { role: 'editor' },
    );
    expect(both.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('applies the size limit and the readers\' refusals with their codes', async () => {
    const empty = await fx.api.run(INGEST_FILE, { file: { name: 'empty.docx', contentBase64: '' } }, { role: 'editor' });
    expect(empty.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(empty.errors?.[0]?.message).toMatch(/empty\.docx is empty .*\(EMPTY\)/);
    const saved = process.env.MAX_DOCUMENT_BYTES;
    process.env.MAX_DOCUMENT_BYTES = '4096';
    try {
      const big = await fx.api.run(INGEST_FILE, { file: { name: 'page.html', contentBase64: page.toString('base64') } }, { role: 'editor' });
      expect(big.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(big.errors?.[0]?.message).toMatch(/page\.html .*over the 4096-byte limit.*MAX_DOCUMENT_BYTES.*\(TOO_LARGE\)/);
    } finally {
      if (saved === undefined) delete process.env.MAX_DOCUMENT_BYTES;
      else process.env.MAX_DOCUMENT_BYTES = saved;
    }
    const pdf = Buffer.from('%PDF-1.7\n% truncated upload\n');
    const broken = await fx.api.run(INGEST_FILE, { file: { name: 'scan.pdf', contentBase64: pdf.toString('base64') } }, { role: 'editor' });
    expect(broken.errors?.[0]?.message).toMatch(/scan\.pdf is a PDF that cannot be read.*\(UNREADABLE_FILE\)/);
  });
});
