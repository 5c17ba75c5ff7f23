import { nextIntroductionVersion } from '@jisr/contracts';
import { applyIntroductionEvent, withdraw } from '../../../src/domain/introductions/introduction';
import type { IntroductionEvent } from '../../../src/domain/read-model/profile-records';
import { anIntroductionRecord } from '../../builders/introductions';
import { anEvent } from '@jisr/test-kit';

const ref = { introductionId: 'intro-1', startupId: 'startup-1', advisorId: 'advisor-1' };
const when = '2026-01-03T10:00:00.000Z';
const accepted = (version = 2): IntroductionEvent =>
  anEvent('introduction.accepted', ref, { version, occurredAt: when });

describe('applyIntroductionEvent', () => {
  test('when an open request is accepted, then it is accepted at the event time', () => {
    expect(applyIntroductionEvent(anIntroductionRecord(), accepted())).toMatchObject({
      state: 'accepted',
      acceptedAt: when,
      eventVersion: 2,
    });
  });

  test('when the advisor asks for information and then accepts, then both steps are recorded', () => {
    const asked = applyIntroductionEvent(
      anIntroductionRecord(),
      anEvent(
        'introduction.info-requested',
        { ...ref, question: 'Revenue?' },
        { version: 2, occurredAt: when },
      ),
    );

    const next = applyIntroductionEvent(asked!, accepted(3));

    expect(next).toMatchObject({ state: 'accepted', infoRequestedAt: when, acceptedAt: when });
  });

  test('when the startup answers the advisor’s question, then the request awaits the advisor again', () => {
    const asked = applyIntroductionEvent(
      anIntroductionRecord(),
      anEvent('introduction.info-requested', { ...ref, question: 'Revenue?' }, { version: 2 }),
    );

    const answered = applyIntroductionEvent(
      asked!,
      anEvent('introduction.info-provided', { ...ref, answeredAt: when }, { version: 3 }),
    );

    expect(answered).toMatchObject({
      state: 'requested',
      infoRequestedAt: expect.any(String),
      eventVersion: 3,
    });
  });

  test('when messaging expires a request, then matching keeps why', () => {
    const expired = applyIntroductionEvent(
      anIntroductionRecord(),
      anEvent(
        'introduction.expired',
        { ...ref, reason: 'info-not-provided' },
        { version: 2, occurredAt: when },
      ),
    );

    expect(expired).toMatchObject({ state: 'expired', closedAt: when, expiryReason: 'info-not-provided' });
  });

  test('when a declined request is then accepted (a race), then the acceptance is ignored', () => {
    const declined = applyIntroductionEvent(
      anIntroductionRecord(),
      anEvent('introduction.declined', { ...ref, reason: 'not-my-sector' }, { version: 2 }),
    );

    expect(declined).toMatchObject({ state: 'declined', declineReason: 'not-my-sector' });
    expect(applyIntroductionEvent(declined!, accepted(2))).toBeNull();
  });

  test('when an accepted introduction completes, then it is closed with the rating', () => {
    const completed = anEvent(
      'introduction.completed',
      { ...ref, by: 'startup', rating: 5 },
      { version: 3, occurredAt: when },
    );

    expect(
      applyIntroductionEvent(anIntroductionRecord({ state: 'accepted', acceptedAt: when }), completed),
    ).toMatchObject({
      state: 'completed',
      rating: 5,
      closedAt: when,
    });
  });

  test('when a later event does not apply to the state, then only the known version moves', () => {
    const expired = anEvent('introduction.expired', ref, { version: 4 });

    expect(applyIntroductionEvent(anIntroductionRecord({ state: 'withdrawn' }), expired)).toMatchObject({
      state: 'withdrawn',
      eventVersion: 4,
    });
  });
});

describe('withdraw', () => {
  test('when a request is withdrawn, then it closes and its next event version follows the last one seen', () => {
    const next = withdraw(
      anIntroductionRecord({ eventVersion: 2 }),
      'found a mentor elsewhere',
      new Date(when),
    );

    expect(next).toMatchObject({
      state: 'withdrawn',
      closedAt: when,
      withdrawReason: 'found a mentor elsewhere',
      eventVersion: 3,
    });
  });

  test('when a withdrawal races messaging’s first answer, then the two events cannot share a version', () => {
    const requested = anIntroductionRecord({ eventVersion: 1 });

    const withdrawn = withdraw(requested, 'changed our plans', new Date(when));
    const racingAnswer = nextIntroductionVersion(requested.eventVersion, 'messaging');

    expect([withdrawn.eventVersion, racingAnswer]).toEqual([3, 2]);
  });
});
