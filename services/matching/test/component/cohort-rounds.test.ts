import { aWorld, type Instance, type World } from './matching-world';
import { aStartupIn, anAdvisorIn, council } from './scenario';

describe('POST /v1/cohort-rounds (council)', () => {
  let world: World;
  let matching: Instance;

  beforeEach(async () => {
    world = await aWorld();
    matching = await world.start();
  });
  afterEach(() => world.close());

  const aCohort = async (cohortId: string) => {
    const startups = await Promise.all([1, 2, 3].map(() => aStartupIn(world, matching, { cohortId })));
    await aStartupIn(world, matching, { cohortId, verification: 'pending' });
    await aStartupIn(world, matching, { cohortId: 'another-cohort' });
    const advisors = await Promise.all([1, 2].map(() => anAdvisorIn(world, matching, { capacity: 1 })));
    return {
      startupIds: startups.map((s) => s.startup.startupId).sort(),
      advisorIds: advisors.map((a) => a.advisor.advisorId),
    };
  };

  test('when the council previews a round, then it gets an optimal assignment within capacities, explained, with the unassigned and why', async () => {
    const { startupIds, advisorIds } = await aCohort('cohort-a');

    const preview = await matching.call('POST', '/v1/cohort-rounds?lang=tr', council(), {
      cohortId: 'cohort-a',
    });

    expect(preview.status).toBe(201);
    expect(preview.body).toMatchObject({
      status: 'preview',
      objective: 'max-total',
      cohortId: 'cohort-a',
      lang: 'tr',
    });
    const pairs: {
      startupId: string;
      advisorId: string;
      score: number;
      explanation: { sentence: string; text: { tr: string } }[];
    }[] = preview.body.pairs;
    expect(pairs.map((p) => p.advisorId).sort()).toEqual([...advisorIds].sort());
    expect(preview.body.total).toBeCloseTo(
      pairs.reduce((sum, p) => sum + p.score, 0),
      2,
    );
    expect(pairs[0]!.explanation[0]!.sentence).toBe(pairs[0]!.explanation[0]!.text.tr);
    expect(preview.body.unassigned).toEqual([
      { startupId: expect.any(String), reason: 'capacity-exhausted' },
    ]);
    expect([...pairs.map((p) => p.startupId), preview.body.unassigned[0].startupId].sort()).toEqual(
      startupIds,
    );
    // A preview requests nothing; only its start is recorded, as a staff action.
    expect(world.published.map((e) => e.type)).toEqual(['audit.action-recorded']);
  });

  test('when pairs are pinned and forbidden, then the preview honours both', async () => {
    const { startupIds, advisorIds } = await aCohort('cohort-b');
    const [s1, s2] = startupIds as [string, string, string];
    const [a1, a2] = advisorIds as [string, string];

    const preview = await matching.call('POST', '/v1/cohort-rounds', council(), {
      cohortId: 'cohort-b',
      objective: 'max-matched-then-total',
      pinned: [{ startupId: s1, advisorId: a2 }],
      forbidden: [{ startupId: s2, advisorId: a1 }],
    });

    const pairs: { startupId: string; advisorId: string; pinned: boolean }[] = preview.body.pairs;
    expect(pairs).toEqual(
      expect.arrayContaining([expect.objectContaining({ startupId: s1, advisorId: a2, pinned: true })]),
    );
    expect(pairs.some((p) => p.startupId === s2 && p.advisorId === a1)).toBe(false);
  });

  test('when the council confirms a round, then the requests are created and announced, once', async () => {
    await aCohort('cohort-c');
    const preview = await matching.call('POST', '/v1/cohort-rounds', council(), { cohortId: 'cohort-c' });

    const confirmed = await matching.call(
      'POST',
      `/v1/cohort-rounds/${preview.body.roundId}/confirm`,
      council(),
      {},
    );
    const events = await world.eventsOf('introduction.requested', 2);
    const again = await matching.call(
      'POST',
      `/v1/cohort-rounds/${preview.body.roundId}/confirm`,
      council(),
      {},
    );
    const stored = await matching.call('GET', `/v1/cohort-rounds/${preview.body.roundId}`, council());

    expect(confirmed.body).toMatchObject({ status: 'confirmed', skipped: [] });
    expect(confirmed.body.introductionIds).toHaveLength(2);
    expect(events.map((e) => e.payload.introductionId).sort()).toEqual(
      [...confirmed.body.introductionIds].sort(),
    );
    expect([again.status, again.body.code]).toEqual([409, 'MATCHING.ROUND_CONFIRMED']);
    expect(stored.body.status).toBe('confirmed');
  });

  test('when a cohort has no verified startups or a pin is unknown, then the council gets 422', async () => {
    await aCohort('cohort-d');

    const empty = await matching.call('POST', '/v1/cohort-rounds', council(), { cohortId: 'cohort-nobody' });
    const badPin = await matching.call('POST', '/v1/cohort-rounds', council(), {
      cohortId: 'cohort-d',
      pinned: [{ startupId: 'startup-elsewhere', advisorId: 'advisor-nobody' }],
    });
    const badBody = await matching.call('POST', '/v1/cohort-rounds', council(), {
      cohortId: 'cohort-d',
      objective: 'greedy',
    });

    expect([empty.status, empty.body.code]).toEqual([422, 'MATCHING.COHORT_EMPTY']);
    expect([badPin.status, badPin.body.code]).toEqual([422, 'COHORT.INVALID_PINS']);
    expect([badBody.status, badBody.body.errors[0].path]).toEqual([400, 'body.objective']);
  });
});
