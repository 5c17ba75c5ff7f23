import fc from 'fast-check';
import type { KnownEvent } from '@jisr/contracts';
import {
  applyAdvisorEvent,
  applyProgrammeEvent,
  applyStartupEvent,
} from '../../../src/domain/read-model/apply-profile-event';
import type {
  AdvisorEvent,
  AdvisorRecord,
  StartupEvent,
  StartupRecord,
} from '../../../src/domain/read-model/profile-records';
import { aProgramme, aStartupProfile, anAdvisorProfile, anEvent } from '@jisr/test-kit';

const foldStartup = (events: readonly StartupEvent[]): StartupRecord | null =>
  events.reduce<StartupRecord | null>((record, event) => applyStartupEvent(record, event) ?? record, null);

const foldAdvisor = (events: readonly AdvisorEvent[]): AdvisorRecord | null =>
  events.reduce<AdvisorRecord | null>((record, event) => applyAdvisorEvent(record, event) ?? record, null);

const at = (minute: number): string => new Date(Date.UTC(2026, 0, 1, 9, minute)).toISOString();

describe('applyStartupEvent', () => {
  test('when a verified profile arrives, then the record holds it as verified with its registration time', () => {
    const profile = aStartupProfile();

    const record = applyStartupEvent(null, anEvent('startup.upserted', profile, { occurredAt: at(0) }));

    expect(record).toMatchObject({
      id: profile.startupId,
      profile,
      verification: 'verified',
      registeredAt: at(0),
      verifiedAt: at(0),
    });
  });

  test('when an older version arrives after a newer one, then the profile stays the newer one', () => {
    const profile = aStartupProfile({ stage: 'idea' });
    const newer = applyStartupEvent(
      null,
      anEvent('startup.upserted', { ...profile, stage: 'growth' }, { version: 2, occurredAt: at(10) }),
    );

    const after = applyStartupEvent(
      newer,
      anEvent('startup.upserted', profile, { version: 1, occurredAt: at(0) }),
    );

    // The older event still tells when the startup registered; its profile fields lose.
    expect(after).toMatchObject({
      registeredAt: at(0),
      profile: { stage: 'growth' },
      versions: { profile: 2 },
    });
  });

  test('when the same event is applied twice, then the second application reports no change', () => {
    const event = anEvent('startup.upserted', aStartupProfile());

    const once = applyStartupEvent(null, event);

    expect(applyStartupEvent(once, event)).toBeNull();
  });

  test('when a startup is erased, then later upserts cannot bring its data back', () => {
    const profile = aStartupProfile();
    const erased = applyStartupEvent(
      applyStartupEvent(null, anEvent('startup.upserted', profile, { version: 1 })),
      anEvent('startup.erased', { startupId: profile.startupId }, { version: 2 }),
    );

    const after = applyStartupEvent(erased, anEvent('startup.upserted', profile, { version: 3 }));

    expect(after).toBeNull();
    expect(erased).toMatchObject({ erased: true, profile: null, registeredAt: null });
  });

  test('when the same events arrive in any order, then the record ends the same', () => {
    const profile = aStartupProfile({ verification: 'pending' });
    const id = { startupId: profile.startupId };
    const events: StartupEvent[] = [
      anEvent('startup.upserted', profile, { version: 1, occurredAt: at(0) }),
      anEvent('startup.verified', id, { version: 2, occurredAt: at(5) }),
      anEvent(
        'startup.upserted',
        { ...profile, stage: 'growth', verification: 'verified' },
        { version: 3, occurredAt: at(9) },
      ),
      anEvent('startup.rejected', { ...id, reason: 'documents expired' }, { version: 4, occurredAt: at(12) }),
      anEvent(
        'startup.upserted',
        { ...profile, teamSize: 9, verification: 'rejected' },
        { version: 5, occurredAt: at(20) },
      ),
      anEvent('startup.deactivated', id, { version: 6, occurredAt: at(30) }),
    ];
    const inOrder = foldStartup(events);

    fc.assert(
      fc.property(
        fc.shuffledSubarray(events, { minLength: events.length, maxLength: events.length }),
        (shuffled) => {
          expect(foldStartup(shuffled)).toEqual(inOrder);
        },
      ),
    );
    expect(inOrder).toMatchObject({ verification: 'rejected', deactivated: true, registeredAt: at(0) });
    expect(inOrder?.profile?.teamSize).toBe(9);
  });
});

describe('applyAdvisorEvent', () => {
  test('when paused and resumed events arrive in any order, then the newest pause state wins', () => {
    const profile = anAdvisorProfile();
    const id = { advisorId: profile.advisorId };
    const events: AdvisorEvent[] = [
      anEvent('advisor.upserted', profile, { version: 1 }),
      anEvent('advisor.paused', { ...id, reason: 'unresponsive' }, { version: 2 }),
      anEvent('advisor.resumed', id, { version: 3 }),
      anEvent('advisor.paused', { ...id, reason: 'council' }, { version: 4 }),
    ];

    fc.assert(
      fc.property(
        fc.shuffledSubarray(events, { minLength: events.length, maxLength: events.length }),
        (shuffled) => {
          expect(foldAdvisor(shuffled)).toMatchObject({
            paused: true,
            pauseReason: 'council',
            verification: 'verified',
          });
        },
      ),
    );
  });

  test('when an advisor is rejected after verification, then the record says rejected', () => {
    const profile = anAdvisorProfile();
    const events: AdvisorEvent[] = [
      anEvent('advisor.upserted', profile, { version: 1 }),
      anEvent(
        'advisor.rejected',
        { advisorId: profile.advisorId, reason: 'unknown organisation' },
        { version: 2 },
      ),
    ];

    expect(foldAdvisor(events)).toMatchObject({ verification: 'rejected', verifiedAt: null });
  });
});

describe('applyProgrammeEvent', () => {
  test('when weights change, then details stay and the weights are kept by their own version', () => {
    const programme = aProgramme();
    const weights = { sector: 0.5, stage: 0.1, language: 0.1, needs: 0.2, load: 0.1 };
    const details = applyProgrammeEvent(null, anEvent('programme.upserted', programme, { version: 2 }));

    const next = applyProgrammeEvent(
      details,
      anEvent('programme.weights-changed', { programmeId: programme.programmeId, weights }, { version: 1 }),
    );

    expect(next).toMatchObject({ details: programme, weights });
  });

  test('when an event is not newer than what the record holds, then nothing changes', () => {
    const programme = aProgramme();
    const event: KnownEvent = anEvent('programme.upserted', programme, { version: 3 });
    const record = applyProgrammeEvent(null, event);

    expect(applyProgrammeEvent(record, anEvent('programme.upserted', programme, { version: 2 }))).toBeNull();
  });
});
