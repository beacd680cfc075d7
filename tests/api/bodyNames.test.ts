/**
 * One body, one name: on the real test graph (data/corpus and data/real ingested), the API names a merged
 * body by its canonical full name, not by whichever spelling a document used first, and keeps every
 * spelling as an alias.
 */
import { parse } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestSampleCorpus } from './corpus.fixtures';
import { request, startTestApi, type TestApi } from './server.fixtures';

let api: TestApi;
let cleanup: () => Promise<void> = async () => undefined;

beforeAll(async () => {
  api = await startTestApi();
  cleanup = (await ingestSampleCorpus(api.graph, ['corpus', 'real'])).cleanup;
}, 600_000);

afterAll(async () => {
  await cleanup();
  await api?.close();
});

type BodyAnswer = { body: { name: string; aliases: string[]; issued: { totalCount: number } } | null };
const BODY = parse(`query($id: ID!) { body(id: $id) { name aliases issued(first: 1) { totalCount } } }`) as TypedDocumentNode<BodyAnswer, { id: string }>;

async function bodyByKey(key: string) {
  const answer = await request(api.url, BODY, { id: key });
  expect(answer.errors).toBeUndefined();
  expect(answer.data?.body, `${key} is in the real test graph`).toBeTruthy();
  return answer.data!.body!;
}

describe('Body.name on the real test graph', () => {
  it('names the People\'s Committee of Quảng Ninh in full, whatever spelling came first', async () => {
    const body = await bodyByKey('uy ban nhan dan@Quảng Ninh');
    expect(body.name).toBe('Ủy ban nhân dân tỉnh Quảng Ninh');
    // The header's abbreviation and the scans' stripped spellings stay as aliases.
    expect(body.aliases).toEqual(expect.arrayContaining(['UBND tỉnh Quảng Ninh']));
    expect(body.aliases.some((a) => a !== body.name && /^Uy ban nh/.test(a))).toBe(true);
  });

  it('names the provincial Party committees and People\'s Councils with their province', async () => {
    expect((await bodyByKey('tinh uy@Quảng Ngãi')).name).toBe('Tỉnh ủy Quảng Ngãi');
    expect((await bodyByKey('tinh uy@Quảng Ninh')).name).toBe('Tỉnh ủy Quảng Ninh');
    expect((await bodyByKey('hoi dong nhan dan@Quảng Ninh')).name).toBe('Hội đồng nhân dân tỉnh Quảng Ninh');
  });

  it('keeps a department named as the texts name it', async () => {
    expect((await bodyByKey('so noi vu@Quảng Ninh')).name).toBe('Sở Nội vụ');
  });
});
