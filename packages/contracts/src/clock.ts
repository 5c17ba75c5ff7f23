/**
 * Time as every service's domain sees it: tests drive a manual clock (`ManualClock` in the test kit)
 * so deadlines pass, tokens expire and keys rotate without waiting.
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
