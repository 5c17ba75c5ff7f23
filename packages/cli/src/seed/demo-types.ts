import type { CityId, DivisionCode, LanguageSkill, LocalizedText, Need, Offer, Stage } from '@jisr/contracts';

/** What the profile service's `PUT /v1/startups/:id` takes (owner-controlled fields only). */
export interface StartupProfileBody {
  readonly name: { readonly latin: string; readonly ar: string };
  readonly description: string;
  readonly sector: DivisionCode;
  readonly stage: Stage;
  readonly city: CityId;
  readonly languages: readonly LanguageSkill[];
  readonly needs: readonly { readonly kind: Need; readonly amountUsd?: number }[];
  readonly teamSize: number;
  readonly foundedYear: number;
  readonly website?: string;
  readonly timeZone: string;
}

/** What `PUT /v1/advisors/:id` takes. */
export interface AdvisorProfileBody {
  readonly displayName: string;
  readonly organisation: string;
  readonly roles: readonly ('mentor' | 'investor')[];
  readonly sectors: readonly DivisionCode[];
  readonly stages: readonly Stage[];
  readonly languages: readonly LanguageSkill[];
  readonly offers: readonly Offer[];
  readonly ticket?: { readonly minUsd: number; readonly maxUsd: number };
  readonly capacity: number;
  readonly timeZone: string;
  readonly city?: CityId;
  readonly bio: string;
}

export interface DemoStartup {
  readonly slug: string;
  readonly email: string;
  readonly profile: StartupProfileBody;
  readonly centreId: string;
  readonly inCohort: boolean;
  /** A few stay pending so the council has a verification queue to look at. */
  readonly verify: boolean;
}

export interface DemoAdvisor {
  readonly slug: string;
  readonly email: string;
  readonly profile: AdvisorProfileBody;
  readonly centreId: string | null;
  readonly verify: boolean;
}

export interface DemoCentre {
  readonly id: string;
  readonly body: { readonly name: LocalizedText; readonly city: CityId; readonly address: string };
}

export interface DemoProgramme {
  readonly name: LocalizedText;
  readonly description: LocalizedText;
  readonly responseDeadlineDays: number;
  readonly phases: readonly {
    readonly phaseId: string;
    readonly kind: string;
    readonly name: LocalizedText;
    readonly startsOn: string;
    readonly endsOn: string;
    readonly trainingSessions: readonly {
      readonly sessionId: string;
      readonly title: LocalizedText;
      readonly startsAt: string;
      readonly durationMinutes: number;
      readonly centreId?: string;
      readonly online: boolean;
      readonly capacity?: number;
    }[];
    readonly requiredSessionIds?: readonly string[];
  }[];
  readonly cohorts: readonly {
    readonly cohortId: string;
    readonly name: string;
    readonly startsOn: string;
  }[];
}

export interface DemoData {
  readonly seed: number;
  readonly password: string;
  readonly council: { readonly email: string; readonly password: string };
  readonly centres: readonly DemoCentre[];
  readonly programme: DemoProgramme;
  readonly cohortId: string;
  readonly startups: readonly DemoStartup[];
  readonly advisors: readonly DemoAdvisor[];
}
