import { DEMO_COUNCIL } from '../../src/seed/demo-logins';
import { json, password, signedUpWith } from '../support/cli-people';
import { startCliWorld, type CliWorld } from '../support/cli-world';

let world: CliWorld;
beforeAll(async () => {
  world = await startCliWorld();
}, 60_000);
afterAll(async () => {
  await world?.stop();
});

const advisorProfile = {
  displayName: 'Murat Aydın',
  organisation: 'Anadolu Yatırım',
  roles: ['mentor'],
  sectors: ['10'],
  stages: ['growth'],
  languages: [{ code: 'tr', proficiency: 'native' }],
  offers: ['mentoring'],
  capacity: 2,
  timeZone: 'Europe/Istanbul',
};

/** A staff call over the API, as the web console makes it. */
const asStaff = async (token: string, method: string, path: string, body?: object) =>
  fetch(`${world.urls.profile}${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
const tokenOf = async (email: string, secret: string): Promise<string> => {
  const login = await fetch(`${world.urls.profile}/v1/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: secret }),
  });
  return ((await login.json()) as { accessToken: string }).accessToken;
};

describe('jisr approvals list | approve | reject', () => {
  test('when an admin asked to deactivate an advisor, then a second admin lists and approves it from the CLI; the requester cannot', async () => {
    const advisor = await signedUpWith(world, 'advisor', advisorProfile);
    const requester = await tokenOf(DEMO_COUNCIL.email, DEMO_COUNCIL.password);
    const second = { email: `second-admin-${Date.now()}@sesric.example.org`, password };
    expect((await asStaff(requester, 'POST', '/v1/council/accounts', second)).status).toBe(201);
    const asked = await asStaff(requester, 'POST', `/v1/accounts/${advisor.id}/deactivation`);
    const { approvalId } = (await asked.json()) as { approvalId: string };
    const requesterHome = await world.newHome();
    const secondHome = await world.newHome();
    await world.jisr(['login', '--email', DEMO_COUNCIL.email, '--password', DEMO_COUNCIL.password], {
      home: requesterHome,
    });
    await world.jisr(['login', '--email', second.email, '--password', second.password], { home: secondHome });

    const own = await world.jisr(['approvals', 'approve', approvalId], { home: requesterHome });
    const listed = await world.jisr(['approvals', 'list', '--json'], { home: secondHome });
    const approved = await world.jisr(['approvals', 'approve', approvalId], { home: secondHome });
    const again = await world.jisr(['approvals', 'approve', approvalId, '--json'], { home: secondHome });
    const noReason = await world.jisr(['approvals', 'reject', approvalId], { home: secondHome });

    expect(asked.status).toBe(202);
    expect(own.code).toBe(1);
    expect(own.stderr).toContain('APPROVAL.OWN_REQUEST');
    expect(json<{ items: { approvalId: string; service: string }[] }>(listed).items).toContainEqual(
      expect.objectContaining({ approvalId, service: 'profile' }),
    );
    expect(approved).toMatchObject({ code: 0, stdout: `Approved ${approvalId}: the action ran.\n` });
    expect(json<{ state: string }>(again).state).toBe('approved');
    expect(noReason.code).toBe(2);
    const stored = await asStaff(requester, 'GET', `/v1/advisors/${advisor.id}`);
    expect(((await stored.json()) as { deactivated: boolean }).deactivated).toBe(true);
  });
});
