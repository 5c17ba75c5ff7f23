import { TOPICS } from '@jisr/contracts';
import { aStartupProfile, startupUpserted } from '@jisr/test-kit';
import { aWorld, eventually, tokenFor, type Instance, type World } from './matching-world';
import { anAdvisorIn } from './scenario';

describe('fair exposure across matching replicas', () => {
  let world: World;

  beforeEach(async () => {
    world = await aWorld();
  });
  afterEach(() => world.close());

  const aStartup = async () => {
    const startup = aStartupProfile();
    await world.publish(TOPICS.startup, startupUpserted(startup));
    return { startupId: startup.startupId, token: tokenFor(startup.startupId, 'startup') };
  };
  type Startup = Awaited<ReturnType<typeof aStartup>>;

  const listed = async (replica: Instance, startup: Startup, query = '') => {
    const path = `/v1/startups/${startup.startupId}/recommendations${query}`;
    const reply = await replica.call('GET', path, startup.token);
    return reply.status === 200
      ? (reply.body.items.map((i: { advisorId: string }) => i.advisorId) as string[])
      : null;
  };

  // Asked in Italian, which the advisor does not speak: the list is empty and holds nobody.
  const knownTo = (replica: Instance, startup: Startup) =>
    eventually(
      async () => (await listed(replica, startup, '?language=it')) !== null,
      'the startup on a replica',
    );

  test('when two replicas show lists, then an advisor with one free place sits in one startup’s list across both', async () => {
    // Factor 1: an advisor with one free place may be held by one startup's list at a time.
    const env = { MATCHING_EXPOSURE_FACTOR: '1' };
    const first = await world.start({ file: 'shared.sqlite', env });
    const second = await world.start({ file: 'shared.sqlite', env });
    const { advisor, advisorToken } = await anAdvisorIn(world, first, { capacity: 1 });
    await eventually(
      async () =>
        (await second.call('GET', `/v1/advisors/${advisor.advisorId}/recommended-startups`, advisorToken))
          .status === 200,
      'the advisor on the second replica',
    );
    const [a, b] = [await aStartup(), await aStartup()] as [Startup, Startup];
    for (const replica of [first, second]) for (const startup of [a, b]) await knownTo(replica, startup);

    const shownToA = await listed(first, a);
    const shownToB = await listed(second, b);

    expect(shownToA).toContain(advisor.advisorId);
    expect(shownToB).not.toContain(advisor.advisorId);
  });
});
