import { ACCESS_ROLES, holderOf, type AccessRole } from '@jisr/auth';
import { documentedPaths, routesOf } from '@jisr/http-kit';
import { deniedProbes, probeRoutes } from '@jisr/test-kit';
import { aWorld, tokenFor, type Instance, type World } from './matching-world';

const tokenOf = (role: AccessRole): string => {
  const holder = holderOf(role);
  return tokenFor(`matrix-${role}`, holder.role, { staffRoles: holder.staffRoles });
};

describe('matching route × role matrix', () => {
  let world: World;
  let matching: Instance;

  beforeAll(async () => {
    world = await aWorld();
    matching = await world.start();
  });
  afterAll(() => world.close());

  test('when any role not listed for a route calls it, then it answers 403 before parsing anything', async () => {
    const { body: document } = await matching.call('GET', '/v1/openapi.json', null);
    const probes = deniedProbes(document, ACCESS_ROLES);

    const answers = await probeRoutes(matching.url, probes, tokenOf);

    // The document is generated from the routes the service mounts, and lists every one of them.
    expect(documentedPaths(document)).toEqual(routesOf(matching.service.app));
    expect(probes.map((probe) => `${probe.method} ${probe.path}`)).toContain('post /v1/cohort-rounds');
    expect(answers.filter((answer) => answer.status !== 403 || answer.code !== 'AUTH.FORBIDDEN')).toEqual([]);
  });
});
