import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { waitFor } from '@jisr/test-kit';
import { DEMO_COUNCIL } from '../../src/seed/demo-logins';
import type { CliRun, CliWorld } from './cli-world';

export const password = 'Tamarisk-olive-7391-harbour';
export const json = <T>(run: CliRun): T => JSON.parse(run.stdout) as T;

export const until = <T>(probe: () => Promise<T | undefined>, what: string): Promise<T> =>
  waitFor(probe, { timeoutMs: 20_000, intervalMs: 100, what });

/** Signs up through the CLI, then saves the profile from a JSON file; returns its JISR_HOME and id. */
export const signedUpWith = async (world: CliWorld, role: 'startup' | 'advisor', profile: object) => {
  const home = await world.newHome();
  const email = `${role}-${randomUUID().slice(0, 8)}@example.ly`;
  const signup = await world.jisr(['signup', '--email', email, '--role', role, '--password', password], {
    home,
  });
  expect(signup).toMatchObject({ code: 0, stderr: '' });
  expect(signup.stdout).toContain(`Account created for ${email} (${role}) and logged in.`);
  // The address must be verified before introductions; staff confirm it, and a new login carries the claim.
  const signedUpId = json<{ accountId: string }>(await world.jisr(['whoami', '--json'], { home })).accountId;
  await councilCall(world, `/v1/accounts/${signedUpId}/email-verification`, undefined, 204);
  expect(await world.jisr(['login', '--email', email, '--password', password], { home })).toMatchObject({
    code: 0,
  });
  const file = join(home, '..', `${role}-${randomUUID()}.json`);
  await writeFile(file, JSON.stringify(profile));
  const saved = await world.jisr(['profile', '--file', file], { home });
  expect(saved).toMatchObject({ code: 0, stderr: '' });
  const id = json<{ accountId: string }>(await world.jisr(['whoami', '--json'], { home })).accountId;
  return { home, id };
};

/** A council call over the API (staff tasks are web-app tasks, not CLI ones). */
const councilCall = async (world: CliWorld, path: string, body: object | undefined, status: number) => {
  const login = await fetch(`${world.urls.profile}/v1/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: DEMO_COUNCIL.email, password: DEMO_COUNCIL.password }),
  });
  const { accessToken } = (await login.json()) as { accessToken: string };
  const reply = await fetch(`${world.urls.profile}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  expect(reply.status).toBe(status);
};

/** The council verifies a profile over the API (verification is a web-app task, not a CLI one). */
export const verify = (world: CliWorld, kind: 'startups' | 'advisors', id: string) =>
  councilCall(world, `/v1/${kind}/${id}/verification`, { decision: 'verified' }, 200);

/** A startup profile as the CLI saves it from a file: a Tripoli-time food business looking for mentoring. */
export const aStartupProfile = (name: { latin: string; ar: string }, description: string) => ({
  name,
  description,
  sector: '10',
  stage: 'prototype',
  city: 'tripoli',
  languages: [{ code: 'ar', proficiency: 'native' }],
  needs: [{ kind: 'mentoring' }],
  teamSize: 3,
  foundedYear: 2023,
  timeZone: 'Africa/Tripoli',
});
