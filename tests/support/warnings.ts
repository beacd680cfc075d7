import { listenToWarnings, type ProcessWarning } from '../../src/warnings';

/** The process warnings `run` reports, heard instead of written to stderr. */
export function warningsHeard(run: () => void): ProcessWarning[] {
  const warnings: ProcessWarning[] = [];
  const stop = listenToWarnings((w) => warnings.push(w));
  try {
    run();
  } finally {
    stop();
  }
  return warnings;
}
