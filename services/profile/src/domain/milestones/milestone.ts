import { z } from 'zod';
import { requiredText, slugSchema, strictLocalizedText } from '../people/profile-fields';

/** One thing a startup can achieve in a phase (a business plan, a first paying customer). */
export const milestoneDefinitionSchema = z
  .object({ milestoneId: slugSchema, name: strictLocalizedText })
  .strict();
export type MilestoneDefinition = z.infer<typeof milestoneDefinitionSchema>;

/** A phase's milestones as a programme manager writes them; ids are unique within the programme. */
export const phaseMilestonesBodySchema = z
  .object({
    milestones: z
      .array(milestoneDefinitionSchema)
      .max(20)
      .refine((items) => new Set(items.map((item) => item.milestoneId)).size === items.length, {
        error: 'milestone ids must be unique',
      }),
  })
  .strict();
export type PhaseMilestonesBody = z.infer<typeof phaseMilestonesBodySchema>;

/** Every phase's milestones of one programme, stored apart from the programme's agenda. */
export interface ProgrammeMilestones {
  /** The programme's id. */
  readonly id: string;
  readonly version: number;
  readonly phases: readonly {
    readonly phaseId: string;
    readonly milestones: readonly MilestoneDefinition[];
  }[];
  readonly updatedAt: string;
}

// Evidence is untrusted text someone else reads (a mentor, a coordinator) and a link they may open.
const evidenceLink = z
  .url({ protocol: /^https$/, hostname: z.regexes.domain, error: 'must be an https link' })
  .max(500);

export const reachedBodySchema = z
  .object({ text: requiredText(2000).optional(), link: evidenceLink.optional() })
  .strict()
  .refine((body) => body.text !== undefined || body.link !== undefined, {
    error: 'give a text or a link as evidence',
    path: ['text'],
  });
export type ReachedBody = z.infer<typeof reachedBodySchema>;

export const sendBackBodySchema = z.object({ reason: requiredText(1000) }).strict();

export const MILESTONE_STATES = ['reached', 'confirmed', 'sent-back'] as const;
export type MilestoneState = (typeof MILESTONE_STATES)[number];

/** Who decided: the startup's mentor or a coordinator of its centre. */
export const CONFIRMER_KINDS = ['mentor', 'centre-coordinator'] as const;
export type ConfirmerKind = (typeof CONFIRMER_KINDS)[number];

export interface MilestoneDecision {
  readonly by: string;
  readonly as: ConfirmerKind;
  readonly at: string;
  /** Why it was sent back; null when confirmed. */
  readonly reason: string | null;
}

/** A startup's claim on one milestone, from reached to confirmed (or sent back and claimed again). */
export interface MilestoneProgress {
  readonly id: string;
  readonly version: number;
  readonly startupId: string;
  readonly programmeId: string;
  readonly cohortId: string | null;
  readonly centreId: string | null;
  readonly phaseId: string;
  readonly milestoneId: string;
  readonly state: MilestoneState;
  readonly evidence: { readonly text: string | null; readonly link: string | null };
  readonly reachedAt: string;
  readonly decision: MilestoneDecision | null;
  readonly eventVersion: number;
}
