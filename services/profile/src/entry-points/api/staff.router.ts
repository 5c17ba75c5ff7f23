import { defineRoute, problems, type Route, signedIn } from '@jisr/http-kit';
import { z } from 'zod';
import { organisationInputSchema, organisationViewSchema } from '../../domain/staff/organisation';
import { listOrganisations, saveOrganisation } from '../../domain/staff/organisation.use-case';
import {
  staffCreateBodySchema,
  staffRolesBodySchema,
  staffViewSchema,
} from '../../domain/staff/staff-member';
import { changeStaffRoles, createStaff, listStaff } from '../../domain/staff/staff.use-case';
import type { ApiDeps } from './api-deps';
import { accountIdParams } from './id-params';
import { slugSchema } from '../../domain/people/profile-fields';

const staff = { description: 'The member of staff', schema: staffViewSchema };
const organisation = { description: 'The organisation', schema: organisationViewSchema };
const unknown = { 422: { description: 'An unknown organisation or centre (REQUEST.UNKNOWN_REFERENCE)' } };
const NEXT_REFRESH =
  'Roles travel in the access token, so a change takes effect at the staff member’s next token refresh (within the access-token lifetime, 15 minutes by default).';

/** Partner organisations and their staff: admins only. Changes are published on `profile.staff.v1`. */
export const staffRoutes = (deps: ApiDeps): Route[] => [
  defineRoute({
    method: 'get',
    path: '/v1/organisations',
    tag: 'Staff',
    summary: 'List the partner organisations (admin)',
    access: ['admin'],
    responses: {
      200: {
        description: 'Every organisation',
        schema: z.object({ items: z.array(organisationViewSchema) }),
      },
      ...problems,
    },
    handle: async ({ actor }) => ({
      status: 200,
      body: { items: await listOrganisations(deps.context(), signedIn(actor)) },
    }),
  }),
  defineRoute({
    method: 'put',
    path: '/v1/organisations/:organisationId',
    tag: 'Staff',
    summary: 'Create or rename a partner organisation (admin)',
    access: ['admin'],
    params: z.object({ organisationId: slugSchema }).strict(),
    body: organisationInputSchema,
    responses: { 200: organisation, 201: organisation, ...problems },
    handle: async ({ actor, params, body, trace }) => {
      const saved = await saveOrganisation(
        deps.context(),
        signedIn(actor),
        params.organisationId,
        body,
        trace,
      );
      return { status: saved.created ? 201 : 200, body: saved.organisation };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/staff',
    tag: 'Staff',
    summary: 'List every member of staff of every organisation, with roles and centres (admin)',
    access: ['admin'],
    responses: {
      200: { description: 'Every member of staff', schema: z.object({ items: z.array(staffViewSchema) }) },
      ...problems,
    },
    handle: async ({ actor }) => ({
      status: 200,
      body: { items: await listStaff(deps.context(), signedIn(actor)) },
    }),
  }),
  defineRoute({
    method: 'post',
    path: '/v1/staff',
    tag: 'Staff',
    summary:
      'Create a staff account in any organisation, with roles and (for a centre-coordinator) centres (admin)',
    access: ['admin'],
    body: staffCreateBodySchema,
    responses: { 201: staff, ...problems, 409: { description: 'Email taken' }, ...unknown },
    handle: async ({ actor, body, trace }) => ({
      status: 201,
      body: await createStaff(deps.context(), signedIn(actor), body, trace),
    }),
  }),
  defineRoute({
    method: 'put',
    path: '/v1/staff/:accountId/roles',
    tag: 'Staff',
    summary: `Replace a staff member's roles and centres (admin). ${NEXT_REFRESH}`,
    access: ['admin'],
    params: accountIdParams,
    body: staffRolesBodySchema,
    responses: {
      200: staff,
      ...problems,
      409: { description: 'STAFF.LAST_ADMIN: the last admin cannot lose the role' },
      ...unknown,
    },
    handle: async ({ actor, params, body, trace }) => ({
      status: 200,
      body: await changeStaffRoles(deps.context(), signedIn(actor), params.accountId, body, trace),
    }),
  }),
];
