/**
 * API keys: `Authorization: Bearer <key>`. Editor keys (API_EDITOR_KEYS) may run mutations; reader keys
 * (API_READER_KEYS), when any are configured, are required for reads.
 */
import { createHash } from 'node:crypto';
import type { ServerSettings } from '../config';
import type { Role } from './context';

export function roleFor(authorization: string | undefined, settings: ServerSettings): Role | 'invalid' {
  if (!authorization) return 'anonymous';
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (!match) return 'invalid';
  const key = match[1]!;
  if (settings.editorKeys.includes(key)) return 'editor';
  if (settings.readerKeys.includes(key)) return 'reader';
  return 'invalid';
}

/**
 * The label a change made with a key is recorded under (a task's history): "editor:" and the first 12 hex
 * digits of the key's sha256, so an operator can tell editors apart without the history revealing a key.
 */
export function keyLabel(authorization: string | undefined): string | undefined {
  const match = authorization ? /^Bearer\s+(\S+)\s*$/i.exec(authorization) : null;
  return match ? `editor:${createHash('sha256').update(match[1]!).digest('hex').slice(0, 12)}` : undefined;
}
