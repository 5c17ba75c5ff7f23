import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { matchingConfigSchema } from '../../services/matching/src/config';
import { messagingConfigSchema } from '../../services/messaging/src/config';
import { profileConfigSchema } from '../../services/profile/src/config';

const root = join(__dirname, '..', '..');
const SERVICES = [
  { name: 'profile', schema: profileConfigSchema, port: 4001 },
  { name: 'matching', schema: matchingConfigSchema, port: 4002 },
  { name: 'messaging', schema: messagingConfigSchema, port: 4003 },
] as const;

interface ComposeFile {
  services: Record<string, { environment: Record<string, string> }>;
}

describe('docker-compose.yml service environments', () => {
  // The yaml parser resolves the file's `<<: *service-env` merge keys, as compose does.
  const compose = parse(readFileSync(join(root, 'docker-compose.yml'), 'utf8'), {
    merge: true,
  }) as ComposeFile;

  test.each(SERVICES)(
    'when $name reads the environment compose gives it, then it listens on every interface at its port and finds profile’s keys',
    ({ name, schema, port }) => {
      const env = { ...compose.services[name]?.environment, SIGNING_KEY_SECRETS: 'x'.repeat(40) };
      const config = schema.parse(env) as Record<string, unknown>;

      expect([config[`${name.toUpperCase()}_HOST`], config[`${name.toUpperCase()}_PORT`]]).toEqual([
        '0.0.0.0',
        port,
      ]);
      if (name !== 'profile') expect(config.JWKS_URL).toBe('http://profile:4001/.well-known/jwks.json');
    },
  );
});

interface Container {
  env?: { name: string; value?: string }[];
  ports?: { name: string; containerPort: number }[];
  readinessProbe?: { httpGet: { path: string; port: string } };
  livenessProbe?: { httpGet: { path: string; port: string } };
}
interface Manifest {
  kind: string;
  metadata: { name: string };
  spec?: { template?: { spec?: { containers?: Container[] } } };
}

const hasKubectl = spawnSync('kubectl', ['--help'], { stdio: 'ignore' }).status === 0;
if (!hasKubectl) console.warn('SKIPPED kustomize host check: kubectl is not installed');
(hasKubectl ? describe : describe.skip)('kustomize output', () => {
  test.each(['deploy/base', 'deploy/overlays/production'])(
    'when %s is rendered, then each service listens on 0.0.0.0 at its port, probed at /readyz and /healthz',
    (dir) => {
      const rendered = execFileSync('kubectl', ['kustomize', join(root, dir)], { encoding: 'utf8' });
      const manifests = parseAllDocuments(rendered).map((doc) => doc.toJSON() as Manifest);
      const seen = SERVICES.map(({ name }) => {
        const deployment = manifests.find((m) => m.kind === 'Deployment' && m.metadata.name === name);
        const container = deployment?.spec?.template?.spec?.containers?.[0];
        const env = new Map((container?.env ?? []).map((e) => [e.name, e.value]));
        return [
          name,
          env.get(`${name.toUpperCase()}_HOST`),
          container?.ports?.find((p) => p.name === 'http')?.containerPort,
          container?.readinessProbe?.httpGet,
          container?.livenessProbe?.httpGet,
        ];
      });

      expect(seen).toEqual(
        SERVICES.map(({ name, port }) => [
          name,
          '0.0.0.0',
          port,
          { path: '/readyz', port: 'http' },
          { path: '/healthz', port: 'http' },
        ]),
      );
    },
  );
});
