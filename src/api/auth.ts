/**
 * API keys: `Authorization: Bearer <key>`. Editor keys (API_EDITOR_KEYS) may run mutations; reader keys
 * (API_READER_KEYS), when any are configured, are required for reads.
 */
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
