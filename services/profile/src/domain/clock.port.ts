/** Time as the domain sees it; tests inject a manual clock so expiry and rotation happen without waiting. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
