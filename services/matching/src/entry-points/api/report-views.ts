import { INVESTMENT_SOURCES, localizedTextSchema } from '@jisr/contracts';
import { z } from 'zod';
import { REPORT_SCOPES } from '../../domain/reports/report-scope';

const count = z.number().int().min(0);
const sinceEntry = z.object({ entry: count, latest: count });

/** `GET /v1/reports/:scope/:id`: the shape of domain/reports/impact-report.ts. */
export const impactReportSchema = z.object({
  scope: z.object({ kind: z.enum(REPORT_SCOPES), id: z.string(), label: localizedTextSchema.nullable() }),
  startups: count,
  introductions: z.object({ requested: count, accepted: count, completed: count }),
  meetings: z.object({ held: count, startupsMet: count }),
  attendance: z.object({ registrations: count, attendances: count, startups: count }),
  milestones: z.object({
    reached: count,
    confirmed: count,
    startupsReached: count,
    startupsConfirmed: count,
  }),
  outcomes: z.object({
    startupsReporting: count,
    employees: sinceEntry,
    womenEmployed: sinceEntry,
    youthEmployed: sinceEntry,
    revenueBand: z
      .object({ up: count, same: count, down: count })
      .describe('Startups whose revenue band rose, stayed or fell between their first and latest check-in'),
    investmentUsd: z.object(
      Object.fromEntries(INVESTMENT_SOURCES.map((s) => [s, count])) as Record<
        (typeof INVESTMENT_SOURCES)[number],
        typeof count
      >,
    ),
    partnerships: count,
    exportDeals: count,
  }),
  byQuarter: z.array(
    z.object({ quarter: z.string(), attendances: count, milestonesReached: count, outcomesReported: count }),
  ),
});
