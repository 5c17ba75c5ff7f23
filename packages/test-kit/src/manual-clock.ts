import type { Clock } from '@jisr/contracts';

/** A clock tests move by hand; satisfies every service's `Clock` port (`now(): Date`). */
export class ManualClock implements Clock {
  private current: number;

  constructor(start: Date | string = '2025-01-01T09:00:00.000Z') {
    this.current = new Date(start).getTime();
  }

  now(): Date {
    return new Date(this.current);
  }

  advance(ms: number): Date {
    this.current += ms;
    return this.now();
  }

  set(date: Date | string): Date {
    this.current = new Date(date).getTime();
    return this.now();
  }
}
