import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { waitFor } from '@jisr/test-kit';

/**
 * Ports the OS says are free now, all different: every probe socket stays open until the last port
 * is read (a port closed at once may be handed out again, and two services would then share one).
 */
export async function freePorts(count: number): Promise<number[]> {
  const servers: Server[] = [];
  try {
    for (let i = 0; i < count; i++) {
      servers.push(
        await new Promise<Server>((resolve, reject) => {
          const server = createServer();
          server.once('error', reject);
          server.listen(0, '127.0.0.1', () => resolve(server));
        }),
      );
    }
    return servers.map((server) => {
      const address = server.address();
      return typeof address === 'object' && address !== null ? address.port : 0;
    });
  } finally {
    await Promise.all(servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
  }
}

export interface RunningProcess {
  readonly child: ChildProcess;
  /** Everything written to stdout and stderr so far. */
  output(): string;
  /** Waits until the output matches, or fails with the output shown; also fails if the process exits first. */
  waitForOutput(pattern: RegExp, timeoutMs: number): Promise<RegExpMatchArray>;
  /** Waits for the process to end by itself. */
  exit(timeoutMs: number): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Sends the signal to the whole process group (as Ctrl-C does in a terminal) and waits for the exit. */
  stop(
    signal?: NodeJS.Signals,
    timeoutMs?: number,
  ): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts a command in its own process group, collecting its output for assertions and failure messages. */
export function startProcess(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): RunningProcess {
  const child = spawn(command, [...args], {
    cwd: options.cwd,
    env: options.env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  let done = false;
  void exited.then(() => (done = true));
  const tail = (): string => output.split('\n').slice(-40).join('\n');
  const within = (timeoutMs: number, failure: string) =>
    Promise.race([
      exited,
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error(`${failure}\n${tail()}`)), timeoutMs).unref(),
      ),
    ]);
  return {
    child,
    output: () => output,
    waitForOutput: async (pattern, timeoutMs) => {
      const printed = waitFor(() => output.match(pattern) ?? undefined, {
        timeoutMs,
        intervalMs: 50,
        what: `output ${String(pattern)}`,
      });
      const died = exited.then(() => {
        throw new Error(`the process exited before printing ${String(pattern)}`);
      });
      // The loser of the race rejects later; it must not surface as an unhandled rejection.
      printed.catch(() => undefined);
      died.catch(() => undefined);
      try {
        return await Promise.race([printed, died]);
      } catch (error) {
        throw new Error(`${(error as Error).message}\n--- output ---\n${tail()}`, { cause: error });
      }
    },
    exit: (timeoutMs) => within(timeoutMs, 'no exit'),
    stop: async (signal = 'SIGINT', timeoutMs = 20_000) => {
      if (!done && child.pid !== undefined) process.kill(-child.pid, signal);
      return within(timeoutMs, `no exit after ${signal}`);
    },
  };
}

/** True while any process of the group is alive. */
export const groupAlive = (process_: RunningProcess): boolean => {
  if (process_.child.pid === undefined) return false;
  try {
    process.kill(-process_.child.pid, 0);
    return true;
  } catch {
    return false;
  }
};
