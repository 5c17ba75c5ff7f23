import { makeEvent, TOPICS } from '@jisr/contracts';
import { waitFor } from '@jisr/test-kit';
import type { Person } from './api-client';
import { startProfile, type ProfileHarness } from './profile-harness';

let profile: ProfileHarness;
let council: Person;
beforeAll(async () => {
  profile = await startProfile();
  council = await profile.council();
});
afterAll(async () => {
  await profile.stop();
});

const noticesAbout = async (advisorId: string) => {
  const listed = await profile.request('GET', '/v1/council/notices?limit=100', { token: council.token });
  return listed.body.items.filter((notice: { advisorId: string }) => notice.advisorId === advisorId);
};

describe('consumer of messaging.advisor-activity.v1', () => {
  test('when messaging reports an advisor unresponsive twice (a redelivery), then they are paused once and the council gets one notice', async () => {
    const advisor = await profile.anAdvisorWithProfile();
    const unresponsive = makeEvent('advisor.unresponsive', {
      aggregateId: advisor.accountId,
      version: 4,
      payload: { advisorId: advisor.accountId, introductionIds: ['i-1', 'i-2', 'i-3'] },
    });
    // A later event on the same key marks the end: once it is applied, both copies before it were handled.
    const marker = makeEvent('advisor.resumed', {
      aggregateId: advisor.accountId,
      version: 5,
      payload: { advisorId: advisor.accountId },
    });

    await profile.bus.publish(TOPICS.advisorActivity, [unresponsive]);
    await profile.bus.publish(TOPICS.advisorActivity, [unresponsive, marker]);

    await profile.eventWhere(
      ({ event }) => event.type === 'advisor.resumed' && event.aggregateId === advisor.accountId,
      'the marker applied',
    );
    const paused = profile.events.filter(
      ({ event }) => event.type === 'advisor.paused' && event.aggregateId === advisor.accountId,
    );
    expect(paused.map(({ event }) => event.payload)).toEqual([
      { advisorId: advisor.accountId, reason: 'unresponsive' },
    ]);
    const notices = await noticesAbout(advisor.accountId);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({
      kind: 'advisor-unresponsive',
      introductionIds: ['i-1', 'i-2', 'i-3'],
      readAt: null,
    });
    expect(notices[0].text.ar).toContain('Ayşe Demir');
  });

  test('when the advisor comes back and resumes, then advisor.resumed is published and the notice can be marked read', async () => {
    const advisor = await profile.anAdvisorWithProfile();
    await profile.bus.publish(TOPICS.advisorActivity, [
      makeEvent('advisor.unresponsive', {
        aggregateId: advisor.accountId,
        version: 1,
        payload: { advisorId: advisor.accountId, introductionIds: ['i-9'] },
      }),
    ]);
    const [notice] = await waitFor(async () => {
      const found = await noticesAbout(advisor.accountId);
      return found.length > 0 ? found : undefined;
    });

    const resumed = await profile.request('PUT', `/v1/advisors/${advisor.accountId}/pause`, {
      token: advisor.token,
      body: { paused: false },
    });
    const read = await profile.request('POST', `/v1/council/notices/${notice.noticeId}/read`, {
      token: council.token,
    });

    expect(resumed.body.pause).toEqual({ paused: false, reason: null, since: null });
    expect(read.body.readAt).not.toBeNull();
    await profile.eventWhere(
      ({ event }) => event.type === 'advisor.resumed' && event.aggregateId === advisor.accountId,
      'advisor.resumed',
    );
  });

  test('when the council pauses an advisor, then the advisor cannot resume themself', async () => {
    const advisor = await profile.anAdvisorWithProfile();

    await profile.request('PUT', `/v1/advisors/${advisor.accountId}/pause`, {
      token: council.token,
      body: { paused: true },
    });
    const attempt = await profile.request('PUT', `/v1/advisors/${advisor.accountId}/pause`, {
      token: advisor.token,
      body: { paused: false },
    });

    expect(attempt.status).toBe(403);
    expect(attempt.body.code).toBe('ADVISOR.PAUSED_BY_COUNCIL');
    await profile.eventAbout(
      'advisor.paused',
      advisor.accountId,
      { reason: 'council' },
      'advisor.paused by the council',
    );
  });

  test('when the advisor pauses from the messaging inbox, then profile flips its switch and republishes on its own topic', async () => {
    const advisor = await profile.anAdvisorWithProfile();

    await profile.bus.publish(TOPICS.advisorActivity, [
      makeEvent('advisor.paused', {
        aggregateId: advisor.accountId,
        version: 1,
        payload: { advisorId: advisor.accountId, reason: 'self' },
      }),
    ]);

    const republished = await profile.eventWhere(
      ({ topic, event }) =>
        topic === TOPICS.advisor &&
        event.type === 'advisor.paused' &&
        event.aggregateId === advisor.accountId,
      'advisor.paused on profile.advisor.v1',
    );
    expect(republished.event.payload).toEqual({ advisorId: advisor.accountId, reason: 'self' });
  });
});
