/** Graph keys of documents (see `documentKey` in symbols.ts, where symbol parsing lives). */
export { documentKey, foldTitle, type KeyParts } from './symbols';
