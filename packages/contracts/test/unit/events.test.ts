import {
  EVENT_TYPES,
  TOPICS,
  makeEvent,
  nextIntroductionVersion,
  knownEventOrNull,
  parseEvent,
  topicOf,
  type EventType,
  type KnownEvent,
} from '@jisr/contracts';
import { ZodError } from 'zod';
import { SAMPLE_PAYLOADS } from './event-samples';

const aValidEvent = () =>
  makeEvent('startup.verified', {
    aggregateId: 'acc-startup-1',
    version: 2,
    payload: { startupId: 'acc-startup-1' },
    occurredAt: new Date('2025-03-01T10:00:00.000Z'),
  });

const overTheWire = (event: unknown): unknown => JSON.parse(JSON.stringify(event));

describe('makeEvent / parseEvent', () => {
  test.each(EVENT_TYPES.map((type) => [type]))(
    'when a %s event is made and sent over the wire, then parseEvent returns the same typed event',
    (type: EventType) => {
      const made = makeEvent(type, {
        aggregateId: 'agg-1',
        version: 3,
        payload: SAMPLE_PAYLOADS[type],
        correlationId: 'req-42',
        occurredAt: '2025-03-01T10:00:00.000Z',
      });

      const parsed = parseEvent(overTheWire(made));

      expect(parsed).toEqual({
        id: made.id,
        type,
        occurredAt: '2025-03-01T10:00:00.000Z',
        aggregateId: 'agg-1',
        version: 3,
        correlationId: 'req-42',
        payload: SAMPLE_PAYLOADS[type],
      });
    },
  );

  test('when no id or time is given, then a fresh UUID and the current time are used', () => {
    const before = Date.now();

    const first = aValidEvent();
    const second = makeEvent('advisor.resumed', {
      aggregateId: 'a',
      version: 1,
      payload: { advisorId: 'a' },
    });

    expect(first.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(second.id).not.toBe(first.id);
    expect(Date.parse(second.occurredAt)).toBeGreaterThanOrEqual(before);
    expect(second).not.toHaveProperty('correlationId');
  });

  test('when a parsed event is switched on by type, then its payload is typed for that type', () => {
    const event: KnownEvent = parseEvent(
      overTheWire(
        makeEvent('advisor.paused', {
          aggregateId: 'acc-advisor-1',
          version: 5,
          payload: { advisorId: 'acc-advisor-1', reason: 'unresponsive' },
        }),
      ),
    );

    const reason = event.type === 'advisor.paused' ? event.payload.reason : undefined;

    expect(reason).toBe('unresponsive');
  });

  test('when the type is unknown, then parseEvent throws a ZodError on `type`', () => {
    const error = catchError(() => parseEvent({ ...aValidEvent(), type: 'startup.exploded' }));

    expect(error).toBeInstanceOf(ZodError);
    expect((error as ZodError).issues[0]?.path).toEqual(['type']);
  });

  test('when a consumer meets a type newer than this build, then knownEventOrNull passes it over as null', () => {
    expect(knownEventOrNull({ ...aValidEvent(), type: 'startup.exploded' })).toBeNull();
  });

  test('when a known type breaks its schema or the type is missing, then knownEventOrNull throws for the dead-letter path', () => {
    const broken = { ...aValidEvent(), type: 'advisor.paused', payload: { advisorId: 'a', reason: 'bored' } };
    const { type: _type, ...untyped } = aValidEvent();

    expect([catchError(() => knownEventOrNull(broken)), catchError(() => knownEventOrNull(untyped))]).toEqual(
      [expect.any(ZodError), expect.any(ZodError)],
    );
    expect(knownEventOrNull(aValidEvent())?.type).toBe(aValidEvent().type);
  });

  test('when the payload breaks its schema, then parseEvent throws a ZodError under `payload`', () => {
    const event = { ...aValidEvent(), type: 'advisor.paused', payload: { advisorId: 'a', reason: 'bored' } };

    const error = catchError(() => parseEvent(event));

    expect(error).toBeInstanceOf(ZodError);
    expect((error as ZodError).issues[0]?.path).toEqual(['payload', 'reason']);
  });

  test('when the payload or envelope has extra keys, then parseEvent rejects them', () => {
    const valid = aValidEvent();

    expect(() => parseEvent({ ...valid, payload: { ...valid.payload, email: 'a@b.ly' } })).toThrow(ZodError);
    expect(() => parseEvent({ ...valid, secret: true })).toThrow(ZodError);
  });

  test('when envelope fields are missing or wrong, then parseEvent rejects the event', () => {
    const { id: _id, ...withoutId } = aValidEvent();

    expect(() => parseEvent(withoutId)).toThrow(ZodError);
    expect(() => parseEvent({ ...aValidEvent(), version: 0 })).toThrow(ZodError);
    expect(() => parseEvent({ ...aValidEvent(), occurredAt: 'yesterday' })).toThrow(ZodError);
    expect(() => parseEvent('not an event')).toThrow(ZodError);
  });

  test('when makeEvent gets an invalid payload, then it throws instead of publishing garbage', () => {
    const invalid = { ...SAMPLE_PAYLOADS['introduction.completed'], rating: 6 };

    expect(() =>
      makeEvent('introduction.completed', { aggregateId: 'i', version: 1, payload: invalid }),
    ).toThrow(ZodError);
  });

  test('when a requested event explains the shared-centre bonus, then its place line travels intact', () => {
    const place = {
      criterion: 'place',
      score: 100,
      text: {
        en: 'Both belong to the same business development centre.',
        ar: 'تنتميان كلاكما إلى مركز تطوير الأعمال نفسه.',
        tr: 'İkiniz de aynı iş geliştirme merkezine bağlısınız.',
      },
    } as const;
    const base = SAMPLE_PAYLOADS['introduction.requested'];
    const payload = { ...base, explanation: [...base.explanation, place] };

    const made = makeEvent('introduction.requested', { aggregateId: 'intro-1', version: 1, payload });
    const parsed = parseEvent(overTheWire(made));

    expect(parsed.type === 'introduction.requested' && parsed.payload.explanation).toContainEqual(place);
    expect(() =>
      parseEvent({ ...made, payload: { ...payload, explanation: [{ ...place, criterion: 'vibe' }] } }),
    ).toThrow(ZodError);
    expect(() =>
      parseEvent({ ...made, payload: { ...payload, explanation: [{ ...place, bonus: true }] } }),
    ).toThrow(ZodError);
  });

  test('when event types are mapped to topics, then each family lands on its own topic', () => {
    expect(topicOf('startup.upserted')).toBe(TOPICS.startup);
    expect(topicOf('advisor.paused')).toBe(TOPICS.advisor);
    expect(topicOf('advisor.unresponsive')).toBe(TOPICS.advisorActivity);
    expect(topicOf('programme.weights-changed')).toBe(TOPICS.programme);
    expect(topicOf('introduction.info-requested')).toBe(TOPICS.introduction);
    expect(topicOf('meeting.no-show')).toBe(TOPICS.meeting);
    expect(topicOf('progress.attended')).toBe('programme.progress.v1');
    expect(topicOf('staff.roles-changed')).toBe('profile.staff.v1');
    expect(topicOf('organisation.saved')).toBe('profile.staff.v1');
  });
});

function catchError(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected the action to throw');
}

describe('introduction versions', () => {
  test('when matching and messaging both publish after the same version, then their numbers never collide', () => {
    for (let seen = 1; seen <= 6; seen++) {
      const byMatching = nextIntroductionVersion(seen, 'matching');
      const byMessaging = nextIntroductionVersion(seen, 'messaging');
      expect(byMatching).not.toBe(byMessaging);
      expect(Math.min(byMatching, byMessaging)).toBe(seen + 1);
      expect([byMatching % 2, byMessaging % 2]).toEqual([1, 0]);
    }
  });

  test('when a producer publishes twice in a row, then its versions rise in its own lane', () => {
    expect(nextIntroductionVersion(2, 'messaging')).toBe(4);
    expect(nextIntroductionVersion(3, 'matching')).toBe(5);
    expect(nextIntroductionVersion(0, 'matching')).toBe(1);
  });
});

describe('programme progress events', () => {
  const outcome = SAMPLE_PAYLOADS['progress.outcome-reported'];
  const made = (payload: unknown) => () =>
    makeEvent('progress.outcome-reported', {
      aggregateId: 's',
      version: 1,
      payload: payload as typeof outcome,
    });

  test('when an outcome names a quarter, a revenue band and an investment source outside the lists, then it is refused', () => {
    expect(made({ ...outcome, quarter: '2026-Q5' })).toThrow(ZodError);
    expect(made({ ...outcome, revenueBand: 'lots' })).toThrow(ZodError);
    expect(made({ ...outcome, investmentRaised: { amountUsd: 1, source: 'uncle' } })).toThrow(ZodError);
    expect(made(outcome)().payload.investmentRaised.source).toBe('turkish-investor-via-jisr');
  });

  test('when a milestone event carries evidence text, then it is refused (events hold ids only)', () => {
    const reached = { ...SAMPLE_PAYLOADS['progress.milestone-reached'], evidence: 'Our plan: https://x.ly' };

    expect(() =>
      makeEvent('progress.milestone-reached', { aggregateId: 's', version: 1, payload: reached }),
    ).toThrow(ZodError);
  });
});
