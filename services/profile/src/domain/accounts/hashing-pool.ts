import { AppError } from '@jisr/errors';

/** Who is waiting for a password hash: a person logging in, or a new registration. */
export type HashLane = 'login' | 'registration';

export interface HashingPoolOptions {
  /** At most this many hashes run at once (each scrypt at cost 17 holds 128 MiB and a libuv thread). */
  readonly concurrency: number;
  /** At most this many wait per lane; one more is refused with 503. */
  readonly queueLimit: number;
  /** What the refusal's `Retry-After` says. */
  readonly retryAfterSeconds: number;
}

export interface PoolCounts {
  readonly running: number;
  readonly waiting: Readonly<Record<HashLane, number>>;
  /** The most hashes ever running at once, and how many were refused: what tests and operators count. */
  readonly peakRunning: number;
  readonly refused: number;
}

export interface HashingPool {
  run<T>(lane: HashLane, task: () => Promise<T>): Promise<T>;
  counts(): PoolCounts;
}

/** The pool is full: the caller should come back later. Carries its own `Retry-After`. */
export class HashingBusyError extends AppError {
  readonly retryAfterSeconds: number;

  constructor(retryAfterSeconds: number) {
    super('SERVICE.BUSY', 'Too many password checks at once; try again shortly.', { status: 503 });
    this.name = 'HashingBusyError';
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/**
 * Bounds password hashing so a registration flood cannot starve logins: at most `concurrency`
 * hashes run; registrations may use all but one slot (when there are two or more), so a login
 * always finds one, and a waiting login is started before any waiting registration. Each lane's
 * queue is bounded; past it the answer is 503 at once, before any work.
 */
export function createHashingPool({
  concurrency,
  queueLimit,
  retryAfterSeconds,
}: HashingPoolOptions): HashingPool {
  const registrationShare = concurrency > 1 ? concurrency - 1 : 1;
  const waiting: Record<HashLane, Array<() => void>> = { login: [], registration: [] };
  const running: Record<HashLane, number> = { login: 0, registration: 0 };
  let peakRunning = 0;
  let refused = 0;

  const total = (): number => running.login + running.registration;
  const mayStart = (lane: HashLane): boolean =>
    total() < concurrency && (lane === 'login' || running.registration < registrationShare);

  // A slot is counted the moment it is granted, so one release never lets two waiters through.
  const grant = (lane: HashLane): void => {
    running[lane] += 1;
    peakRunning = Math.max(peakRunning, total());
  };

  const startNext = (): void => {
    for (const lane of ['login', 'registration'] as const) {
      while (waiting[lane].length > 0 && mayStart(lane)) {
        grant(lane);
        waiting[lane].shift()?.();
      }
    }
  };

  const slot = (lane: HashLane): Promise<void> => {
    if (mayStart(lane) && waiting[lane].length === 0) {
      grant(lane);
      return Promise.resolve();
    }
    if (waiting[lane].length >= queueLimit) {
      refused += 1;
      return Promise.reject(new HashingBusyError(retryAfterSeconds));
    }
    return new Promise((resolve) => waiting[lane].push(resolve));
  };

  return {
    async run(lane, task) {
      await slot(lane);
      try {
        return await task();
      } finally {
        running[lane] -= 1;
        startNext();
      }
    },
    counts: () => ({
      running: total(),
      waiting: { login: waiting.login.length, registration: waiting.registration.length },
      peakRunning,
      refused,
    }),
  };
}
