/**
 * Shared shell for command-line entry points: an error with a code prints one line `error CODE: message`
 * and exits 1; only unexpected errors print a stack, and only with DEBUG set. `--help` or `-h` prints the
 * command's usage and does nothing else.
 */
import { DirectiveGraphError, type ErrorCode } from '../errors';

export class CliError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function fail(code: ErrorCode | string, message: string): never {
  throw new CliError(code, message);
}

export async function runCli(main: () => Promise<void>, options: { usage?: string } = {}): Promise<void> {
  const args = process.argv.slice(2);
  if (options.usage && (args.includes('--help') || args.includes('-h'))) {
    console.log(options.usage);
    return;
  }
  try {
    await main();
  } catch (error) {
    if (error instanceof CliError || error instanceof DirectiveGraphError || (error as { code?: unknown })?.code) {
      const e = error as { code: string; message: string };
      console.error(`error ${e.code}: ${e.message}`);
    } else {
      console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (process.env.DEBUG && error instanceof Error) console.error(error.stack);
    process.exitCode = 1;
  }
}
