/** Time as the domain sees it; tests drive a manual clock so deadlines pass without waiting. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
