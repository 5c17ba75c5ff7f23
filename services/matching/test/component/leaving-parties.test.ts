import { TOPICS } from '@jisr/contracts';
import { anEvent } from '@jisr/test-kit';
import { aWorld, type Instance, type World } from './matching-world';
import { aStartupIn, anAdvisorIn, council, requestIntroduction, until } from './scenario';

describe('profile consumer: a startup or advisor leaves while requests are open', () => {
  let world: World;
  let matching: Instance;

  beforeEach(async () => {
    // One partition per topic: a later event handled proves that every earlier one on its topic was.
    world = await aWorld({ partitions: 1 });
    matching = await world.start();
  });
  afterEach(() => world.close());

  const loadOf = async (advisorId: string) =>
    (await matching.call('GET', '/v1/pipeline/advisor-load', council())).body.items.find(
      (row: { advisorId: string }) => row.advisorId === advisorId,
    );
  const introductionOf = (introductionId: string) =>
    until(
      () => matching.call('GET', `/v1/introductions/${introductionId}`, council()),
      (r) => r.body.state === 'withdrawn',
      `introduction ${introductionId} withdrawn`,
    );

  test('when a startup with an open request is erased, then the request is withdrawn once and leaves the advisor load', async () => {
    const leaving = await aStartupIn(world, matching);
    const staying = await aStartupIn(world, matching, { name: { latin: 'Jabal Dates' } });
    const { advisor } = await anAdvisorIn(world, matching, { capacity: 3 });
    const requested = await requestIntroduction(matching, leaving, advisor.advisorId);
    const openBefore = (await loadOf(advisor.advisorId)).open;
    const erased = anEvent('startup.erased', { startupId: leaving.startup.startupId }, { version: 2 });

    await world.publish(TOPICS.startup, erased);
    const withdrawn = await introductionOf(requested.body.introductionId);
    const [event] = await world.eventsOf('introduction.withdrawn');
    // Redeliver the erasure, then a request of another startup: its event follows anything the
    // redelivery could have appended to the outbox.
    await world.publish(TOPICS.startup, erased);
    await aStartupIn(world, matching, { name: { latin: 'Marker Foods' } });
    const loadAfter = await loadOf(advisor.advisorId);
    await requestIntroduction(matching, staying, advisor.advisorId);
    await world.eventsOf('introduction.requested', 2);

    expect(openBefore).toBe(1);
    expect(withdrawn.body).toMatchObject({ state: 'withdrawn', closedAt: erased.occurredAt });
    expect(event).toMatchObject({
      type: 'introduction.withdrawn',
      aggregateId: requested.body.introductionId,
      // Matching's lane of the key's versions (odd): the next after `requested` (1).
      version: 3,
      payload: {
        introductionId: requested.body.introductionId,
        startupId: leaving.startup.startupId,
        advisorId: advisor.advisorId,
        reason: 'startup-erased',
      },
    });
    expect(loadAfter).toMatchObject({ active: 0, open: 0 });
    expect(world.published.filter((e) => e.type === 'introduction.withdrawn')).toHaveLength(1);
  });

  test('when an advisor is deactivated, then the open requests to them are withdrawn and requests to others stay open', async () => {
    const seeded = await aStartupIn(world, matching);
    const { advisor } = await anAdvisorIn(world, matching);
    const { advisor: other } = await anAdvisorIn(world, matching, { sectors: ['01'] });
    const toLeaving = await requestIntroduction(matching, seeded, advisor.advisorId);
    const toOther = await requestIntroduction(matching, seeded, other.advisorId);

    await world.publish(
      TOPICS.advisor,
      anEvent('advisor.deactivated', { advisorId: advisor.advisorId }, { version: 2 }),
    );
    await introductionOf(toLeaving.body.introductionId);
    const [event] = await world.eventsOf('introduction.withdrawn');
    const untouched = await matching.call(
      'GET',
      `/v1/introductions/${toOther.body.introductionId}`,
      council(),
    );

    expect([toLeaving.status, toOther.status]).toEqual([201, 201]);
    expect(event?.payload).toMatchObject({
      introductionId: toLeaving.body.introductionId,
      reason: 'advisor-deactivated',
    });
    expect(untouched.body.state).toBe('requested');
    expect(await loadOf(other.advisorId)).toMatchObject({ open: 1 });
  });
});
