import { ACCESS_ROLES, holderOf, type AccessRole } from '@jisr/auth';
import { documentedPaths, routesOf } from '@jisr/http-kit';
import { deniedProbes, probeRoutes } from '@jisr/test-kit';
import { tokenFor } from './harness';
import { aMessagingPerTest } from './per-test';

const tokenOf = (role: AccessRole): string => {
  const holder = holderOf(role);
  return tokenFor(`matrix-${role}`, holder.role, { staffRoles: holder.staffRoles });
};

describe('messaging route × role matrix', () => {
  const live = aMessagingPerTest();

  test('when any role not listed for a route calls it, then it answers 403 before parsing anything', async () => {
    const { body: document } = await live.messaging.call('GET', '/v1/openapi.json', null);
    const probes = deniedProbes(document, ACCESS_ROLES);

    const answers = await probeRoutes(live.messaging.url, probes, tokenOf);

    // The document is generated from the routes the service mounts, and lists every one of them.
    expect(documentedPaths(document)).toEqual(routesOf(live.messaging.service.app));
    expect(probes.map((probe) => `${probe.method} ${probe.path}`)).toContain('post /v1/inbox/pause');
    expect(answers.filter((answer) => answer.status !== 403 || answer.code !== 'AUTH.FORBIDDEN')).toEqual([]);
  });
});
