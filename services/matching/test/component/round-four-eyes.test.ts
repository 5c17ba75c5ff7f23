import { TOPICS } from '@jisr/contracts';
import { aProgramme, anEvent } from '@jisr/test-kit';
import { aWorld, eventually, tokenFor, type Instance, type World } from './matching-world';
import { aStartupIn, anAdvisorIn } from './scenario';

const HOUR = 3_600_000;
// Staff tokens: council accounts with the bootstrap roles, programme manager among them.
const requester = () => tokenFor('pm-requester', 'council');
const secondManager = () => tokenFor('pm-second', 'council');
const thirdManager = () => tokenFor('pm-third', 'council');

describe('four-eyes on confirming a cohort round (POST /v1/cohort-rounds/:roundId/confirm)', () => {
  let world: World;
  let matching: Instance;

  beforeEach(async () => {
    world = await aWorld();
    matching = await world.start({ env: { APPROVAL_TTL_HOURS: '24' } });
  });
  afterEach(() => world.close());

  /** A programme allowing `fourEyesRoundSize` pairs alone, a cohort of three startups, three free advisors. */
  const aPreviewedRound = async (cohortId: string, fourEyesRoundSize: number) => {
    const programme = aProgramme({ cohorts: [{ cohortId, name: 'Spring 2026' }], fourEyesRoundSize });
    await world.publish(TOPICS.programme, anEvent('programme.upserted', programme));
    await eventually(async () => {
      const programmes = await matching.storage.collection({ name: 'programmes' });
      return (await programmes.get(programme.programmeId)) !== null;
    }, 'the programme in matching');
    for (const _ of [1, 2, 3])
      await aStartupIn(world, matching, { cohortId, programmeId: programme.programmeId });
    for (const _ of [1, 2, 3]) await anAdvisorIn(world, matching, { capacity: 1 });
    const preview = await matching.call('POST', '/v1/cohort-rounds', requester(), { cohortId });
    expect(preview.body.pairs).toHaveLength(3);
    return preview.body.roundId as string;
  };
  const confirm = (roundId: string) =>
    matching.call('POST', `/v1/cohort-rounds/${roundId}/confirm`, requester(), {});
  const decide = (approvalId: string, verdict: 'approve' | 'reject', token: string, body: object = {}) =>
    matching.call('POST', `/v1/approvals/${approvalId}/${verdict}`, token, body);
  /** The requests published, each one of the round's own; one round per world. */
  const requestsPublished = async (roundId: string) => {
    const round = await matching.call('GET', `/v1/cohort-rounds/${roundId}`, requester());
    const published = world.published.filter((e) => e.type === 'introduction.requested');
    expect(published.map((e) => e.aggregateId).sort()).toEqual([...round.body.introductionIds].sort());
    return published;
  };

  test('when a round has more pairs than the programme allows alone, then confirming asks, and a second manager’s approval confirms it once', async () => {
    const roundId = await aPreviewedRound('cohort-large', 2);

    const asked = await confirm(roundId);
    const waiting = await matching.call('GET', '/v1/approvals', secondManager());
    const stillPreview = await matching.call('GET', `/v1/cohort-rounds/${roundId}`, requester());
    const approved = await decide(asked.body.approvalId, 'approve', secondManager());
    await world.eventsOf('introduction.requested', 3);
    const retried = await decide(asked.body.approvalId, 'approve', secondManager());
    const confirmedAgain = await confirm(roundId);

    expect(asked.status).toBe(202);
    expect(asked.body).toMatchObject({
      action: 'cohort-round.confirm',
      target: { type: 'cohort-round', id: roundId },
      requestedBy: { accountId: 'pm-requester' },
      state: 'requested',
    });
    expect(Date.parse(asked.body.expiresAt) - Date.parse(asked.body.requestedAt)).toBe(24 * HOUR);
    expect(waiting.body.items.map((a: { approvalId: string }) => a.approvalId)).toEqual([
      asked.body.approvalId,
    ]);
    expect(stillPreview.body.status).toBe('preview');
    expect(approved.body).toMatchObject({ state: 'approved', decidedBy: { accountId: 'pm-second' } });
    expect(retried.status).toBe(200);
    expect([confirmedAgain.status, confirmedAgain.body.code]).toEqual([409, 'MATCHING.ROUND_CONFIRMED']);
    const round = await matching.call('GET', `/v1/cohort-rounds/${roundId}`, requester());
    expect(round.body.status).toBe('confirmed');
    expect(await requestsPublished(roundId)).toHaveLength(3);
  });

  test('when the requester approves their own request, then 403 APPROVAL.OWN_REQUEST and the round stays a preview', async () => {
    const roundId = await aPreviewedRound('cohort-own', 2);
    const asked = await confirm(roundId);

    const own = await decide(asked.body.approvalId, 'approve', requester());
    const ownList = await matching.call('GET', '/v1/approvals', requester());

    expect([own.status, own.body.code]).toEqual([403, 'APPROVAL.OWN_REQUEST']);
    expect(ownList.body.items).toEqual([]);
    expect((await matching.call('GET', `/v1/cohort-rounds/${roundId}`, requester())).body.status).toBe(
      'preview',
    );
  });

  test('when staff without the programme-manager role try to decide, then they are refused with 403', async () => {
    const roundId = await aPreviewedRound('cohort-roles', 2);
    const asked = await confirm(roundId);
    const observer = tokenFor('observer-1', 'council', { staffRoles: ['observer'] });

    const byObserver = await decide(asked.body.approvalId, 'approve', observer);
    const listed = await matching.call('GET', '/v1/approvals', observer);

    expect([byObserver.status, listed.status]).toEqual([403, 403]);
    expect((await matching.call('GET', `/v1/cohort-rounds/${roundId}`, requester())).body.status).toBe(
      'preview',
    );
  });

  test('when two managers approve at once, then the round is confirmed once, with one request per pair', async () => {
    const roundId = await aPreviewedRound('cohort-race', 2);
    const asked = await confirm(roundId);

    const answers = await Promise.all([
      decide(asked.body.approvalId, 'approve', secondManager()),
      decide(asked.body.approvalId, 'approve', thirdManager()),
    ]);
    await world.eventsOf('introduction.requested', 3);

    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    expect(await requestsPublished(roundId)).toHaveLength(3);
  });

  test('when nobody decides in time, then the request expires and the round is not confirmed', async () => {
    const roundId = await aPreviewedRound('cohort-late', 2);
    const asked = await confirm(roundId);

    world.clock.advance(24 * HOUR);
    const late = await decide(asked.body.approvalId, 'approve', secondManager());
    const expired = await matching.call('GET', '/v1/approvals?state=expired', secondManager());

    expect([late.status, late.body.code]).toEqual([409, 'APPROVAL.EXPIRED']);
    expect(expired.body.items).toEqual([
      expect.objectContaining({ approvalId: asked.body.approvalId, state: 'expired' }),
    ]);
    expect((await matching.call('GET', `/v1/cohort-rounds/${roundId}`, requester())).body.status).toBe(
      'preview',
    );
    expect(await requestsPublished(roundId)).toHaveLength(0);
  });

  test('when a second manager rejects with a reason, then nothing is confirmed; a round within the size confirms at once', async () => {
    const roundId = await aPreviewedRound('cohort-rejected', 2);
    const asked = await confirm(roundId);
    const rejected = await decide(asked.body.approvalId, 'reject', secondManager(), { reason: 'Re-run it' });
    const small = await aPreviewedRound('cohort-small', 3);

    const direct = await confirm(small);

    expect(rejected.body).toMatchObject({ state: 'rejected', reason: 'Re-run it' });
    expect((await matching.call('GET', `/v1/cohort-rounds/${roundId}`, requester())).body.status).toBe(
      'preview',
    );
    expect([direct.status, direct.body.status]).toEqual([200, 'confirmed']);
  });
});
