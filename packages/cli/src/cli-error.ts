/**
 * Everything that ends a command early: one line for the user and the exit code. `code` is the
 * service's stable problem code (e.g. `AUTH.INVALID_CREDENTIALS`) when a service refused.
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = 1,
    readonly code: string | null = null,
    readonly status: number | null = null,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** A mistake in how the command was typed: exit code 2, like most Unix tools. */
export const usageError = (message: string): CliError => new CliError(message, 2, 'CLI.USAGE');
