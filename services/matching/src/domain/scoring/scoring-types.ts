import type {
  DivisionCode,
  LanguageCode,
  LanguageSkill,
  LocalizedText,
  Need,
  Offer,
  Proficiency,
  SectionCode,
  Stage,
  TicketRange,
} from '@jisr/contracts';

/**
 * The startup side of a pair. Field names follow the `startup.upserted` payload, so the read model
 * can pass a stored profile as it is.
 */
export interface MatchableStartup {
  readonly startupId: string;
  readonly sector: DivisionCode;
  readonly stage: Stage;
  readonly languages: readonly LanguageSkill[];
  readonly needs: readonly { readonly kind: Need; readonly amountUsd?: number | undefined }[];
  readonly city?: string | undefined;
  readonly centreId?: string | undefined;
}

/**
 * The advisor side of a pair: the `advisor.upserted` payload fields plus the verification and pause
 * state the read model keeps, and the current load (active introductions).
 */
export interface MatchableAdvisor {
  readonly advisorId: string;
  readonly sectors: readonly DivisionCode[];
  readonly stages: readonly Stage[];
  readonly languages: readonly LanguageSkill[];
  readonly offers: readonly Offer[];
  readonly ticket?: TicketRange | undefined;
  readonly capacity: number;
  readonly load: number;
  readonly paused: boolean;
  readonly verification: 'pending' | 'verified' | 'rejected';
  readonly city?: string | undefined;
  readonly centreId?: string | undefined;
}

/** Criteria in breakdown order. `place` (same centre or city) is the optional bonus. */
export const CRITERIA = ['sector', 'stage', 'language', 'needs', 'load', 'place'] as const;
export type Criterion = (typeof CRITERIA)[number];

/**
 * The two sides of the fit: what the advisor gives the startup, and how well the startup fits what
 * the advisor says they want.
 */
export const SIDES = ['advisor-serves-startup', 'startup-fits-advisor'] as const;
export type Side = (typeof SIDES)[number];

export const SIDE_OF: Readonly<Record<Criterion, Side>> = {
  sector: 'startup-fits-advisor',
  stage: 'startup-fits-advisor',
  language: 'advisor-serves-startup',
  needs: 'advisor-serves-startup',
  load: 'advisor-serves-startup',
  place: 'advisor-serves-startup',
};

/** Non-negative weight per criterion; only ratios within a side matter. */
export type Weights = Readonly<Record<Criterion, number>>;

/** Why a pair can never be recommended, whatever the weights. */
export const EXCLUSIONS = ['unverified', 'paused', 'full', 'no-shared-language'] as const;
export type Exclusion = (typeof EXCLUSIONS)[number];

/** The facts behind each criterion's score, kept so that the sentences quote real values. */
export type SectorDetail =
  | { readonly kind: 'division'; readonly division: DivisionCode }
  | {
      readonly kind: 'section';
      readonly division: DivisionCode;
      readonly advisorDivision: DivisionCode;
      readonly section: SectionCode;
    }
  | {
      readonly kind: 'related';
      readonly division: DivisionCode;
      readonly advisorDivision: DivisionCode;
      readonly section: SectionCode;
      readonly advisorSection: SectionCode;
    }
  | { readonly kind: 'none'; readonly division: DivisionCode };

export type StageDetail =
  | { readonly kind: 'exact'; readonly stage: Stage }
  | { readonly kind: 'neighbour'; readonly stage: Stage; readonly advisorStage: Stage }
  | { readonly kind: 'none'; readonly stage: Stage; readonly advisorStages: readonly Stage[] };

export interface LanguageDetail {
  readonly code: LanguageCode;
  readonly startup: Proficiency;
  readonly advisor: Proficiency;
}

export interface NeedCheck {
  readonly kind: Offer;
  readonly met: boolean;
  readonly amountUsd?: number | undefined;
  readonly ticket?: TicketRange | undefined;
}

export interface NeedsDetail {
  readonly checks: readonly NeedCheck[];
}

export interface LoadDetail {
  readonly load: number;
  readonly capacity: number;
}

export type PlaceDetail =
  { readonly kind: 'centre' } | { readonly kind: 'city'; readonly city: string } | { readonly kind: 'none' };

export type CriterionDetail =
  | { readonly criterion: 'sector'; readonly detail: SectorDetail }
  | { readonly criterion: 'stage'; readonly detail: StageDetail }
  | { readonly criterion: 'language'; readonly detail: LanguageDetail }
  | { readonly criterion: 'needs'; readonly detail: NeedsDetail }
  | { readonly criterion: 'load'; readonly detail: LoadDetail }
  | { readonly criterion: 'place'; readonly detail: PlaceDetail };

/** One criterion of a scored pair. `fit` is 0..1; `contribution` is its share of the total, in points. */
export type CriterionScore = CriterionDetail & {
  readonly side: Side;
  readonly weight: number;
  readonly fit: number;
  readonly contribution: number;
};

/** A pair that may be recommended: total 0..100 (hundredths), breakdown summing exactly to it. */
export interface PairScore {
  readonly candidate: true;
  readonly startupId: string;
  readonly advisorId: string;
  readonly total: number;
  /** The ranking key: `total × 100` as an integer, so ranking never depends on float noise. */
  readonly totalHundredths: number;
  readonly sides: Readonly<Record<Side, number>>;
  readonly breakdown: readonly CriterionScore[];
}

export interface PairExcluded {
  readonly candidate: false;
  readonly startupId: string;
  readonly advisorId: string;
  readonly reason: Exclusion;
}

/** A breakdown line with its sentence in every locale. */
export type ExplainedCriterion = CriterionScore & { readonly text: LocalizedText };

export interface ExplainedPair extends Omit<PairScore, 'breakdown'> {
  readonly breakdown: readonly ExplainedCriterion[];
}
