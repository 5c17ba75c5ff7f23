/** Every page was busy until the print's deadline passed. */
export class PrintBusyError extends Error {
  override readonly name = 'PrintBusyError';
}

export interface PageSlots {
  /** Runs `work` once one of the slots is free, or fails with PrintBusyError at `deadline` (epoch ms). */
  run<T>(deadline: number, work: () => Promise<T>): Promise<T>;
}

/**
 * A bounded pool of browser pages: at most `size` prints render at once, the rest wait in order.
 * Chromium's memory grows with every open page, and the machine is shared.
 */
export function pageSlots(size: number): PageSlots {
  let free = size;
  const waiting: (() => void)[] = [];
  const release = (): void => {
    const next = waiting.shift();
    if (next === undefined) free += 1;
    else next();
  };
  const acquire = (deadline: number): Promise<void> => {
    if (free > 0) {
      free -= 1;
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      const take = (): void => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(
        () => {
          const at = waiting.indexOf(take);
          if (at >= 0) waiting.splice(at, 1);
          reject(new PrintBusyError('every PDF page stayed busy'));
        },
        Math.max(0, deadline - Date.now()),
      );
      waiting.push(take);
    });
  };
  return {
    run: async (deadline, work) => {
      await acquire(deadline);
      try {
        return await work();
      } finally {
        release();
      }
    },
  };
}
