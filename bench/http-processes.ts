// The processes bench:http drives: a bare express 5 "hello" and embedded mode, each in its own
// process group so stopping one stops all it started.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const GIVE_UP_MS = 600_000;

export interface Launched {
  readonly child: ChildProcess;
  readonly output: () => string;
}

/** Starts `node <args>` in its own process group and resolves once `ready` matches its output. */
export function launch(args: string[], env: NodeJS.ProcessEnv, ready: RegExp): Promise<Launched> {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not ready after ${GIVE_UP_MS / 1000} s`)), GIVE_UP_MS);
    const read = (chunk: Buffer): void => {
      output += chunk.toString();
      if (ready.test(output)) {
        clearTimeout(timer);
        resolve({ child, output: () => output });
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.on('exit', (code) => reject(new Error(`exited (${code}) before ready:\n${output.slice(-2000)}`)));
  });
}

export async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  process.kill(-child.pid, 'SIGINT');
  await exited;
}

const BARE = `
const express = require('express');
const app = express();
app.get('/', (_req, res) => { res.json({ hello: 'world' }); });
const server = app.listen(0, '127.0.0.1', () => console.log('bare on ' + server.address().port));
process.on('SIGINT', () => server.close(() => process.exit(0)));
`;

/** The baseline: express 5 answering a small JSON, nothing else. */
export async function startBareExpress(): Promise<{ child: ChildProcess; url: string }> {
  const bare = await launch(['-e', BARE], process.env, /bare on (\d+)/);
  return { child: bare.child, url: `http://127.0.0.1:${/bare on (\d+)/.exec(bare.output())![1]!}/` };
}

const LOGINS = 'The demo data is loaded; log in with:';

const urlOf = (output: string, service: string): string => {
  const match = new RegExp(`^\\s+${service}\\s+(http://\\S+)`, 'm').exec(output);
  if (match?.[1] === undefined) throw new Error(`no ${service} URL in the banner`);
  return match[1];
};

/** Embedded mode on `dataDir` with the demo data, ports chosen freely, resolved once the data is in. */
export async function startEmbedded(dataDir: string, nodeArgs: readonly string[]) {
  const env = {
    ...process.env,
    JISR_DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    WEB_PORT: '0',
    PROFILE_PORT: '0',
    MATCHING_PORT: '0',
    MESSAGING_PORT: '0',
  };
  const embedded = await launch([...nodeArgs, 'deploy/embedded/dist/start.js'], env, new RegExp(LOGINS));
  const out = embedded.output();
  return {
    child: embedded.child,
    urls: {
      profile: urlOf(out, 'profile'),
      matching: urlOf(out, 'matching'),
      messaging: urlOf(out, 'messaging'),
    },
  };
}
