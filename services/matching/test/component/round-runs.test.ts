import { waitFor } from '@jisr/test-kit';
import { versionedRepository } from '@jisr/storage';
import type { RoundRun } from '../../src/domain/cohort-rounds/round-run';
import { aWorld, type Instance, type Reply, type World } from './matching-world';
import { aStartupIn, anAdvisorIn, council } from './scenario';

// Every round goes through a worker thread here, as a programme-scale round would.
const WORKER = { MATCHING_ROUND_INLINE_CELLS: '0' };
const ASYNC = { prefer: 'respond-async' };

describe('cohort rounds run in the background (council)', () => {
  let world: World;
  let matching: Instance;

  beforeEach(async () => {
    world = await aWorld();
    matching = await world.start({ file: 'rounds.sqlite', env: WORKER });
  });
  afterEach(() => world.close());

  const aCohort = async (cohortId: string, on = matching) => {
    const startups = await Promise.all([1, 2, 3].map(() => aStartupIn(world, on, { cohortId })));
    await Promise.all([1, 2].map(() => anAdvisorIn(world, on, { capacity: 1 })));
    return startups.map((s) => s.startup.startupId).sort();
  };
  const run = (cohortId: string, on = matching): Promise<Reply> =>
    on.call('POST', '/v1/cohort-rounds', council(), { cohortId }, ASYNC);
  const read = (roundId: string, on = matching): Promise<Reply> =>
    on.call('GET', `/v1/cohort-rounds/${roundId}`, council());
  const untilState = (roundId: string, state: string, on = matching): Promise<Reply> =>
    waitFor(
      async () => {
        const reply = await read(roundId, on);
        return reply.body.state === state && reply;
      },
      { what: `round ${roundId} ${state}`, timeoutMs: 30_000 },
    );

  test('when the council asks to respond async, then it gets 202 with a Location, polls the state and progress, and reads the round when ready', async () => {
    await aCohort('cohort-a');

    const started = await run('cohort-a');

    expect(started.status).toBe(202);
    expect(started.headers.get('location')).toBe(`/v1/cohort-rounds/${started.body.roundId}`);
    expect(started.body).toMatchObject({
      cohortId: 'cohort-a',
      state: expect.stringMatching(/^(queued|solving)$/),
      progress: { fraction: 0, elapsedMs: expect.any(Number) },
      failure: null,
    });
    const ready = await untilState(started.body.roundId, 'ready');
    expect(ready.body).toMatchObject({ status: 'preview', roundId: started.body.roundId });
    expect(ready.body.pairs).toHaveLength(2);
  });

  test('when a round is solving, then the service keeps answering other requests meanwhile', async () => {
    await aCohort('cohort-b');
    const started = await run('cohort-b');

    const solving = await untilState(started.body.roundId, 'solving');
    const health = await matching.call('GET', '/healthz', null);
    const after = await read(started.body.roundId);

    expect(solving.body.progress).toMatchObject({ phase: expect.any(String), round: expect.any(Number) });
    expect(health.status).toBe(200);
    // The answer came while the round was still being solved in its worker thread.
    expect(after.body.state).toBe('solving');
  });

  test('when the council cancels a queued round, then it is cancelled and never solved; a ready round cannot be cancelled', async () => {
    await aCohort('cohort-c');
    const first = await run('cohort-c');
    const second = await run('cohort-c');

    const cancelled = await matching.call(
      'POST',
      `/v1/cohort-rounds/${second.body.roundId}/cancel`,
      council(),
    );
    const ready = await untilState(first.body.roundId, 'ready');
    const again = await matching.call('POST', `/v1/cohort-rounds/${first.body.roundId}/cancel`, council());

    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ roundId: second.body.roundId, state: 'cancelled' });
    expect((await read(second.body.roundId)).body.state).toBe('cancelled');
    expect(ready.body.status).toBe('preview');
    expect([again.status, again.body.code]).toEqual([409, 'MATCHING.ROUND_NOT_RUNNING']);
  });

  test('when matching stops with a round running, then after the restart the round reads as failed: interrupted', async () => {
    await aCohort('cohort-d');
    const started = await run('cohort-d');

    await matching.stop();
    const restarted = await world.start({ file: 'rounds.sqlite', env: WORKER });
    const after = await read(started.body.roundId, restarted);

    expect(after.body).toMatchObject({
      state: 'failed',
      failure: { code: 'MATCHING.ROUND_INTERRUPTED' },
      finishedAt: expect.any(String),
    });
  });

  test('when the service running a round died, then once its heartbeat is stale the round reads as failed: interrupted', async () => {
    const runs = versionedRepository<RoundRun>(
      await matching.storage.collection({ name: 'cohort_round_runs' }),
    );
    const now = world.clock.now().toISOString();
    await runs.save({
      id: 'round-of-a-dead-replica',
      version: 0,
      cohortId: 'cohort-e',
      programmeId: null,
      objective: 'max-total',
      include: [],
      forbidden: [],
      pinned: [],
      state: 'solving',
      createdAt: now,
      createdBy: 'council-1',
      heartbeatAt: now,
      finishedAt: null,
      progress: { phase: 'solving', done: 10, total: 100, round: 1, fraction: 0.55, elapsedMs: 900 },
      failure: null,
    });

    const fresh = await read('round-of-a-dead-replica');
    world.clock.advance(31_000);
    const stale = await read('round-of-a-dead-replica');

    expect(fresh.body).toMatchObject({ state: 'solving', progress: { fraction: 0.55 } });
    expect(stale.body).toMatchObject({ state: 'failed', failure: { code: 'MATCHING.ROUND_INTERRUPTED' } });
  });

  test('when the engine refuses a pin of a round that waits for its answer, then POST still answers 422 naming the pin', async () => {
    const [s1] = await aCohort('cohort-f');
    const advisor = await anAdvisorIn(world, matching, { capacity: 1 });
    const pin = { startupId: s1!, advisorId: advisor.advisor.advisorId };

    const refused = await matching.call('POST', '/v1/cohort-rounds', council(), {
      cohortId: 'cohort-f',
      pinned: [pin, pin],
    });

    expect([refused.status, refused.body.code]).toEqual([422, 'COHORT.INVALID_PINS']);
    expect(refused.body.errors).toEqual([expect.objectContaining({ code: 'COHORT.PIN_DUPLICATE' })]);
  });
});
