import { chooseLocale, defineRoute, noContent, problems, signedIn, type Route } from '@jisr/http-kit';
import { z } from 'zod';
import {
  emailChangeBodySchema,
  emailTokenBodySchema,
  passwordChangeBodySchema,
  passwordResetBodySchema,
  passwordResetRequestSchema,
  registrationReceiptSchema,
} from '../../domain/accounts/account';
import { requestEmailChange } from '../../domain/accounts/email-change.use-case';
import { confirmEmailByCouncil, verifyEmail } from '../../domain/accounts/email-verification.use-case';
import {
  changePassword,
  requestPasswordReset,
  resetPassword,
} from '../../domain/accounts/password-reset.use-case';
import { reactivateAccount } from '../../domain/accounts/privacy.use-case';
import type { ApiDeps } from './api-deps';
import { accountIdParams } from './id-params';
import { registrationThrottle } from './login-throttle';

const invalidLink = {
  description: 'ACCOUNT.INVALID_EMAIL_TOKEN: unknown, used, expired or for another purpose',
};

/** Emailed links and the account's own settings: verify, reset, change password or address, reactivate. */
export const accountLifecycleRoutes = (deps: ApiDeps): Route[] => [
  defineRoute({
    method: 'post',
    path: '/v1/email-verifications',
    tag: 'Accounts',
    summary: 'Open an emailed verification link: verifies the address, or moves the account to a new one',
    access: 'public',
    body: emailTokenBodySchema,
    responses: {
      200: {
        description: 'Verified; tokens issued from now on say so',
        schema: z.object({ email: z.string(), purpose: z.enum(['verify-email', 'change-email']) }),
      },
      400: invalidLink,
      409: { description: 'The new address was taken meanwhile' },
    },
    handle: async ({ body }) => ({ status: 200, body: await verifyEmail(deps.context(), body.token) }),
  }),
  defineRoute({
    method: 'post',
    path: '/v1/password-resets',
    tag: 'Accounts',
    summary: 'Email a password reset link; the same answer whether or not the address has an account',
    access: 'public',
    body: passwordResetRequestSchema,
    before: registrationThrottle(deps),
    responses: {
      202: { description: 'Received: check your inbox', schema: registrationReceiptSchema },
      400: problems[400],
      429: { description: 'Too many requests; see Retry-After' },
    },
    handle: async ({ body, req }) => {
      await requestPasswordReset(deps.context(), body.email, chooseLocale(req));
      return { status: 202, body: { email: body.email, status: 'received' } };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/password-resets/confirm',
    tag: 'Accounts',
    summary: 'Set a new password with an emailed reset link; every session is signed out',
    access: 'public',
    body: passwordResetBodySchema,
    responses: { 204: { description: 'Password set; log in again' }, 400: invalidLink },
    handle: async ({ body }) => {
      await resetPassword(deps.context(), body.token, body.password);
      return noContent;
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/me/password',
    tag: 'Accounts',
    summary: 'Change your password (the current one is required); your other sessions are signed out',
    access: 'signed-in',
    body: passwordChangeBodySchema,
    responses: {
      204: { description: 'Changed' },
      400: { description: 'ACCOUNT.WRONG_PASSWORD or a weak new one' },
      401: problems[401],
    },
    handle: async ({ actor, body }) => {
      await changePassword(deps.context(), signedIn(actor), body);
      return noContent;
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/me/email',
    tag: 'Accounts',
    summary: 'Move your account to another address: a link goes to the new one, a notice to the old one',
    access: 'signed-in',
    body: emailChangeBodySchema,
    responses: {
      202: { description: 'Received: confirm from the new inbox', schema: registrationReceiptSchema },
      400: { description: 'ACCOUNT.WRONG_PASSWORD or an invalid address' },
      401: problems[401],
    },
    handle: async ({ actor, body, req }) => ({
      status: 202,
      body: await requestEmailChange(deps.context(), signedIn(actor), body, chooseLocale(req)),
    }),
  }),
  defineRoute({
    method: 'post',
    path: '/v1/accounts/:accountId/email-verification',
    tag: 'Council',
    summary: 'Confirm an account’s address as checked by staff (council), e.g. at intake or for demo data',
    access: ['admin'],
    params: accountIdParams,
    responses: { 204: { description: 'Verified' }, 403: problems[403], 404: problems[404] },
    handle: async ({ actor, params }) => {
      await confirmEmailByCouncil(deps.context(), signedIn(actor), params.accountId);
      return noContent;
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/accounts/:accountId/reactivation',
    tag: 'Council',
    summary: 'Reactivate a deactivated account (council): login works again',
    access: ['admin'],
    params: accountIdParams,
    responses: {
      204: { description: 'Active' },
      403: problems[403],
      404: problems[404],
      409: { description: 'ACCOUNT.ERASED' },
    },
    handle: async ({ actor, params }) => {
      await reactivateAccount(deps.context(), signedIn(actor), params.accountId);
      return noContent;
    },
  }),
];
