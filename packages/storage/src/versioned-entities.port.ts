/** A page of a list; `next` is an opaque position to continue after, null on the last page. */
export interface Page<T> {
  readonly items: readonly T[];
  readonly next: string | null;
}

export interface PageRequest {
  readonly after: string | null;
  readonly limit: number;
}

/**
 * Saving is optimistic: an entity with `version` 0 is inserted, any other is written only if the
 * stored version still matches, otherwise `ConflictError` (`stale-version`): another writer won.
 */
export interface VersionedRepository<T extends { id: string; version: number }> {
  get(id: string): Promise<T | null>;
  save(entity: T): Promise<T>;
}
