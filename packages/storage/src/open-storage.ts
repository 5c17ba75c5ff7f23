import type { Storage } from './storage.port';
import { createMongoStorage } from './mongo/mongo-storage';
import { createSqliteStorage } from './sqlite/sqlite-storage';

/** Which storage a service runs on; services build it from their config (`STORAGE`, `JISR_DATA_DIR`, `MONGO_URL`). */
export type StorageConfig =
  | { readonly kind: 'sqlite'; readonly file: string }
  | { readonly kind: 'mongodb'; readonly url: string; readonly database: string };

/** Opens the adapter the configuration names; MongoDB connects before this resolves. */
export const openStorage = async (config: StorageConfig): Promise<Storage> =>
  config.kind === 'sqlite' ? createSqliteStorage(config.file) : createMongoStorage(config);
