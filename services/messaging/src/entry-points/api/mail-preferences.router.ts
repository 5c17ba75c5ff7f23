import { defineRoute, problems, signedIn, type Route } from '@jisr/http-kit';
import {
  changeMailPreferences,
  mailPreferencesOf,
  unsubscribe,
} from '../../domain/mail/mail-preferences.use-case';
import type { ApiDeps } from './api-deps';
import {
  mailPreferencesBody,
  mailPreferencesSchema,
  unsubscribeBody,
  unsubscribedSchema,
  unsubscribeParams,
} from './mail-schemas';

const TAG = 'Notification emails';
const parties = ['startup', 'advisor'] as const;

/** Where mail clients post one-click unsubscribes; the only messaging path that takes a form body. */
export const UNSUBSCRIBE_PATHS = /^\/v1\/unsubscribe\//;

/** Each person's choice per kind of email, and the signed one-click way out of one kind. */
export const mailPreferenceRoutes = ({ ctx }: ApiDeps): Route[] => [
  defineRoute({
    method: 'get',
    path: '/v1/notification-preferences',
    tag: TAG,
    summary: 'How each kind of notification email reaches me',
    access: parties,
    responses: { 200: { description: 'My choices', schema: mailPreferencesSchema }, ...problems },
    handle: async ({ actor }) => ({
      status: 200,
      body: { choices: await mailPreferencesOf(ctx, signedIn(actor)) },
    }),
  }),
  defineRoute({
    method: 'put',
    path: '/v1/notification-preferences',
    tag: TAG,
    summary: 'Choose, per kind: immediately, a daily digest, or never',
    access: parties,
    body: mailPreferencesBody,
    responses: { 200: { description: 'My choices', schema: mailPreferencesSchema }, ...problems },
    handle: async ({ actor, body }) => ({
      status: 200,
      body: { choices: await changeMailPreferences(ctx, signedIn(actor), body.choices) },
    }),
  }),
  defineRoute({
    method: 'post',
    path: '/v1/unsubscribe/:token',
    tag: TAG,
    summary: 'One-click unsubscribe (RFC 8058): the signed link turns one kind off, no session needed',
    access: 'public',
    params: unsubscribeParams,
    body: unsubscribeBody,
    responses: {
      200: { description: 'That kind is now never sent', schema: unsubscribedSchema },
      400: problems[400],
      403: { description: 'The link is forged or altered' },
    },
    handle: async ({ params }) => ({ status: 200, body: await unsubscribe(ctx, params.token) }),
  }),
];
