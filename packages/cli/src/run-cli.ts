import { parseArgs } from 'node:util';
import { LOCALES, type Locale } from '@jisr/contracts';
import { signedIn } from './api/auth';
import { createApiClient } from './api/http-client';
import { fileSessionStore } from './api/session-store';
import { CliError, usageError } from './cli-error';
import type { CommandContext, Io, OptionValues } from './commands/command';
import { COMMANDS, GLOBAL_OPTIONS, helpText } from './commands/registry';
import { loadCliConfig, type CliConfig } from './config';
import { textsFor } from './output/texts';

const isLocale = (value: string): value is Locale => (LOCALES as readonly string[]).includes(value);

type ParseOptions = NonNullable<Parameters<typeof parseArgs>[0]>['options'];

function parse(
  argv: readonly string[],
  options: ParseOptions,
): { values: OptionValues; positionals: string[] } {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    // node's messages are clear but long; keep the first sentence.
    throw usageError(`${(error as Error).message.split('. ')[0]}. See: jisr help`);
  }
}

async function execute(argv: readonly string[], config: CliConfig, io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.stdout(`${helpText(COMMANDS.find((c) => c.name === rest[0]))}\n`);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (command === undefined) throw usageError(`Unknown command "${name}". See: jisr help`);
  const { values, positionals } = parse(rest, { ...GLOBAL_OPTIONS, ...command.options });
  if (values.help === true) {
    io.stdout(`${helpText(command)}\n`);
    return 0;
  }
  const lang = typeof values.lang === 'string' ? values.lang : config.JISR_LANG;
  if (!isLocale(lang)) throw usageError(`--lang must be one of ${LOCALES.join(', ')}.`);
  const api = createApiClient({
    profile: config.JISR_PROFILE_URL,
    matching: config.JISR_MATCHING_URL,
    messaging: config.JISR_MESSAGING_URL,
  });
  const sessions = fileSessionStore(config.JISR_HOME);
  const ctx: CommandContext = {
    config,
    api,
    sessions,
    io,
    lang,
    texts: textsFor(lang),
    positionals,
    options: values,
    signedIn: () => signedIn(api, sessions),
    progress: (line) => io.stderr(`${line}\n`),
  };
  const output = await command.run(ctx);
  io.stdout(values.json === true ? `${JSON.stringify(output.data, null, 2)}\n` : `${output.text}\n`);
  return 0;
}

/**
 * Runs one `jisr` command and returns its exit code: 0 done, 1 refused or failed, 2 typed wrong.
 * Errors are one line on stderr (with `--json`, a JSON object there instead).
 */
export async function runCli(
  argv: readonly string[],
  io: Io,
  env?: Readonly<Record<string, string | undefined>>,
): Promise<number> {
  const json = argv.includes('--json');
  try {
    return await execute(argv, loadCliConfig(env), io);
  } catch (error) {
    const failure =
      error instanceof CliError ? error : new CliError((error as Error).message ?? String(error));
    io.stderr(
      json
        ? `${JSON.stringify({ error: { message: failure.message, code: failure.code, status: failure.status } })}\n`
        : `jisr: ${failure.message}\n`,
    );
    return failure.exitCode;
  }
}
