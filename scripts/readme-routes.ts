import { readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Express } from 'express';
import { createMatchingService } from '../services/matching/src/app';
import { loadMatchingConfig } from '../services/matching/src/config';
import { createMessagingService } from '../services/messaging/src/app';
import { loadMessagingConfig } from '../services/messaging/src/config';
import { createProfileService } from '../services/profile/src/app';
import { loadProfileConfig } from '../services/profile/src/config';

/**
 * Each service README's route table, generated from the OpenAPI document the service serves.
 * `npm run readme:routes` rewrites the tables; test/unit/service-readmes.test.ts fails when one is stale.
 */
export const SERVICES = ['profile', 'matching', 'messaging'] as const;
export type ServiceName = (typeof SERVICES)[number];

const ROOT = join(__dirname, '..');
export const BEGIN = '<!-- routes:begin — generated from /v1/openapi.json by `npm run readme:routes` -->';
export const END = '<!-- routes:end -->';

// Enough configuration to build the HTTP app; nothing is opened until start(), which is never called.
const ENV = {
  SIGNING_KEY_SECRETS: 'readme-routes-only-key-encryption-secret',
  JWT_ISSUER: 'https://profile.jisr.local',
  JWT_AUDIENCE: 'jisr',
  JWKS_URL: 'http://127.0.0.1:1/.well-known/jwks.json',
  LOG_LEVEL: 'silent',
};
const APPS: Record<ServiceName, () => Express> = {
  profile: () => createProfileService(loadProfileConfig(ENV)).app,
  matching: () => createMatchingService(loadMatchingConfig(ENV)).app,
  messaging: () => createMessagingService(loadMessagingConfig(ENV)).app,
};

interface Operation {
  readonly summary?: string;
}
interface OpenApi {
  readonly paths: Record<string, Record<string, Operation>>;
}

/** The document exactly as the service serves it at /v1/openapi.json. */
export async function servedDocument(service: ServiceName): Promise<OpenApi> {
  const server = APPS[service]().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  try {
    const { port } = server.address() as AddressInfo;
    return (await (await fetch(`http://127.0.0.1:${port}/v1/openapi.json`)).json()) as OpenApi;
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

/** One row per operation, in the document's order. */
export const routeTable = (document: OpenApi): string =>
  [
    '| Route | What it does |',
    '| ----- | ------------ |',
    ...Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.entries(operations).map(
        ([method, operation]) =>
          `| \`${method.toUpperCase()} ${path}\` | ${(operation.summary ?? '').replaceAll('|', '\\|')} |`,
      ),
    ),
  ].join('\n');

export const readmePath = (service: ServiceName): string => join(ROOT, 'services', service, 'README.md');

/** The README's generated table, or undefined when it has none. */
export function tableIn(readme: string): string | undefined {
  const begin = readme.indexOf(BEGIN);
  const end = readme.indexOf(END);
  return begin < 0 || end < begin ? undefined : readme.slice(begin + BEGIN.length, end).trim();
}

async function main(): Promise<void> {
  // Loaded here, not at the top: the README test imports this file under jest, where prettier's own
  // dynamic imports cannot run.
  const { format } = await import('prettier');
  for (const service of SERVICES) {
    const readme = readFileSync(readmePath(service), 'utf8');
    const block = `${BEGIN}\n\n${routeTable(await servedDocument(service))}\n\n${END}`;
    const next =
      tableIn(readme) === undefined
        ? `${readme.trimEnd()}\n\n## Routes (from the OpenAPI document)\n\n${block}\n`
        : readme.slice(0, readme.indexOf(BEGIN)) + block + readme.slice(readme.indexOf(END) + END.length);
    // Written as prettier writes it, so `prettier --check .` in CI agrees with the generated table.
    writeFileSync(
      readmePath(service),
      await format(next, { parser: 'markdown', filepath: readmePath(service) }),
    );
  }
}

if (require.main === module) void main();
