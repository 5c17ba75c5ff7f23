/** Computed views kept for a while; every change to the read model drops them all. */
export interface ViewCache {
  /** The value stored under `key`, or `compute()`'s result, stored for next time. */
  remember<T>(key: string, compute: () => Promise<T>): Promise<T>;
  invalidateAll(): Promise<void>;
}
