import { aWorld, eventually, type Instance, type World } from './matching-world';
import { aStartupIn, anAdvisorIn, council } from './scenario';

describe('matching staff actions on audit.v1', () => {
  let world: World;
  let matching: Instance;

  beforeEach(async () => {
    world = await aWorld();
    matching = await world.start();
  });
  afterEach(() => world.close());

  test('when the council confirms a cohort round, then one audit.action-recorded names them, the round and its state before and after', async () => {
    await Promise.all([1, 2].map(() => aStartupIn(world, matching, { cohortId: 'cohort-audit' })));
    await Promise.all([1, 2].map(() => anAdvisorIn(world, matching, { capacity: 1 })));
    const preview = await matching.call('POST', '/v1/cohort-rounds', council(), { cohortId: 'cohort-audit' });

    const confirmed = await matching.call(
      'POST',
      `/v1/cohort-rounds/${preview.body.roundId}/confirm`,
      council(),
      {
        note: 'Welcome to the spring cohort',
      },
    );

    expect(confirmed.status).toBe(200);
    // Starting the round (the preview) is a staff action of its own: this test is about the confirm.
    const recorded = await eventually(
      async () =>
        world.published.find(
          (e) => e.type === 'audit.action-recorded' && e.payload.action === 'cohort-round.confirm',
        ),
      'the confirm audited',
    );
    expect(recorded!.payload).toMatchObject({
      service: 'matching',
      actor: { accountId: 'council-1', staffRoles: ['admin', 'programme-manager', 'verifier'] },
      action: 'cohort-round.confirm',
      target: { type: 'cohort-round', id: preview.body.roundId },
      before: { status: 'preview', requests: 0 },
      after: { status: 'confirmed', requests: 2 },
    });
    expect(JSON.stringify(recorded)).not.toContain('Welcome to the spring cohort');
  });

  test('when the council downloads a pipeline CSV, then the export is reported with its view and filter', async () => {
    const csv = await matching.call('GET', '/v1/pipeline/export.csv?view=funnel&sector=10', council());

    expect(csv.status).toBe(200);
    const [recorded] = await world.eventsOf('audit.action-recorded');
    expect(recorded!.payload).toMatchObject({
      action: 'pipeline.export',
      target: { type: 'pipeline-view', id: 'funnel' },
      before: {},
      after: { view: 'funnel', sector: { division: '10' } },
    });
  });
});
