import { randomUUID } from 'node:crypto';
import { aWorld, anAcceptedIntroduction, startInstance, tokenFor, type Arrived } from './harness';
import type { Instance, Reply, World } from './harness';
import { aBookedMeeting, aBooking, SECOND_SLOT } from './meeting-steps';

const ARABIC = { 'accept-language': 'ar' };

/** What an outsider can observe of an answer: status, code, the (Arabic) detail and the media type. */
const seen = (reply: Reply): string =>
  JSON.stringify([reply.status, reply.body?.code, reply.body?.detail, reply.type]);

type Who = 'startup' | 'advisor';
type Kind = [kind: string, who: Who, method: 'GET' | 'POST', path: (id: string) => string, body?: object];

const intro =
  (path = '') =>
  (id: string) =>
    `/v1/introductions/${id}${path}`;
const thread =
  (path = '') =>
  (id: string) =>
    `/v1/threads/${id}${path}`;
const meeting =
  (path = '') =>
  (id: string) =>
    `/v1/meetings/${id}${path}`;

// Every route that names an introduction (and its thread) or a meeting, as the wrong party would call it.
const INTRODUCTION_KINDS: Kind[] = [
  ['an introduction', 'startup', 'GET', intro()],
  ['accepting an introduction', 'advisor', 'POST', intro('/accept'), {}],
  ['declining an introduction', 'advisor', 'POST', intro('/decline'), { reason: 'other' }],
  ['asking for information', 'advisor', 'POST', intro('/info-request'), { question: 'Why?' }],
  ['answering a question', 'startup', 'POST', intro('/info-response'), { answer: 'Because.' }],
  ['completing an introduction', 'startup', 'POST', intro('/complete'), { rating: 1 }],
  ["an introduction's free slots", 'startup', 'GET', intro('/slots')],
  ["an introduction's meetings", 'startup', 'GET', intro('/meetings')],
  ['booking a meeting', 'startup', 'POST', intro('/meetings'), aBooking(SECOND_SLOT)],
  ['a thread', 'advisor', 'GET', thread()],
  ["a thread's messages", 'advisor', 'GET', thread('/messages')],
  ['writing in a thread', 'startup', 'POST', thread('/messages'), { body: 'Hello' }],
  ['marking a thread read', 'startup', 'POST', thread('/read'), { upToSeq: 1 }],
];
const MEETING_KINDS: Kind[] = [
  ['a meeting', 'startup', 'GET', meeting()],
  ["a meeting's invitation", 'advisor', 'GET', meeting('/invite.ics')],
  [
    'rescheduling a meeting',
    'startup',
    'POST',
    meeting('/reschedule'),
    { startsAt: SECOND_SLOT, reason: 'x' },
  ],
  ['proposing other times', 'advisor', 'POST', meeting('/proposals'), { times: [SECOND_SLOT] }],
  ['cancelling a meeting', 'startup', 'POST', meeting('/cancel'), { reason: 'Travel' }],
  ['recording an outcome', 'advisor', 'POST', meeting('/outcome'), { outcome: 'held', note: 'Good' }],
];

describe("messaging API: another user's object answers as a missing one", () => {
  let world: World;
  let messaging: Instance;
  let owned: Arrived;
  let meetingId: string;
  const outsider = {
    startup: tokenFor('startup-outsider', 'startup'),
    advisor: tokenFor('advisor-outsider', 'advisor'),
  };

  beforeAll(async () => {
    world = await aWorld();
    messaging = await startInstance(world);
    owned = await anAcceptedIntroduction(world, messaging);
    meetingId = (await aBookedMeeting(messaging, owned)).body.id;
  });
  afterAll(async () => {
    await messaging.service.stop();
    await world.close();
  });

  const sameAsMissing = async ([, who, method, path, body]: Kind, existingId: string) => {
    const call = (id: string): Promise<Reply> =>
      messaging.call(method, path(id), outsider[who], body, ARABIC);

    const existing = await call(existingId);
    const random = await call(randomUUID());

    expect(existing.status).toBe(404);
    expect(seen(existing)).toBe(seen(random));
  };

  test.each(INTRODUCTION_KINDS)(
    'when an outsider asks for %s by an existing id and by a random id, then both answer the same 404',
    (...kind) => sameAsMissing(kind, owned.introductionId),
  );

  test.each(MEETING_KINDS)(
    'when an outsider asks for %s by an existing id and by a random id, then both answer the same 404',
    (...kind) => sameAsMissing(kind, meetingId),
  );

  test("when the council asks for a thread's messages, then its role is refused the same way for any id", async () => {
    const council = tokenFor('council-1', 'council', { staffRoles: ['programme-manager'] });
    const call = (id: string) => messaging.call('GET', thread('/messages')(id), council, undefined, ARABIC);

    const existing = await call(owned.introductionId);
    const random = await call(randomUUID());

    expect([existing.status, existing.body.code]).toEqual([403, 'THREAD.MESSAGES_PRIVATE']);
    expect(seen(existing)).toBe(seen(random));
  });

  test("when an outsider marks another user's notification read, then it is the same as an unknown id", async () => {
    const listed = await messaging.call('GET', '/v1/notifications', owned.advisor);
    const theirs: string = listed.body.items[0].id;
    const mark = (ids: string[]) =>
      messaging.call('POST', '/v1/notifications/read', outsider.advisor, { ids });

    const existing = await mark([theirs]);
    const random = await mark([randomUUID()]);
    const after = await messaging.call('GET', '/v1/notifications', owned.advisor);

    expect(existing.body).toEqual(random.body);
    expect(existing.body.marked).toBe(0);
    expect(after.body.items[0]).toEqual(listed.body.items[0]);
  });
});
