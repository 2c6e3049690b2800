import { CommanderError } from 'commander';

/** Exit codes: success, a file failed its checks or a threshold, bad usage or input. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** A bad option value: reported as one line, exit 2. */
export function usageError(message: string): CommanderError {
  return new CommanderError(EXIT.usage, 'seo-check.invalidArgument', message);
}
