import { aWorld, type Instance, type World } from './matching-world';
import { aStartupIn, anAdvisorIn, council, messagingAnswers, requestIntroduction, until } from './scenario';

describe('a startup and the advisor it already works with', () => {
  let world: World;
  let matching: Instance;

  beforeEach(async () => {
    world = await aWorld();
    matching = await world.start();
  });
  afterEach(() => world.close());

  /** A startup whose introduction to the advisor was accepted, as matching's pipeline sees it. */
  const workingTogether = async (capacity: number) => {
    const seeded = await aStartupIn(world, matching);
    const { advisor } = await anAdvisorIn(world, matching, { capacity });
    const { body } = await requestIntroduction(matching, seeded, advisor.advisorId);
    await messagingAnswers(world, 'introduction.accepted', {
      introductionId: body.introductionId,
      startupId: seeded.startup.startupId,
      advisorId: advisor.advisorId,
    });
    await until(
      () => matching.call('GET', `/v1/introductions/${body.introductionId}`, council()),
      (reply) => reply.body.state === 'accepted',
      'acceptance applied',
    );
    return { seeded, advisorId: advisor.advisorId };
  };

  test('when a startup requests an advisor it already works with, then it is refused with 409 MATCHING.ALREADY_YOUR_ADVISOR', async () => {
    const roomy = await workingTogether(3);
    const full = await workingTogether(1);

    const again = await requestIntroduction(matching, roomy.seeded, roomy.advisorId);
    const againWhenFull = await requestIntroduction(matching, full.seeded, full.advisorId);

    expect([again.status, again.body.code]).toEqual([409, 'MATCHING.ALREADY_YOUR_ADVISOR']);
    expect(again.type).toContain('application/problem+json');
    expect([againWhenFull.status, againWhenFull.body.code]).toEqual([409, 'MATCHING.ALREADY_YOUR_ADVISOR']);
  });

  test('when a startup asks for matches, then its current advisor is left out unless it asks to see them, marked', async () => {
    const { seeded, advisorId } = await workingTogether(3);
    const other = await anAdvisorIn(world, matching, { capacity: 3 });
    const path = `/v1/startups/${seeded.startup.startupId}/recommendations`;

    const byDefault = await matching.call('GET', path, seeded.startupToken);
    const included = await matching.call('GET', `${path}?current=include`, seeded.startupToken);
    const badFilter = await matching.call('GET', `${path}?current=maybe`, seeded.startupToken);

    type Item = { advisorId: string; currentAdvisor: boolean };
    const ids = (items: Item[]) => items.map((item) => item.advisorId);
    expect(ids(byDefault.body.items)).not.toContain(advisorId);
    expect(ids(byDefault.body.items)).toContain(other.advisor.advisorId);
    expect(included.body.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ advisorId, currentAdvisor: true }),
        expect.objectContaining({ advisorId: other.advisor.advisorId, currentAdvisor: false }),
      ]),
    );
    expect([badFilter.status, badFilter.body.errors[0].path]).toEqual([400, 'query.current']);
  });
});
