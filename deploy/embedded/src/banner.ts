import { basename } from 'node:path';
import { demoData, demoLogins } from '@jisr/cli';
import { mailFolderOf } from '@jisr/mail';
import type { EmbeddedConfig } from './config';
import type { ServiceEndpoint } from './embedded';

/** How to log in to the demo: the council and one startup and advisor, and the shared password. */
export function demoLoginLines(config: EmbeddedConfig): string {
  const data = demoData(config.JISR_DEMO_SEED);
  const council = { email: config.COUNCIL_BOOTSTRAP_EMAIL, password: config.COUNCIL_BOOTSTRAP_PASSWORD };
  return demoLogins({ ...data, council });
}

/** The newest emails by file name, so sign-up and reset links are one copy away. */
const mailLines = (files: readonly string[]): string[] => [
  ...files.slice(0, 5).map((file) => `    ${basename(file)}`),
  ...(files.length > 5 ? [`    … and ${files.length - 5} more`] : []),
];

/**
 * What a newcomer needs after `npm start`: where everything listens, how to log in, where data lives.
 * While the demo data is still loading it says so instead of listing logins that would not work yet.
 */
export function banner(
  config: EmbeddedConfig,
  endpoints: readonly ServiceEndpoint[],
  webUrl: string,
  demo: 'loaded' | 'loading' = 'loaded',
  mail: readonly string[] = [],
): string {
  const lines = [
    '',
    'Jisr is running (embedded mode: one process, SQLite, in-process event bus, in-memory cache).',
    `  web app   ${webUrl}   (open it in a browser)`,
    ...endpoints.map((e) => `  ${e.name.padEnd(9)} ${e.url}   (health: ${e.url}/healthz)`),
    `  profile API docs: ${endpoints.find((e) => e.name === 'profile')?.url ?? ''}/v1/docs`,
    `  data directory: ${config.JISR_DATA_DIR}`,
    `  mail folder: ${mailFolderOf(config.JISR_DATA_DIR)}   (every email Jisr sends, one .eml file each; open it in any mail client)`,
    ...mailLines(mail),
    '',
  ];
  if (config.JISR_DEMO_DATA && demo === 'loading')
    lines.push(
      'The demo data is still loading: logins fail until it is done, and every /readyz answers 503',
      'with "demoDataLoaded": false. The demo logins are printed here as soon as it is loaded.',
      '',
    );
  else if (config.JISR_DEMO_DATA) lines.push(demoLoginLines(config), '');
  const cliEnv = endpoints.map((e) => `JISR_${e.name.toUpperCase()}_URL=${e.url}`);
  if (endpoints.some((e, i) => e.url !== `http://127.0.0.1:${4001 + i}`))
    lines.push(`Ports differ from the defaults; point the CLI at them: export ${cliEnv.join(' ')}`, '');
  lines.push('Stop with Ctrl-C; your data stays in the data directory.');
  return lines.join('\n');
}
