/**
 * src/api/pagination.ts: a page becomes a Relay connection whose edges and cursors are made only when read, as
 * getters of a class that graphql's default resolver reads like properties.
 */
import { describe, expect, it } from 'vitest';
import { decodeCursor, pageWindow, toConnection } from '../../src/api/pagination';

describe('toConnection', () => {
  it('gives the page\'s items, total, cursors at their offsets and whether pages come before or after', () => {
    const slice = pageWindow({ first: 3, after: null });
    const later = { skip: 3, limit: 3 };
    const first = toConnection({ total: 8, items: ['a', 'b', 'c'] }, slice);
    const second = toConnection({ total: 8, items: ['d', 'e', 'f'] }, later);
    expect(first.nodes).toEqual(['a', 'b', 'c']);
    expect(first.totalCount).toBe(8);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(second.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    expect(second.edges.map((e) => [decodeCursor(e.cursor), e.node])).toEqual([[3, 'd'], [4, 'e'], [5, 'f']]);
    expect(second.pageInfo.startCursor).toBe(second.edges[0]!.cursor);
    expect(second.pageInfo.endCursor).toBe(second.edges[2]!.cursor);
    // Reading the page after the last cursor continues where this one ended.
    expect(pageWindow({ first: 3, after: second.pageInfo.endCursor })).toEqual({ skip: 6, limit: 3 });
  });

  it('has no cursors for an empty page, and no next page at the end of the list', () => {
    const empty = toConnection({ total: 2, items: [] }, { skip: 2, limit: 5 });
    expect(empty.edges).toEqual([]);
    expect(empty.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null });
  });

  it('makes the edges once, when first read, and lets a resolver set hasNextPage itself', () => {
    const connection = toConnection({ total: 100, items: [1, 2] }, { skip: 0, limit: 2 });
    expect(connection.edges).toBe(connection.edges);
    connection.pageInfo.hasNextPage = false;
    expect(connection.pageInfo.hasNextPage).toBe(false);
  });
});
