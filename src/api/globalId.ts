/**
 * Global ids for the `Node` interface: base64url of `Type:key` (`Document:2898/QĐ-UBND@Quảng Ninh`), opaque to
 * clients and stable across servers because keys are natural identities. Arguments that take an id also
 * accept the raw key, so a hand-written query can say `documentId: "76/NQ-CP"`.
 */
import { DirectiveGraphError, ErrorCode } from '../errors';
import { BoundedMemo } from '../extract/memo';

export const NODE_TYPES = ['Document', 'Task', 'Body'] as const;
export type NodeTypeName = (typeof NODE_TYPES)[number];

/**
 * Ids already encoded, per type. A large answer encodes the same documents' ids many times (each node, both ends
 * of each edge, every chain through it: thousands at lineage depth 6), and each encoding made a Buffer. An id is
 * a pure function of its key, so the cache only saves work; it holds the ids of the most recently answered keys.
 */
const ENCODED = new Map<NodeTypeName, BoundedMemo<string, string>>(NODE_TYPES.map((type) => [type, new BoundedMemo<string, string>(20_000)]));

export function toGlobalId(type: NodeTypeName, key: string): string {
  const encoded = ENCODED.get(type)!;
  let id = encoded.peek(key);
  if (id === undefined) encoded.set(key, (id = Buffer.from(`${type}:${key}`, 'utf8').toString('base64url')));
  return id;
}

/** The type and key inside a global id; null when `id` is not one of ours. */
export function fromGlobalId(id: string): { type: NodeTypeName; key: string } | null {
  if (!/^[A-Za-z0-9_-]+$/.test(id)) return null;
  const decoded = Buffer.from(id, 'base64url').toString('utf8');
  const colon = decoded.indexOf(':');
  const type = decoded.slice(0, colon) as NodeTypeName;
  if (colon < 1 || !NODE_TYPES.includes(type) || colon === decoded.length - 1) return null;
  // Round trip check: base64url decoding is lenient, and a raw key of letters alone could decode to noise.
  if (Buffer.from(decoded, 'utf8').toString('base64url') !== id) return null;
  return { type, key: decoded.slice(colon + 1) };
}

/**
 * The key an id argument names: a global id of the `expected` type, or a raw key. An id of another type
 * is the caller's mistake and says so.
 */
export function keyFromId(id: string, expected: NodeTypeName, argument: string): string {
  const trimmed = id.trim();
  if (!trimmed) {
    throw new DirectiveGraphError(ErrorCode.BAD_USER_INPUT, `${argument} is empty: pass the id of a ${expected} (its "id" field) or its key.`);
  }
  const parsed = fromGlobalId(trimmed);
  if (!parsed) return trimmed.normalize('NFC');
  if (parsed.type !== expected) {
    throw new DirectiveGraphError(
      ErrorCode.BAD_USER_INPUT,
      `${argument} is the id of a ${parsed.type}, but a ${expected} id is expected here.`,
    );
  }
  return parsed.key;
}
