import { TOPICS } from '@jisr/contracts';
import { advisorUpserted, anAdvisorProfile } from '@jisr/test-kit';
import { aWorld, type Instance, type World } from './matching-world';
import { aStartupIn, anAdvisorIn, council, messagingAnswers, requestIntroduction, until } from './scenario';

type Pair = { startupId: string; advisorId: string };

describe('POST /v1/cohort-rounds: who enters a round', () => {
  let world: World;
  let matching: Instance;

  // One partition per topic: an advisor seen in matching proves the ones published before it were applied.
  beforeEach(async () => {
    world = await aWorld({ partitions: 1 });
    matching = await world.start();
  });
  afterEach(() => world.close());

  const accepted = async (seeded: Awaited<ReturnType<typeof aStartupIn>>, advisorId: string) => {
    const { body } = await requestIntroduction(matching, seeded, advisorId);
    await messagingAnswers(world, 'introduction.accepted', {
      introductionId: body.introductionId,
      startupId: seeded.startup.startupId,
      advisorId,
    });
    await until(
      () => matching.call('GET', `/v1/introductions/${body.introductionId}`, council()),
      (reply) => reply.body.state === 'accepted',
      'acceptance applied',
    );
  };

  test('when a cohort startup already works with an advisor, then the round leaves it out with that reason unless the council includes it', async () => {
    const busy = await aStartupIn(world, matching, { cohortId: 'cohort-busy' });
    const free = await aStartupIn(world, matching, { cohortId: 'cohort-busy' });
    const current = await anAdvisorIn(world, matching, { capacity: 3 });
    await accepted(busy, current.advisor.advisorId);

    const plain = await matching.call('POST', '/v1/cohort-rounds', council(), { cohortId: 'cohort-busy' });
    const withBusy = await matching.call('POST', '/v1/cohort-rounds', council(), {
      cohortId: 'cohort-busy',
      include: [busy.startup.startupId],
    });

    expect(plain.status).toBe(201);
    expect(plain.body.excluded).toEqual([
      {
        startupId: busy.startup.startupId,
        reason: 'has-active-advisor',
        advisorIds: [current.advisor.advisorId],
      },
    ]);
    expect(plain.body.pairs.map((p: Pair) => p.startupId)).toEqual([free.startup.startupId]);
    expect(withBusy.body.excluded).toEqual([]);
    const busyPair = withBusy.body.pairs.find((p: Pair) => p.startupId === busy.startup.startupId);
    expect(busyPair?.advisorId).not.toBe(current.advisor.advisorId);
  });

  test('when an advisor already carries accepted introductions, then the round gives them only their free places', async () => {
    const outside = await aStartupIn(world, matching, { cohortId: 'cohort-elsewhere' });
    const { advisor } = await anAdvisorIn(world, matching, { capacity: 2 });
    await accepted(outside, advisor.advisorId);
    await Promise.all([1, 2].map(() => aStartupIn(world, matching, { cohortId: 'cohort-load' })));

    const preview = await matching.call('POST', '/v1/cohort-rounds', council(), { cohortId: 'cohort-load' });

    expect(preview.body.pairs).toHaveLength(1);
    expect(preview.body.unassigned).toEqual([
      { startupId: expect.any(String), reason: 'capacity-exhausted' },
    ]);
  });

  test('when two programmes share a cohort id, then a round must name the programme and files its requests under it', async () => {
    await aStartupIn(world, matching, { cohortId: 'cohort-twice', programmeId: 'programme-one' });
    const second = await aStartupIn(world, matching, {
      cohortId: 'cohort-twice',
      programmeId: 'programme-two',
    });
    await anAdvisorIn(world, matching, { capacity: 3 });

    const ambiguous = await matching.call('POST', '/v1/cohort-rounds', council(), {
      cohortId: 'cohort-twice',
    });
    const scoped = await matching.call('POST', '/v1/cohort-rounds', council(), {
      cohortId: 'cohort-twice',
      programmeId: 'programme-two',
    });
    await matching.call('POST', `/v1/cohort-rounds/${scoped.body.roundId}/confirm`, council(), {});
    const [requested] = await world.eventsOf('introduction.requested', 1);

    expect([ambiguous.status, ambiguous.body.code]).toEqual([422, 'MATCHING.COHORT_AMBIGUOUS']);
    expect(ambiguous.body.errors[0].path).toBe('body.programmeId');
    expect(scoped.body.pairs.map((p: Pair) => p.startupId)).toEqual([second.startup.startupId]);
    expect(requested?.payload).toMatchObject({
      startupId: second.startup.startupId,
      programmeId: 'programme-two',
    });
  });

  test('when a pin names a paused, unverified or unknown advisor, then the preview refuses it saying which', async () => {
    const seeded = await aStartupIn(world, matching, { cohortId: 'cohort-pins' });
    const pending = anAdvisorProfile({ verification: 'pending' });
    await world.publish(TOPICS.advisor, advisorUpserted(pending));
    const paused = await anAdvisorIn(world, matching, { paused: true });
    const pin = (advisorId: string) => ({ startupId: seeded.startup.startupId, advisorId });

    const replies = await Promise.all(
      [paused.advisor.advisorId, pending.advisorId, 'advisor-nobody'].map((advisorId) =>
        matching.call('POST', '/v1/cohort-rounds', council(), {
          cohortId: 'cohort-pins',
          pinned: [pin(advisorId)],
        }),
      ),
    );

    expect(replies.map((r) => [r.status, r.body.code])).toEqual([
      [422, 'COHORT.INVALID_PINS'],
      [422, 'COHORT.INVALID_PINS'],
      [422, 'COHORT.INVALID_PINS'],
    ]);
    expect(replies.map((r) => r.body.errors[0])).toEqual([
      expect.objectContaining({ path: 'body.pinned[0].advisorId', code: 'COHORT.PIN_ADVISOR_PAUSED' }),
      expect.objectContaining({ path: 'body.pinned[0].advisorId', code: 'COHORT.PIN_ADVISOR_NOT_VERIFIED' }),
      expect.objectContaining({ path: 'body.pinned[0].advisorId', code: 'COHORT.PIN_ADVISOR_UNKNOWN' }),
    ]);
  });
});
