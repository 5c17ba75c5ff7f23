import {
  TOPICS,
  type AdvisorUpsertedPayload,
  type EventEnvelope,
  type StartupUpsertedPayload,
} from '@jisr/contracts';
import { aStartupProfile, anAdvisorProfile, anEvent, advisorUpserted, startupUpserted } from '@jisr/test-kit';
import { eventually, tokenFor, type Instance, type Reply, type World } from './matching-world';

export const council = (): string => tokenFor('council-1', 'council');

export interface Seeded {
  readonly startup: StartupUpsertedPayload;
  readonly startupToken: string;
  readonly event: EventEnvelope;
}

/** Publishes startup profiles as the profile service would, and waits until matching knows them. */
export const aStartupIn = async (
  world: World,
  matching: Instance,
  overrides: Partial<StartupUpsertedPayload> = {},
): Promise<Seeded> => {
  const startup = aStartupProfile(overrides);
  const startupToken = tokenFor(startup.startupId, 'startup');
  const event = startupUpserted(startup);
  await world.publish(TOPICS.startup, event);
  if (startup.verification === 'verified') {
    await eventually(async () => {
      const reply = await matching.call(
        'GET',
        `/v1/startups/${startup.startupId}/recommendations`,
        startupToken,
      );
      return reply.status === 200;
    }, `startup ${startup.startupId} in matching`);
  }
  return { startup, startupToken, event };
};

/** Publishes an advisor profile and waits until it is indexed (its own view answers). */
export const anAdvisorIn = async (
  world: World,
  matching: Instance,
  overrides: Partial<AdvisorUpsertedPayload> = {},
): Promise<{ advisor: AdvisorUpsertedPayload; advisorToken: string; event: EventEnvelope }> => {
  const advisor = anAdvisorProfile(overrides);
  const advisorToken = tokenFor(advisor.advisorId, 'advisor');
  const event = advisorUpserted(advisor);
  await world.publish(TOPICS.advisor, event);
  await eventually(async () => {
    const reply = await matching.call(
      'GET',
      `/v1/advisors/${advisor.advisorId}/recommended-startups`,
      advisorToken,
    );
    return reply.status === 200;
  }, `advisor ${advisor.advisorId} in matching`);
  return { advisor, advisorToken, event };
};

export const requestIntroduction = (matching: Instance, seeded: Seeded, advisorId: string): Promise<Reply> =>
  matching.call('POST', '/v1/introductions', seeded.startupToken, {
    advisorId,
    note: 'We make date syrup in Misrata and want to sell in Türkiye.',
  });

/** Messaging's answer to a request, as an event on `introduction.v1`. */
export const messagingAnswers = async (
  world: World,
  answer: 'introduction.accepted' | 'introduction.expired',
  intro: { introductionId: string; startupId: string; advisorId: string },
  version = 2,
) => {
  const event = anEvent(answer, intro, { version });
  await world.publish(TOPICS.introduction, event);
  return event;
};

/** Polls an endpoint until `check` holds; returns the reply. */
export const until = (
  probe: () => Promise<Reply>,
  check: (reply: Reply) => boolean,
  what: string,
): Promise<Reply> =>
  eventually(async () => {
    const reply = await probe();
    return check(reply) && reply;
  }, what);
