import {
  createHashingPool,
  HashingBusyError,
  type HashLane,
} from '../../../src/domain/accounts/hashing-pool';

/** A task the test finishes by hand, so the pool's order is observed without any timing. */
const gate = () => {
  let open = (): void => undefined;
  const done = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { done, open };
};

const flush = () => new Promise((resolve) => setImmediate(resolve));

describe('hashing pool', () => {
  test('when more registrations arrive than the pool holds, then one slot stays for logins and the rest wait or are refused', async () => {
    const pool = createHashingPool({ concurrency: 2, queueLimit: 3, retryAfterSeconds: 2 });
    const gates = Array.from({ length: 6 }, gate);
    const started: string[] = [];
    const run = (lane: HashLane, name: string, index: number) =>
      pool.run(lane, async () => {
        started.push(name);
        await gates[index]?.done;
      });

    const registrations = [0, 1, 2, 3].map((i) => run('registration', `r${i}`, i));
    const refused = run('registration', 'r4', 5).catch((error: unknown) => error);
    const login = run('login', 'login', 4);
    await flush();

    expect(started).toEqual(['r0', 'login']);
    expect(pool.counts()).toMatchObject({ running: 2, waiting: { login: 0, registration: 3 }, refused: 1 });
    expect(await refused).toBeInstanceOf(HashingBusyError);
    gates[4]?.open();
    gates[0]?.open();
    await login;
    for (const g of gates) g.open();
    await Promise.all(registrations);
    expect(started).toEqual(['r0', 'login', 'r1', 'r2', 'r3']);
    expect(pool.counts().peakRunning).toBe(2);
  });

  test('when a login waits behind registrations, then it starts before every waiting registration', async () => {
    const pool = createHashingPool({ concurrency: 1, queueLimit: 10, retryAfterSeconds: 2 });
    const first = gate();
    const started: string[] = [];
    const holding = pool.run('registration', async () => {
      started.push('r0');
      await first.done;
    });
    const queued = [1, 2, 3].map((i) => pool.run('registration', async () => void started.push(`r${i}`)));
    const login = pool.run('login', async () => void started.push('login'));

    first.open();
    await Promise.all([holding, login, ...queued]);

    expect(started).toEqual(['r0', 'login', 'r1', 'r2', 'r3']);
  });

  test('when the refusal is made, then it is 503 SERVICE.BUSY with the configured Retry-After', async () => {
    const pool = createHashingPool({ concurrency: 1, queueLimit: 0, retryAfterSeconds: 7 });
    const holding = gate();
    const running = pool.run('login', () => holding.done);

    const refusal = await pool.run('login', async () => undefined).catch((error: unknown) => error);

    expect(refusal).toMatchObject({ code: 'SERVICE.BUSY', status: 503, retryAfterSeconds: 7 });
    holding.open();
    await running;
  });
});
