import type { FieldIssue } from '@jisr/errors';
import type { z } from 'zod';
import { ConfigError } from './config-error';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Parses `env` with `schema` once at start-up. Empty values count as missing, so `FOO=` in an env
 * file falls back to the default instead of failing as "not a number".
 * @throws ConfigError naming every bad or missing variable in one line.
 */
export function loadConfig<S extends z.ZodType>(schema: S, env: Env = process.env): z.output<S> {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const result = schema.safeParse(present);
  if (result.success) return result.data;
  throw new ConfigError(toConfigIssues(result.error.issues, present));
}

/**
 * Like `loadConfig`, for a process entry point: on a bad environment it writes the one-line message
 * to stderr and exits 1 instead of dying with a stack trace.
 */
export function loadConfigOrExit<S extends z.ZodType>(
  schema: S,
  env: Env = process.env,
  exit: (code: number) => never = process.exit,
): z.output<S> {
  try {
    return loadConfig(schema, env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return exit(1);
  }
}

function toConfigIssues(issues: readonly z.core.$ZodIssue[], env: Env): FieldIssue[] {
  const byVariable = new Map<string, FieldIssue>();
  for (const issue of issues) {
    for (const variable of variablesOf(issue)) {
      if (byVariable.has(variable)) continue;
      const missing = issue.path.length > 0 && env[variable] === undefined;
      byVariable.set(variable, {
        path: variable,
        code: missing ? 'required' : issue.code,
        message: missing ? 'is required' : describe(issue),
      });
    }
  }
  return [...byVariable.values()];
}

// A strict schema reports unknown variables as one issue listing them; name each one.
function variablesOf(issue: z.core.$ZodIssue): string[] {
  if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => [...issue.path, key].join('.'));
  return [issue.path.map(String).join('.') || 'configuration'];
}

function describe(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_value') return `must be one of ${issue.values.map(String).join(', ')}`;
  if (issue.code === 'unrecognized_keys') return 'is not a known setting';
  return issue.message;
}
