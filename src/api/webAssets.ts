/**
 * The browser build (web/dist, made by `vite build` during set-up, see scripts/buildWeb.mjs) as the server
 * serves it: the explorer's page for every explorer path, the hashed files under /assets/, and, from Vite's
 * manifest, which files the playground page must load. Nothing is fetched from another host.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ServerResponse } from 'node:http';
import { PROJECT_ROOT } from '../config';

export const WEB_DIST = path.join(PROJECT_ROOT, 'web', 'dist');
const ASSETS_DIR = path.join(WEB_DIST, 'assets');

const NOT_BUILT =
  'The explorer is not built (web/dist is missing). Run `npm run setup` (or `npm run build:web`), then reload; `npm start` builds it too.';

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

interface ManifestChunk {
  file: string;
  css?: string[];
  imports?: string[];
  isEntry?: boolean;
}

/** The files a page loads for one entry of the build: its script, and every stylesheet of it and its static imports. */
export interface EntryFiles {
  script: string;
  styles: string[];
}

async function readManifest(): Promise<Record<string, ManifestChunk>> {
  const text = await readFile(path.join(WEB_DIST, '.vite', 'manifest.json'), 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') throw Object.assign(new Error(NOT_BUILT), { status: 503, code: 'WEB_NOT_BUILT' });
    throw error;
  });
  return JSON.parse(text) as Record<string, ManifestChunk>;
}

/** The script and stylesheets of a build entry ("playground/main.tsx"). */
export async function entryFiles(entry: string): Promise<EntryFiles> {
  const manifest = await readManifest();
  const chunk = manifest[entry];
  if (!chunk) throw Object.assign(new Error(`The web build has no entry ${entry}: rebuild it with \`npm run build:web\`.`), { status: 503 });
  const styles = new Set<string>();
  const seen = new Set<string>();
  const collect = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const part = manifest[key];
    for (const css of part?.css ?? []) styles.add(`/${css}`);
    for (const imported of part?.imports ?? []) collect(imported);
  };
  collect(entry);
  return { script: `/${chunk.file}`, styles: [...styles] };
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(text);
}

/** GET /assets/<file>: a hashed build file, cached for a year (its name changes with its content). */
export async function serveAsset(pathname: string, res: ServerResponse): Promise<void> {
  const file = path.join(ASSETS_DIR, decodeURIComponent(pathname.slice('/assets/'.length)));
  // Only files directly in the assets folder: no way up through "..".
  if (path.dirname(file) !== ASSETS_DIR) return sendText(res, 404, `Not found: ${pathname}`);
  const info = await stat(file).catch((error: NodeJS.ErrnoException) => {
    // Not there: an older page asks for a file of an earlier build. Any other failure is the server's (500).
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return null;
    throw error;
  });
  if (!info?.isFile()) return sendText(res, 404, `Not found: ${pathname}. The web build may be older than this page: reload.`);
  res.writeHead(200, {
    'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
    'content-length': info.size,
    'cache-control': 'public, max-age=31536000, immutable',
  });
  res.end(await readFile(file));
}

/** The explorer's single page, for `/` and every explorer path (the app reads the path itself). */
export async function serveExplorer(res: ServerResponse): Promise<void> {
  const html = await readFile(path.join(WEB_DIST, 'index.html')).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  if (!html) return sendText(res, 503, NOT_BUILT);
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
  res.end(html);
}
