import type { Locale } from '@jisr/contracts';
import type { SignedInClient } from '../api/auth';
import type { ApiClient } from '../api/http-client';
import type { SessionStore } from '../api/session-store';
import type { CliConfig } from '../config';
import type { Texts } from '../output/texts';

/** Where a command writes; tests hand in buffers, `main.ts` the process streams. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** The whole of stdin, for `jisr login` without `--password`. */
  readStdin(): Promise<string>;
  /** True when stderr is a terminal: progress may then redraw one line (a bar) instead of adding lines. */
  readonly stderrIsTTY?: boolean;
}

export type OptionValues = Readonly<Record<string, string | boolean | undefined>>;

export interface CommandContext {
  readonly config: CliConfig;
  readonly api: ApiClient;
  readonly sessions: SessionStore;
  readonly io: Io;
  readonly lang: Locale;
  readonly texts: Texts;
  readonly positionals: readonly string[];
  readonly options: OptionValues;
  /** The logged-in user's client; fails with a one-line "log in first". */
  signedIn(): Promise<SignedInClient>;
  /** A progress line on stderr, so `--json` output on stdout stays clean. */
  progress(line: string): void;
}

/** A command's result: `data` is printed for `--json`, `text` for people. */
export interface CommandOutput {
  readonly data: unknown;
  readonly text: string;
}

export interface Command {
  readonly name: string;
  readonly usage: string;
  readonly summary: string;
  /** More lines for `jisr help <command>`, e.g. the values an option accepts. */
  readonly details?: () => string;
  readonly options?: Readonly<
    Record<string, { readonly type: 'string' | 'boolean'; readonly short?: string }>
  >;
  run(ctx: CommandContext): Promise<CommandOutput>;
}

export const stringOption = (options: OptionValues, name: string): string | undefined => {
  const value = options[name];
  return typeof value === 'string' ? value : undefined;
};
