import { auditRecordSchema, GENESIS } from '@jisr/audit';
import { defineRoute, problems, type Route, signedIn } from '@jisr/http-kit';
import { z } from 'zod';
import {
  AUDIT_READERS,
  exportAuditRecords,
  listAuditRecords,
  verifyAuditChain,
} from '../../domain/audit/audit.use-case';
import type { ApiDeps } from './api-deps';
import {
  auditCsv,
  auditExportQuery,
  auditListQuery,
  auditPageResponse,
  toAuditFilter,
  toAuditPage,
} from './audit-queries';
import { pageSchema } from './paging';

const point = z.object({ sequence: z.number().int().min(GENESIS.sequence), hash: z.string() });
const chainReportSchema = z.object({
  intact: z.boolean(),
  checked: z.number().int(),
  anchor: point,
  head: point,
  firstBad: z
    .object({
      sequence: z.number().int(),
      recordId: z.string().nullable(),
      problem: z.enum(['altered', 'unlinked', 'missing', 'reordered']),
    })
    .nullable(),
});

export const auditRoutes = (deps: ApiDeps): Route[] => [
  defineRoute({
    method: 'get',
    path: '/v1/audit',
    tag: 'Audit',
    summary: 'The audit trail, newest first, filtered by actor, organisation, action, target and time',
    access: AUDIT_READERS,
    query: auditListQuery,
    responses: {
      200: {
        description: 'A page, with the names of the startups and advisors on it (by account id)',
        schema: pageSchema(auditRecordSchema).extend({ names: z.record(z.string(), z.string()) }),
      },
      ...problems,
    },
    handle: async ({ actor, query }) => {
      const page = await listAuditRecords(
        deps.context(),
        signedIn(actor),
        toAuditFilter(query),
        toAuditPage(query),
      );
      return { status: 200, body: auditPageResponse(page) };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/audit.csv',
    tag: 'Audit',
    summary: 'The filtered audit trail as CSV (UTF-8 with BOM); the export is itself recorded',
    access: AUDIT_READERS,
    query: auditExportQuery,
    responses: {
      200: { description: 'RFC 4180 CSV, newest first', schema: z.string(), contentType: 'text/csv' },
      ...problems,
    },
    handle: async ({ actor, query }) => ({
      status: 200,
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': 'attachment; filename="jisr-audit.csv"',
      },
      body: auditCsv(await exportAuditRecords(deps.context(), signedIn(actor), toAuditFilter(query))),
    }),
  }),
  defineRoute({
    method: 'get',
    path: '/v1/audit/verification',
    tag: 'Audit',
    summary: 'Checks the hash chain from its anchor to its head and names the first bad record',
    access: AUDIT_READERS,
    responses: { 200: { description: 'The verdict', schema: chainReportSchema }, ...problems },
    handle: async ({ actor }) => ({
      status: 200,
      body: await verifyAuditChain(deps.context(), signedIn(actor)),
    }),
  }),
];
