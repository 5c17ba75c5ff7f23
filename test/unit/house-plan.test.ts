import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as matchingApp from '../../services/matching/src/app';
import * as matchingConfig from '../../services/matching/src/config';
import * as matchingRuntime from '../../services/matching/src/runtime';
import * as messagingApp from '../../services/messaging/src/app';
import * as messagingConfig from '../../services/messaging/src/config';
import * as messagingRuntime from '../../services/messaging/src/runtime';
import * as profileApp from '../../services/profile/src/app';
import * as profileConfig from '../../services/profile/src/config';
import * as profileRuntime from '../../services/profile/src/runtime';

const root = join(__dirname, '..', '..');
const SERVICES = [
  { name: 'profile', app: profileApp, config: profileConfig, runtime: profileRuntime },
  { name: 'matching', app: matchingApp, config: matchingConfig, runtime: matchingRuntime },
  { name: 'messaging', app: messagingApp, config: messagingConfig, runtime: messagingRuntime },
] as const;
const capitalised = (name: string): string => name[0]!.toUpperCase() + name.slice(1);
const topLevel = (service: string): string[] =>
  readdirSync(join(root, 'services', service, 'src'), { withFileTypes: true })
    .map((entry) => (entry.isDirectory() ? `${entry.name}/` : entry.name))
    .sort();

describe('one house plan for the three services', () => {
  test('when the src/ trees are listed, then all three have the same top-level files and folders', () => {
    const [profile, ...others] = SERVICES.map(({ name }) => topLevel(name));
    expect(profile).toEqual([
      'app.ts',
      'config.ts',
      'data-access/',
      'domain/',
      'entry-points/',
      'runtime.ts',
      'start.ts',
    ]);
    expect(others).toEqual([profile, profile]);
  });

  test.each(SERVICES)(
    'when $name is composed, then app.ts, runtime.ts and config.ts export the same names as the others',
    ({ name, app, config, runtime }) => {
      const Name = capitalised(name);
      const exported = (module: object, key: string): string =>
        typeof (module as Record<string, unknown>)[key];
      expect([
        exported(app, `create${Name}Service`),
        exported(runtime, `start${Name}Runtime`),
        exported(config, `${name}ConfigSchema`),
        exported(config, `load${Name}Config`),
      ]).toEqual(['function', 'function', 'object', 'function']);
      // Types leave no trace at run time, so the declaration itself is read.
      expect(readFileSync(join(root, 'services', name, 'src', 'app.ts'), 'utf8')).toContain(
        `export interface ${Name}ServiceDeps extends InjectedServiceDeps {`,
      );
    },
  );

  test.each(SERVICES)(
    'when $name reads an environment with and without its own *_HOST, then it listens there or on loopback',
    ({ name, config }) => {
      const load = (config as Record<string, unknown>)[`load${capitalised(name)}Config`] as (
        env: Record<string, string>,
      ) => Record<string, unknown>;
      const env = {
        SIGNING_KEY_SECRETS: 'k'.repeat(40),
        JWT_ISSUER: 'https://profile.jisr.local',
        JWT_AUDIENCE: 'jisr',
        JWKS_URL: 'http://profile:4001/.well-known/jwks.json',
      };
      const HOST = `${name.toUpperCase()}_HOST`;
      expect([load(env)[HOST], load({ ...env, [HOST]: '0.0.0.0' })[HOST]]).toEqual(['127.0.0.1', '0.0.0.0']);
    },
  );
});
