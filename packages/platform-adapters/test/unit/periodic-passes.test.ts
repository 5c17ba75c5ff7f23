import { Writable } from 'node:stream';
import { createLogger } from '@jisr/logger';
import { waitFor } from '@jisr/test-kit';
import { startPeriodicPasses } from '../../src';

const capturedLogger = () => {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { logger: createLogger({ service: 'passes-test', level: 'debug', destination }), lines };
};

describe('periodic passes', () => {
  test('when ticks are asked for while a pass runs, then the passes run one after another', async () => {
    const { logger } = capturedLogger();
    let running = 0;
    let most = 0;
    const passes = startPeriodicPasses(
      async () => {
        running += 1;
        most = Math.max(most, running);
        await new Promise((resolve) => setImmediate(resolve));
        running -= 1;
        return most;
      },
      { intervalMs: 60_000, logger, name: 'test pass', report: () => undefined },
    );

    await Promise.all([passes.tick(), passes.tick(), passes.tick()]);
    await passes.stop();

    expect(most).toBe(1);
  });

  test('when a pass fails on the timer, then it is logged and the next pass runs and reports', async () => {
    const { logger, lines } = capturedLogger();
    let calls = 0;
    const passes = startPeriodicPasses(
      async () => {
        calls += 1;
        if (calls === 1) throw new Error('storage away');
        return calls;
      },
      { intervalMs: 5, logger, name: 'test pass', report: (done) => ({ done }) },
    );

    await waitFor(() => lines.some((line) => line['msg'] === 'test pass'), { timeoutMs: 5_000 });
    await passes.stop();

    expect(lines[0]).toEqual(
      expect.objectContaining({ level: 'error', msg: 'test pass failed; retrying on the next one' }),
    );
    expect(lines.find((line) => line['msg'] === 'test pass')).toEqual(expect.objectContaining({ done: 2 }));
  });

  test('when a pass did nothing, then nothing is logged', async () => {
    const { logger, lines } = capturedLogger();
    const passes = startPeriodicPasses(async () => 0, {
      intervalMs: 60_000,
      logger,
      name: 'quiet pass',
      report: (sent) => (sent > 0 ? { sent } : undefined),
    });

    await passes.tick();
    await passes.stop();

    expect(lines).toEqual([]);
  });
});
