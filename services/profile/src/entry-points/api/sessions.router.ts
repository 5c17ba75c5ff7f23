import { defineRoute, noContent, problems, type Route, signedIn } from '@jisr/http-kit';
import { z } from 'zod';
import { loginBodySchema, refreshBodySchema } from '../../domain/accounts/account';
import { login, logout, refresh } from '../../domain/accounts/sessions.use-case';
import { tokenPairSchema } from '../../domain/accounts/token-pair';
import { publicSigningKeys, rotateSigningKey } from '../../domain/keys/signing-key.use-case';
import type { ApiDeps } from './api-deps';
import { loginThrottle } from './login-throttle';

const jwksSchema = z.object({
  keys: z.array(
    z.object({
      kty: z.literal('RSA'),
      n: z.string(),
      e: z.string(),
      kid: z.string(),
      alg: z.string(),
      use: z.string(),
    }),
  ),
});

// Tokens must never be cached by a proxy or the browser.
const NO_STORE = { 'cache-control': 'no-store' };

export const sessionRoutes = (deps: ApiDeps): Route[] => [
  defineRoute({
    method: 'post',
    path: '/v1/sessions',
    tag: 'Sessions',
    summary: 'Log in with email and password; rate-limited per account and per IP',
    access: 'public',
    body: loginBodySchema,
    before: loginThrottle(deps),
    responses: {
      200: { description: 'Access and refresh token', schema: tokenPairSchema },
      400: problems[400],
      401: { description: 'Wrong email or password (one answer for both)' },
      403: { description: 'The council deactivated this account' },
      429: { description: 'Too many attempts; see Retry-After' },
      503: { description: 'Password checking is saturated; see Retry-After' },
    },
    handle: async ({ body }) => ({ status: 200, body: await login(deps.context(), body), headers: NO_STORE }),
  }),
  defineRoute({
    method: 'post',
    path: '/v1/sessions/refresh',
    tag: 'Sessions',
    summary: 'Spend a refresh token for a new pair; a reused token revokes its whole family',
    access: 'public',
    body: refreshBodySchema,
    responses: {
      200: { description: 'A new pair', schema: tokenPairSchema },
      400: problems[400],
      401: { description: 'Invalid or reused' },
    },
    handle: async ({ body }) => ({
      status: 200,
      body: await refresh(deps.context(), body.refreshToken),
      headers: NO_STORE,
    }),
  }),
  defineRoute({
    method: 'post',
    path: '/v1/sessions/logout',
    tag: 'Sessions',
    summary: 'End the session the refresh token belongs to',
    access: 'public',
    body: refreshBodySchema,
    responses: { 204: { description: 'Logged out' }, 400: problems[400] },
    handle: async ({ body }) => {
      await logout(deps.context(), body.refreshToken);
      return noContent;
    },
  }),
  defineRoute({
    method: 'get',
    path: '/.well-known/jwks.json',
    tag: 'Sessions',
    summary:
      'Public keys that verify access tokens (RS256), including retired keys until their tokens expire',
    access: 'public',
    responses: { 200: { description: 'JSON Web Key Set', schema: jwksSchema } },
    handle: async () => ({
      status: 200,
      body: { keys: await publicSigningKeys(deps.context()) },
      // Short, so verifiers see a rotation soon; they also refetch on an unknown kid.
      headers: { 'cache-control': 'public, max-age=60' },
    }),
  }),
  defineRoute({
    method: 'post',
    path: '/v1/signing-keys/rotation',
    tag: 'Sessions',
    summary: 'Start signing with a new key (council); old keys stay published until their tokens expire',
    access: ['admin'],
    responses: {
      201: { description: 'Rotated', schema: z.object({ kid: z.string(), retired: z.array(z.string()) }) },
      403: problems[403],
    },
    handle: async ({ actor }) => ({
      status: 201,
      body: await rotateSigningKey(deps.context(), signedIn(actor)),
    }),
  }),
];
