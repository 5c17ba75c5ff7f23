/** An advisor who lets this many requests in a row expire is reported as unresponsive. */
export const UNRESPONSIVE_AFTER_EXPIRIES = 3;

/** Messaging's record of how an advisor answers: the current run of expiries, and the activity topic's version. */
export interface AdvisorActivity {
  /** The advisor's id. */
  readonly id: string;
  /** Introductions that expired since the advisor last answered anything, oldest first. */
  readonly expiredInARow: readonly string[];
  /** Last version published on `messaging.advisor-activity.v1` for this advisor. */
  readonly eventVersion: number;
  readonly version: number;
}

export const newAdvisorActivity = (advisorId: string): AdvisorActivity => ({
  id: advisorId,
  expiredInARow: [],
  eventVersion: 0,
  version: 0,
});

export interface ExpiryOutcome {
  readonly activity: AdvisorActivity;
  /** Set when this expiry completes a run: the introductions that make the case. */
  readonly unresponsive: readonly string[] | null;
}

/** Counts one more expiry; a completed run is reported once and the count starts again. */
export function recordExpiry(activity: AdvisorActivity, introductionId: string): ExpiryOutcome {
  const run = [...activity.expiredInARow, introductionId];
  if (run.length < UNRESPONSIVE_AFTER_EXPIRIES)
    return { activity: { ...activity, expiredInARow: run }, unresponsive: null };
  return { activity: { ...activity, expiredInARow: [] }, unresponsive: run };
}

/** Any answer (accept, decline, question) ends the run. */
export function recordResponse(activity: AdvisorActivity): AdvisorActivity {
  return activity.expiredInARow.length === 0 ? activity : { ...activity, expiredInARow: [] };
}
