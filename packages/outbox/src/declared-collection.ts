import type { Collection, CollectionSpec, Storage, StoredDoc } from '@jisr/storage';

/**
 * Declares a collection once, outside any transaction, and hands the same collection out after;
 * a failed declaration (storage down at start) is tried again on the next call.
 */
export const declaredCollection = <T extends StoredDoc>(
  storage: Storage,
  spec: CollectionSpec,
): (() => Promise<Collection<T>>) => {
  let declared: Promise<Collection<T>> | undefined;
  return () => {
    declared ??= storage.collection<T>(spec).catch((error: unknown) => {
      declared = undefined;
      throw error;
    });
    return declared;
  };
};
