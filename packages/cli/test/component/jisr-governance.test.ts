import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_COUNCIL } from '../../src/seed/demo-logins';
import { aStartupProfile, json, password, signedUpWith, verify } from '../support/cli-people';
import { startCliWorld, type CliWorld } from '../support/cli-world';

let world: CliWorld;
beforeAll(async () => {
  world = await startCliWorld();
}, 60_000);
afterAll(async () => {
  await world?.stop();
});

/** An admin call over the API, as the web console makes it (the CLI has no organisation command). */
const asAdmin = async (method: string, path: string, body?: object) => {
  const login = await fetch(`${world.urls.profile}/v1/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: DEMO_COUNCIL.email, password: DEMO_COUNCIL.password }),
  });
  const { accessToken } = (await login.json()) as { accessToken: string };
  return fetch(`${world.urls.profile}${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
};

interface Staff {
  accountId: string;
  email: string;
  organisationId: string;
  staffRoles: string[];
}
interface AuditPage {
  items: { action: string; actor: { accountId: string }; target: { type: string; id: string } }[];
}

describe('jisr staff list | create | roles, jisr audit list | export | verify', () => {
  test('when an admin creates a verifier in another organisation and changes their roles, then the trail lists and exports the actions and its chain verifies', async () => {
    const organisation = `tlbc-${Date.now()}`;
    const saved = await asAdmin('PUT', `/v1/organisations/${organisation}`, {
      name: { ar: 'مجلس الأعمال', tr: 'İş Konseyi', en: 'Business Council' },
      kind: 'business-council',
    });
    expect(saved.status).toBe(201);
    const home = await world.newHome();
    const login = await world.jisr(
      ['login', '--email', DEMO_COUNCIL.email, '--password', DEMO_COUNCIL.password],
      { home },
    );
    expect(login.code).toBe(0);
    const email = `verifier-${Date.now()}@council.example.org`;

    const created = await world.jisr(
      [
        'staff',
        'create',
        '--email',
        email,
        '--password',
        password,
        '--organisation',
        organisation,
        '--roles',
        'verifier',
        '--json',
      ],
      { home },
    );
    const staff = json<Staff>(created);
    const listed = await world.jisr(['staff', 'list', '--json'], { home });
    const table = await world.jisr(['staff', 'list', '--lang', 'tr'], { home });
    const changed = await world.jisr(['staff', 'roles', staff.accountId, '--roles', 'verifier,observer'], {
      home,
    });
    const noRoles = await world.jisr(['staff', 'roles', staff.accountId], { home });
    const unknownOrg = await world.jisr(
      [
        'staff',
        'create',
        '--email',
        `x-${email}`,
        '--password',
        password,
        '--organisation',
        'no-such-org',
        '--roles',
        'observer',
      ],
      { home },
    );
    const out = join(await mkdtemp(join(tmpdir(), 'jisr-audit-')), 'audit.csv');
    const exported = await world.jisr(['audit', 'export', '--out', out, '--json'], { home });
    const trail = await world.jisr(['audit', 'list', '--json'], { home });
    const trailText = await world.jisr(['audit', 'list', '--lang', 'ar'], { home });
    const verified = await world.jisr(['audit', 'verify', '--json'], { home });
    const badFrom = await world.jisr(['audit', 'list', '--from', 'yesterday'], { home });
    // The council verifies a new startup, as the console's queue does.
    const startup = await signedUpWith(
      world,
      'startup',
      aStartupProfile(
        { latin: 'Misrata Olive Press', ar: 'معصرة زيتون مصراتة' },
        'Cold-pressed olive oil from Misrata groves, bottled for export.',
      ),
    );
    await verify(world, 'startups', startup.id);
    const approvals = ['audit', 'list', '--action', 'startup.verification-approve', '--limit', '3'];
    const approved = await world.jisr([...approvals, '--json'], { home });
    const approvedText = await world.jisr(approvals, { home });

    expect(created.code).toBe(0);
    expect(staff).toMatchObject({ email, organisationId: organisation, staffRoles: ['verifier'] });
    expect(json<{ items: Staff[] }>(listed).items).toContainEqual(
      expect.objectContaining({ accountId: staff.accountId, organisationId: organisation }),
    );
    expect(table.stdout).toContain('Roller');
    expect(table.stdout).toContain(staff.accountId);
    expect(changed).toMatchObject({ code: 0 });
    expect(changed.stdout).toContain(`Roles of ${staff.accountId} are now: verifier, observer.`);
    expect(noRoles.code).toBe(2);
    expect(unknownOrg.code).toBe(1);
    expect(unknownOrg.stderr).toContain('REQUEST.UNKNOWN_REFERENCE');
    const { items } = json<AuditPage>(trail);
    expect(items.map((record) => record.action)).toContain('audit.export');
    expect(trailText.stdout).toContain('الإجراء');
    expect(trailText.stdout).toContain('الشركة أو المستشار');
    const csv = await readFile(out, 'utf8');
    expect(json<{ file: string; rows: number }>(exported)).toMatchObject({ file: out });
    expect(csv).toContain('sequence,at,service,actor');
    expect(json<{ intact: boolean }>(verified)).toMatchObject({ intact: true });
    expect(verified.code).toBe(0);
    expect(badFrom.code).toBe(2);
    expect(json<{ names: Record<string, string> }>(approved).names).toMatchObject({
      [startup.id]: 'Misrata Olive Press',
    });
    expect(approvedText.stdout).toContain('Misrata Olive Press');
  }, 60_000);
});
