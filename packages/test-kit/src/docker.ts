import { existsSync } from 'node:fs';
import { request } from 'node:http';
import { homedir } from 'node:os';
import { join } from 'node:path';

let answer: Promise<boolean> | undefined;

/**
 * True when a Docker engine answers `/_ping` within a second. Checked without testcontainers,
 * whose own discovery can take many seconds to give up on a machine without Docker.
 */
export function dockerAnswers(): Promise<boolean> {
  answer ??= ping();
  return answer;
}

function ping(): Promise<boolean> {
  const target = dockerTarget();
  if (target === undefined) return Promise.resolve(false);
  return new Promise((resolve) => {
    const req = request({ ...target, path: '/_ping', method: 'GET', timeout: 1000 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(false));
    req.end();
  });
}

function dockerTarget(): { socketPath: string } | { host: string; port: number } | undefined {
  const fromEnv = process.env.DOCKER_HOST;
  if (fromEnv?.startsWith('unix://')) return { socketPath: fromEnv.slice('unix://'.length) };
  if (fromEnv?.startsWith('tcp://')) {
    const url = new URL(fromEnv.replace('tcp://', 'http://'));
    return { host: url.hostname, port: Number(url.port || 2375) };
  }
  const candidates = [
    '/var/run/docker.sock',
    join(homedir(), '.docker/run/docker.sock'),
    join(homedir(), '.docker/desktop/docker.sock'),
    ...(process.env.XDG_RUNTIME_DIR ? [join(process.env.XDG_RUNTIME_DIR, 'docker.sock')] : []),
  ];
  const socketPath = candidates.find((path) => existsSync(path));
  return socketPath === undefined ? undefined : { socketPath };
}
