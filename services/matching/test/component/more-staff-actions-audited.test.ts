import { TOPICS } from '@jisr/contracts';
import { aProgramme, anEvent } from '@jisr/test-kit';
import { aWorld, eventually, tokenFor, type Instance, type World } from './matching-world';
import { aStartupIn, anAdvisorIn, council } from './scenario';

const COUNCIL_ROLES = ['admin', 'programme-manager', 'verifier'];
const requester = () => tokenFor('pm-requester', 'council');
const secondManager = () => tokenFor('pm-second', 'council');

describe('more matching staff actions on audit.v1 (rounds, research downloads, approvals)', () => {
  let world: World;
  let matching: Instance;

  beforeEach(async () => {
    world = await aWorld();
    // Every round through a worker, so a second one waits in the queue and can be cancelled.
    matching = await world.start({ env: { MATCHING_ROUND_INLINE_CELLS: '0', APPROVAL_TTL_HOURS: '24' } });
  });
  afterEach(() => world.close());

  /** The audit records of one action, once `count` of them arrived; exactly that many, none more. */
  const audited = async (action: string, count = 1) => {
    const of = () =>
      world.published.filter((e) => e.type === 'audit.action-recorded' && e.payload.action === action);
    await eventually(async () => of().length >= count, `${count} ${action} audited`);
    // A moment more: a duplicate would have arrived by now.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(of()).toHaveLength(count);
    return of().map((e) => e.payload as Record<string, unknown>);
  };

  const aCohort = async (cohortId: string, programmeId?: string) => {
    for (const _ of [1, 2, 3])
      await aStartupIn(world, matching, { cohortId, ...(programmeId ? { programmeId } : {}) });
    for (const _ of [1, 2, 3]) await anAdvisorIn(world, matching, { capacity: 1 });
  };

  test('when the council starts a cohort round, then one cohort-round.start names them and the round', async () => {
    await aCohort('cohort-start');

    const started = await matching.call('POST', '/v1/cohort-rounds', council(), { cohortId: 'cohort-start' });

    expect(started.status).toBe(201);
    const [recorded] = await audited('cohort-round.start');
    expect(recorded).toMatchObject({
      service: 'matching',
      actor: { accountId: 'council-1', staffRoles: COUNCIL_ROLES },
      action: 'cohort-round.start',
      target: { type: 'cohort-round', id: started.body.roundId },
      before: {},
      after: { state: 'queued', cohortId: 'cohort-start' },
    });
  });

  test('when the council cancels a queued round, then one cohort-round.cancel names them, the round and its state before and after', async () => {
    await aCohort('cohort-cancel');
    const async = { prefer: 'respond-async' };
    await matching.call('POST', '/v1/cohort-rounds', council(), { cohortId: 'cohort-cancel' }, async);
    const second = await matching.call(
      'POST',
      '/v1/cohort-rounds',
      council(),
      { cohortId: 'cohort-cancel' },
      async,
    );

    const cancelled = await matching.call(
      'POST',
      `/v1/cohort-rounds/${second.body.roundId}/cancel`,
      council(),
    );

    expect(cancelled.status).toBe(200);
    const [recorded] = await audited('cohort-round.cancel');
    expect(recorded).toMatchObject({
      actor: { accountId: 'council-1' },
      target: { type: 'cohort-round', id: second.body.roundId },
      before: { state: expect.stringMatching(/^(queued|solving)$/) },
      // Only the fields that changed travel.
      after: { state: 'cancelled' },
    });
    await audited('cohort-round.start', 2);
  });

  test('when the council downloads the research CSV and the dictionary, then each is one research.export', async () => {
    // The research export test's data: six software and two food startups at a training session.
    const sectors = ['62', '62', '62', '62', '62', '62', '10', '10'] as const;
    const made = [];
    for (const sector of sectors) made.push(await aStartupIn(world, matching, { sector, city: 'tripoli' }));
    const programme = aProgramme();
    await world.publish(
      TOPICS.progress,
      ...made.map(({ startup }) =>
        anEvent('progress.attended', {
          programmeId: programme.programmeId,
          startupId: startup.startupId,
          at: '2027-02-10T09:00:00Z',
          sessionId: 'ts-1',
        }),
      ),
    );
    await eventually(async () => {
      const tables = await matching.call('GET', '/v1/research/tables?by=sector', council());
      return JSON.stringify(tables.body).includes('training-attended') && tables.status === 200;
    }, 'attendance counted');
    const before = world.published.filter((e) => e.type === 'audit.action-recorded').length;

    const csv = await matching.call('GET', '/v1/research/export.csv?by=sector', council());
    const md = await matching.call('GET', '/v1/research/dictionary.md?lang=en', council());

    expect([csv.status, md.status]).toEqual([200, 200]);
    // Reading the tables as JSON is no download: nothing was recorded before the two.
    expect(before).toBe(0);
    const recorded = await audited('research.export', 2);
    expect(recorded).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          actor: expect.objectContaining({ accountId: 'council-1' }),
          target: { type: 'research-tables', id: 'sector' },
          after: expect.objectContaining({ by: 'sector' }),
        }),
        expect.objectContaining({
          actor: expect.objectContaining({ accountId: 'council-1' }),
          target: { type: 'research-dictionary', id: 'en' },
        }),
      ]),
    );
  });

  /** A previewed round of three pairs in a programme allowing two alone: confirming it asks. */
  const anApprovalAsked = async (cohortId: string) => {
    const programme = aProgramme({ cohorts: [{ cohortId, name: 'Spring 2026' }], fourEyesRoundSize: 2 });
    await world.publish(TOPICS.programme, anEvent('programme.upserted', programme));
    await eventually(async () => {
      const programmes = await matching.storage.collection({ name: 'programmes' });
      return (await programmes.get(programme.programmeId)) !== null;
    }, 'the programme in matching');
    await aCohort(cohortId, programme.programmeId);
    const preview = await matching.call('POST', '/v1/cohort-rounds', requester(), { cohortId });
    const asked = await matching.call(
      'POST',
      `/v1/cohort-rounds/${preview.body.roundId}/confirm`,
      requester(),
      {
        note: 'Private note',
      },
    );
    expect(asked.status).toBe(202);
    return { roundId: preview.body.roundId as string, approvalId: asked.body.approvalId as string };
  };

  test('when a manager asks for an approval and another approves, then one approval.request and one approval.approve', async () => {
    const { roundId, approvalId } = await anApprovalAsked('cohort-approve');
    // Asking again while it waits is no new request.
    await matching.call('POST', `/v1/cohort-rounds/${roundId}/confirm`, requester(), {});

    const approved = await matching.call('POST', `/v1/approvals/${approvalId}/approve`, secondManager(), {});

    expect(approved.status).toBe(200);
    const [request] = await audited('approval.request');
    expect(request).toMatchObject({
      actor: { accountId: 'pm-requester' },
      target: { type: 'approval', id: approvalId },
      after: {
        state: 'requested',
        action: 'cohort-round.confirm',
        about: { type: 'cohort-round', id: roundId },
      },
    });
    const [approve] = await audited('approval.approve');
    expect(approve).toMatchObject({
      actor: { accountId: 'pm-second' },
      target: { type: 'approval', id: approvalId },
      before: { state: 'requested' },
      after: { state: 'approved' },
    });
    await audited('cohort-round.confirm');
    const audit = world.published.filter((e) => e.type === 'audit.action-recorded');
    expect(JSON.stringify(audit)).not.toContain('Private note');
  });

  test('when another manager rejects an approval, then one approval.reject names them and the round stays unconfirmed', async () => {
    const { approvalId } = await anApprovalAsked('cohort-reject');

    const rejected = await matching.call('POST', `/v1/approvals/${approvalId}/reject`, secondManager(), {
      reason: 'Too many pairs',
    });

    expect(rejected.status).toBe(200);
    const [reject] = await audited('approval.reject');
    expect(reject).toMatchObject({
      actor: { accountId: 'pm-second' },
      target: { type: 'approval', id: approvalId },
      after: { state: 'rejected' },
    });
    await audited('approval.approve', 0);
    await audited('cohort-round.confirm', 0);
  });
});
