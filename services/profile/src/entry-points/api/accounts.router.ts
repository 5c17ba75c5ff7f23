import { chooseLocale, defineRoute, noContent, problems, type Route, signedIn } from '@jisr/http-kit';
import {
  accountViewSchema,
  councilAccountBodySchema,
  registerBodySchema,
  registrationReceiptSchema,
} from '../../domain/accounts/account';
import { createCouncilAccount, registerAccount } from '../../domain/accounts/register-account.use-case';
import { dataExportSchema, exportAccountData, getOwnAccount } from '../../domain/accounts/privacy.use-case';
import { deactivateOrAsk, eraseOrAsk } from '../../domain/approvals/approvals.use-case';
import { approvalSchema } from '@jisr/approvals';
import type { ApiDeps } from './api-deps';
import { accountIdParams } from './id-params';
import { registrationThrottle } from './login-throttle';

export const accountRoutes = (deps: ApiDeps): Route[] => [
  defineRoute({
    method: 'post',
    path: '/v1/accounts',
    tag: 'Accounts',
    summary:
      'Register a startup or advisor account; the same answer whether or not the email already has one',
    access: 'public',
    body: registerBodySchema,
    before: registrationThrottle(deps),
    responses: {
      202: {
        description: 'Received: check your inbox (a verification link, or a notice to an existing owner)',
        schema: registrationReceiptSchema,
      },
      400: { description: 'Invalid, or ACCOUNT.WEAK_PASSWORD with the reasons in errors[]' },
      429: { description: 'Too many registrations from this IP or for this email; see Retry-After' },
      503: { description: 'Password hashing is saturated; see Retry-After' },
    },
    handle: async ({ body, req }) => ({
      status: 202,
      body: await registerAccount(deps.context(), body, chooseLocale(req)),
    }),
  }),
  defineRoute({
    method: 'post',
    path: '/v1/council/accounts',
    tag: 'Accounts',
    summary: 'Create a council account (council only)',
    access: ['admin'],
    body: councilAccountBodySchema,
    responses: {
      201: { description: 'Created', schema: accountViewSchema },
      400: problems[400],
      403: problems[403],
      409: { description: 'Email taken' },
    },
    handle: async ({ body }) => ({ status: 201, body: await createCouncilAccount(deps.context(), body) }),
  }),
  defineRoute({
    method: 'get',
    path: '/v1/me',
    tag: 'Accounts',
    summary: 'The signed-in account',
    access: 'signed-in',
    responses: { 200: { description: 'The account', schema: accountViewSchema }, 401: problems[401] },
    handle: async ({ actor }) => ({
      status: 200,
      body: await getOwnAccount(deps.context(), signedIn(actor)),
    }),
  }),
  defineRoute({
    method: 'get',
    path: '/v1/accounts/:accountId/export',
    tag: 'Privacy',
    summary: 'Export everything profile holds about you (owner only)',
    access: 'signed-in',
    params: accountIdParams,
    responses: {
      200: { description: 'The export', schema: dataExportSchema },
      403: problems[403],
      404: problems[404],
    },
    handle: async ({ actor, params }) => ({
      status: 200,
      body: await exportAccountData(deps.context(), signedIn(actor), params.accountId),
      headers: { 'content-disposition': 'attachment; filename="jisr-profile-export.json"' },
    }),
  }),
  defineRoute({
    method: 'delete',
    path: '/v1/accounts/:accountId',
    tag: 'Privacy',
    summary:
      'Erase an account and its profile: the owner at once; staff ask a second admin (four-eyes); publishes *.erased',
    access: 'signed-in',
    params: accountIdParams,
    responses: {
      202: { description: 'Staff asked: the approval waiting for a second admin', schema: approvalSchema },
      204: { description: 'Erased' },
      403: problems[403],
      404: problems[404],
    },
    handle: async ({ actor, params, trace }) => {
      const approval = await eraseOrAsk(deps.context(), signedIn(actor), params.accountId, trace);
      return approval === null ? noContent : { status: 202, body: approval };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/accounts/:accountId/deactivation',
    tag: 'Council',
    summary:
      'Deactivate an account (admin): no login, sessions revoked, *.deactivated published; an advisor needs a second admin (four-eyes)',
    access: ['admin'],
    params: accountIdParams,
    responses: {
      202: { description: 'An advisor: the approval waiting for a second admin', schema: approvalSchema },
      204: { description: 'Deactivated' },
      403: problems[403],
      404: problems[404],
    },
    handle: async ({ actor, params, trace }) => {
      const approval = await deactivateOrAsk(deps.context(), signedIn(actor), params.accountId, trace);
      return approval === null ? noContent : { status: 202, body: approval };
    },
  }),
];
