/**
 * The extraction workers' CPU work as one module (formats, then extraction), compiled to dist/extraction.js by
 * scripts/buildServer.mjs with the settings of dist/preparationWorker.js: the bench's extraction section and
 * scripts/extraction-cpu.ts load that bundle, so they measure the code ingestion's workers run on plain Node rather
 * than the sources through tsx (bench/HISTORY.md, "Extraction: measured compiled").
 */
export { readSource } from '../formats';
export { extractDocument } from '../extract/extractDocument';
