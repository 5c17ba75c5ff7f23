import { defineRoute, problems, type Route, signedIn } from '@jisr/http-kit';
import { z } from 'zod';
import { ID_PATTERN } from '../../domain/ids';
import { slugSchema } from '../../domain/people/profile-fields';
import { certificateViewSchema } from '../../domain/training/certificate';
import { requestCertificate, verifyCertificate } from '../../domain/training/certificate.use-case';
import type { ApiDeps } from './api-deps';

const certificate = { description: 'The certificate', schema: certificateViewSchema };

export const certificateRoutes = (deps: ApiDeps): Route[] => [
  defineRoute({
    method: 'post',
    path: '/v1/programmes/:programmeId/phases/:phaseId/certificate',
    tag: 'Training',
    summary: "Ask for a phase's training certificate: issued once every required session is attended",
    access: ['startup'],
    params: z.object({ programmeId: z.string().regex(ID_PATTERN), phaseId: slugSchema }).strict(),
    responses: {
      200: { ...certificate, description: 'Issued before' },
      201: { ...certificate, description: 'Issued now' },
      ...problems,
      409: { description: 'Required sessions not attended yet (errors[] names them)' },
    },
    handle: async ({ actor, params }) => {
      const asked = await requestCertificate(
        deps.context(),
        signedIn(actor),
        params.programmeId,
        params.phaseId,
      );
      return { status: asked.issued ? 201 : 200, body: asked.certificate };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/certificates/:code',
    tag: 'Training',
    summary: 'Verify a certificate by its public code: name, programme, phase, date (nothing private)',
    access: 'public',
    params: z.object({ code: z.string().regex(/^[A-Za-z0-9-]{4,20}$/) }).strict(),
    responses: { 200: certificate, 400: problems[400], 404: problems[404] },
    handle: async ({ params }) => ({
      status: 200,
      body: await verifyCertificate(deps.context(), params.code),
    }),
  }),
];
