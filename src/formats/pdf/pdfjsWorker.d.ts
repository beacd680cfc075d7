// pdfjs-dist ships no declarations for its worker module; pdf.js reads only `WorkerMessageHandler` from it.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
