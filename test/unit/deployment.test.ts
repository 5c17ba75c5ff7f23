import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TOPICS } from '@jisr/contracts';

const root = join(__dirname, '..', '..');
const has = (command: string): boolean => spawnSync(command, ['--help'], { stdio: 'ignore' }).status === 0;

const topicLines = (): { name: string; partitions: number; policy: string }[] =>
  readFileSync(join(root, 'deploy/base/kafka/topics.txt'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.trim().startsWith('#'))
    .map((line) => {
      const [name = '', partitions = '0', policy = ''] = line.trim().split(/\s+/);
      return { name, partitions: Number(partitions), policy };
    });

describe('deploy/base/kafka/topics.txt', () => {
  test('when the contracts name a topic, then it and its dead-letter topic are defined for deployment', () => {
    const defined = new Set(topicLines().map((t) => t.name));
    for (const topic of Object.values(TOPICS)) {
      expect(defined).toContain(topic);
      expect(defined).toContain(`${topic}.dlq`);
    }
  });

  test('when a topic carries profiles, then it is compacted; other topics are deleted by retention', () => {
    for (const t of topicLines()) {
      expect(t.partitions).toBeGreaterThan(0);
      expect(t.policy).toBe(t.name.startsWith('profile.') && !t.name.endsWith('.dlq') ? 'compact' : 'delete');
    }
  });
});

const describeIfCompose = has('docker-compose') ? describe : describe.skip;
if (!has('docker-compose'))
  console.warn('SKIPPED docker-compose validation: install it with `apt-get install docker-compose`');
describeIfCompose('docker-compose.yml', () => {
  test('when validated without an engine, then it is a valid compose file', () => {
    expect(() =>
      execFileSync('docker-compose', ['-f', join(root, 'docker-compose.yml'), 'config', '-q']),
    ).not.toThrow();
  });
});

const describeIfKubectl = has('kubectl') ? describe : describe.skip;
if (!has('kubectl')) console.warn('SKIPPED kustomize rendering: kubectl is not installed');
describeIfKubectl('deploy/ kustomize', () => {
  test.each(['deploy/base', 'deploy/overlays/production'])(
    'when %s is rendered, then every service has a deployment, probes and resource requests',
    (dir) => {
      const yaml = execFileSync('kubectl', ['kustomize', join(root, dir)], { encoding: 'utf8' });
      for (const service of ['profile', 'matching', 'messaging', 'web']) {
        expect(yaml).toMatch(new RegExp(`kind: Deployment\\nmetadata:\\n(?:.*\\n)*?  name: ${service}\\n`));
      }
      expect(yaml.match(/readinessProbe:/g)).toHaveLength(4);
      expect(yaml.match(/livenessProbe:/g)).toHaveLength(4);
      expect(yaml).toContain('kind: HorizontalPodAutoscaler');
      expect(yaml.match(/kind: PodDisruptionBudget/g)).toHaveLength(4);
    },
  );
});
