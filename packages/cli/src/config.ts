import { homedir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, urlVar } from '@jisr/config';
import { LOCALES } from '@jisr/contracts';
import { z } from 'zod';
import { DEMO_COUNCIL } from './seed/demo-logins';

/** The CLI's environment. Every variable is optional; the defaults reach `npm start` on this machine. */
export const cliConfigSchema = z.object({
  /** Where the session (tokens) is kept; `~/.jisr` by default. */
  JISR_HOME: z.string().min(1).default(join(homedir(), '.jisr')),
  JISR_PROFILE_URL: urlVar('http://127.0.0.1:4001'),
  JISR_MATCHING_URL: urlVar('http://127.0.0.1:4002'),
  JISR_MESSAGING_URL: urlVar('http://127.0.0.1:4003'),
  /** Language of explanations and labels when `--lang` is not given. */
  JISR_LANG: z.enum(LOCALES).default('en'),
  /** The council login `jisr seed` uses; the embedded runner bootstraps the same account. */
  JISR_COUNCIL_EMAIL: z.string().min(3).default(DEMO_COUNCIL.email),
  JISR_COUNCIL_PASSWORD: z.string().min(1).default(DEMO_COUNCIL.password),
});

export type CliConfig = z.output<typeof cliConfigSchema>;

export const loadCliConfig = (env: Readonly<Record<string, string | undefined>> = process.env): CliConfig =>
  loadConfig(cliConfigSchema, env);
