/**
 * pdf.js, loaded once and only when a PDF is read. Its legacy build (the one that runs on Node 20) installs
 * core-js polyfills as it loads, among them replacements of `Array.prototype.push` and `JSON.parse` that
 * are several times slower than V8's own: once loaded, every module of the process (extraction included)
 * would push and parse through them. The main module and the worker module (pdf.js runs its worker in this
 * thread, through `globalThis.pdfjsWorker`) are loaded together here and the native builtins put back; the
 * added methods (`Set.prototype.union`, `Promise.withResolvers`, ...) stay, pdf.js uses them.
 */
type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loading: Promise<Pdfjs> | null = null;

export function loadPdfjs(): Promise<Pdfjs> {
  loading ??= load();
  return loading;
}

async function load(): Promise<Pdfjs> {
  const push = Array.prototype.push;
  const parse = JSON.parse;
  try {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return pdfjs;
  } finally {
    // eslint-disable-next-line no-extend-native -- putting the native builtin back, not extending it
    Array.prototype.push = push;
    JSON.parse = parse;
  }
}
