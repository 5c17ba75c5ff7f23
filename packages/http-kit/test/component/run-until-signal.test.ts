import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';

const root = path.join(__dirname, '../../../..');
const entry = path.join(__dirname, '../fixtures/serve-until-signal.ts');

interface Child {
  readonly process: ChildProcess;
  readonly lines: Record<string, unknown>[];
  waitForLine(msg: string): Promise<Record<string, unknown>>;
  exited: Promise<number | null>;
}

const startChild = (): Child => {
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', TSX_TSCONFIG_PATH: path.join(root, 'tsconfig.test.json') },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines: Record<string, unknown>[] = [];
  const waiters: { msg: string; resolve: (line: Record<string, unknown>) => void }[] = [];
  createInterface({ input: child.stdout }).on('line', (text) => {
    const line = JSON.parse(text) as Record<string, unknown>;
    lines.push(line);
    for (const waiter of waiters.filter((w) => w.msg === line.msg)) waiter.resolve(line);
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const waitForLine = (msg: string) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const seen = lines.find((line) => line.msg === msg);
      if (seen !== undefined) return resolve(seen);
      const timer = setTimeout(() => reject(new Error(`no "${msg}" line within 15 s`)), 15_000);
      waiters.push({ msg, resolve: (line) => (clearTimeout(timer), resolve(line)) });
      void exited.then(() => (clearTimeout(timer), reject(new Error(`exited before "${msg}"`))));
    });
  return { process: child, lines, waitForLine, exited };
};

describe('runUntilSignal', () => {
  test('when SIGTERM arrives during a request, then the request finishes and the process exits 0', async () => {
    const child = startChild();
    const { url } = await child.waitForLine('listening');
    const slow = fetch(`${String(url)}/v1/slow`);
    await child.waitForLine('slow request entered');

    child.process.kill('SIGTERM');

    const response = await slow;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ finished: true });
    expect(await child.exited).toBe(0);
    expect(child.lines.map((line) => line.msg)).toEqual(expect.arrayContaining(['stopping', 'stopped']));
  });

  test('when an exception escapes every handler, then it is logged as fatal and the process exits 1', async () => {
    const child = startChild();
    const { url } = await child.waitForLine('listening');

    await fetch(`${String(url)}/v1/crash`);

    expect(await child.exited).toBe(1);
    expect(child.lines).toContainEqual(
      expect.objectContaining({
        level: 'fatal',
        err: expect.objectContaining({ message: 'a bug outside any request' }),
      }),
    );
  });
});
