import { investmentSourceSchema, revenueBandSchema } from '@jisr/contracts';
import { z } from 'zod';
import { nameText, plainText } from '../people/profile-fields';
import type { Quarter } from './quarter';

/** A deal with a Turkish company: a partnership or an export deal (the event counts each kind). */
export const DEAL_KINDS = ['partnership', 'export'] as const;

const count = z.number().int().min(0).max(100_000);
const usd = z.number().int().min(0).max(1_000_000_000);

/** One quarterly check-in as the startup writes it. Cross-field rules are in `outcomeProblems`. */
export const outcomeReportSchema = z
  .object({
    employees: count,
    womenEmployed: count,
    /** Staff aged 15–29, the programme's definition of youth. */
    youthEmployed: count,
    revenueBand: revenueBandSchema,
    /** Raised this quarter, 0 with source `none` when nothing was. */
    investmentRaised: z.object({ amountUsd: usd, source: investmentSourceSchema }).strict(),
    turkishDeals: z
      .array(
        z.object({ kind: z.enum(DEAL_KINDS), company: nameText(120), valueUsd: usd.optional() }).strict(),
      )
      .max(20),
    note: plainText(1000).optional(),
  })
  .strict();
export type OutcomeReport = z.infer<typeof outcomeReportSchema>;

/** One submission of a quarter's check-in; a re-submission adds the next revision, never overwrites. */
export interface OutcomeRevision {
  readonly revision: number;
  readonly report: OutcomeReport;
  readonly reportedAt: string;
  readonly reportedBy: string;
}

export interface OutcomeCheckIn {
  /** `<startupId>/<quarter>`: one check-in per startup and quarter. */
  readonly id: string;
  readonly version: number;
  readonly startupId: string;
  readonly quarter: Quarter;
  readonly programmeId: string;
  readonly cohortId: string | null;
  readonly centreId: string | null;
  /** Oldest first; the last one is the current report. */
  readonly revisions: readonly OutcomeRevision[];
  readonly eventVersion: number;
}

/** A reminder sent for a missing check-in: at most one per startup and quarter. */
export interface OutcomeReminder {
  readonly id: string;
  readonly version: number;
  readonly startupId: string;
  readonly quarter: Quarter;
  readonly sentAt: string;
}

export const checkInId = (startupId: string, quarter: Quarter): string => `${startupId}/${quarter}`;

/** A field problem with a stable code, worded per language by the API's field messages. */
export interface OutcomeProblem {
  readonly path: string;
  readonly code: string;
  readonly message: string;
}

/**
 * Rules across fields: parts of the staff cannot outnumber the staff, and money raised has a source
 * (and a source, money).
 */
export const outcomeProblems = (report: OutcomeReport): OutcomeProblem[] => {
  const problems = (['womenEmployed', 'youthEmployed'] as const).flatMap((field) =>
    report[field] > report.employees
      ? [{ path: `body.${field}`, code: 'outcome.more-than-employees', message: 'must not exceed employees' }]
      : [],
  );
  const { amountUsd, source } = report.investmentRaised;
  if (amountUsd > 0 && source === 'none') {
    problems.push({
      path: 'body.investmentRaised.source',
      code: 'outcome.investment-needs-source',
      message: 'name where the money came from',
    });
  }
  if (amountUsd === 0 && source !== 'none') {
    problems.push({
      path: 'body.investmentRaised.amountUsd',
      code: 'outcome.source-needs-amount',
      message: 'give the amount raised from this source',
    });
  }
  return problems;
};
