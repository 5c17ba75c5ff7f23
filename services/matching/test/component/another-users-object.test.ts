import { randomUUID } from 'node:crypto';
import { aWorld, tokenFor, type Instance, type Reply, type World } from './matching-world';
import { aStartupIn, anAdvisorIn, requestIntroduction } from './scenario';

const ARABIC = { 'accept-language': 'ar' };
const CENTRE = 'centre-misrata';

/** What an outsider can observe of a refusal: status, code, the (Arabic) detail and the media type. */
const seen = (reply: Reply): string =>
  JSON.stringify([reply.status, reply.body.code, reply.body.detail, reply.type]);

type Who = 'startup' | 'advisor' | 'coordinator';
type Kind = [kind: string, who: Who, method: 'GET' | 'POST', path: (id: string) => string];

// Each object kind matching serves: which account owns it, and how a request names it.
const KINDS: Kind[] = [
  ["a startup's recommendations", 'startup', 'GET', (id) => `/v1/startups/${id}/recommendations`],
  ["a startup's requests", 'startup', 'GET', (id) => `/v1/startups/${id}/introductions`],
  ["an advisor's recommended startups", 'advisor', 'GET', (id) => `/v1/advisors/${id}/recommended-startups`],
  ["an advisor's requests", 'advisor', 'GET', (id) => `/v1/advisors/${id}/introductions`],
  ['an introduction request', 'startup', 'GET', (id) => `/v1/introductions/${id}`],
  ['withdrawing a request', 'startup', 'POST', (id) => `/v1/introductions/${id}/withdraw`],
  ["a centre's impact report", 'coordinator', 'GET', (id) => `/v1/reports/centre/${id}`],
];

describe("matching API: another user's object answers as a missing one", () => {
  let world: World;
  let matching: Instance;
  const owner = {} as Record<Who, string>;
  const outsider = {} as Record<Who, string>;
  const idOf = new Map<string, string>();

  beforeAll(async () => {
    world = await aWorld();
    matching = await world.start();
    const startup = await aStartupIn(world, matching, { centreId: CENTRE });
    const advisor = await anAdvisorIn(world, matching);
    const { body } = await requestIntroduction(matching, startup, advisor.advisor.advisorId);
    const coordinatorOf = (centre: string) =>
      tokenFor(`coordinator-${centre}`, 'council', {
        staffRoles: ['centre-coordinator'],
        centreIds: [centre],
      });
    Object.assign(owner, { startup: startup.startupToken, advisor: advisor.advisorToken });
    Object.assign(owner, { coordinator: coordinatorOf(CENTRE) });
    Object.assign(outsider, {
      startup: (await aStartupIn(world, matching)).startupToken,
      advisor: (await anAdvisorIn(world, matching)).advisorToken,
      coordinator: coordinatorOf('centre-sabha'),
    });
    for (const [kind] of KINDS.slice(0, 2)) idOf.set(kind, startup.startup.startupId);
    for (const [kind] of KINDS.slice(2, 4)) idOf.set(kind, advisor.advisor.advisorId);
    for (const [kind] of KINDS.slice(4, 6)) idOf.set(kind, body.introductionId);
    idOf.set(KINDS[6]![0], CENTRE);
  });
  afterAll(() => world.close());

  test.each(KINDS.filter(([, , method]) => method === 'GET'))(
    'when the owner asks for %s, then it exists (200)',
    async (kind, who, method, path) => {
      expect((await matching.call(method, path(idOf.get(kind)!), owner[who])).status).toBe(200);
    },
  );

  test.each(KINDS)(
    'when an outsider asks for %s by an existing id and by a random id, then both answer the same 404',
    async (kind, who, method, path) => {
      const call = (id: string): Promise<Reply> =>
        matching.call(method, path(id), outsider[who], method === 'POST' ? {} : undefined, ARABIC);

      const existing = await call(idOf.get(kind)!);
      const random = await call(randomUUID());

      expect(existing.status).toBe(404);
      expect(seen(existing)).toBe(seen(random));
    },
  );
});
