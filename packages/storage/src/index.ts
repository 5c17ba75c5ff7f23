export * from './storage.port';
export { createSqliteStorage, type SqliteStorageOptions } from './sqlite/sqlite-storage';
export { createMongoStorage, type MongoStorageOptions } from './mongo/mongo-storage';
export { openStorage, type StorageConfig } from './open-storage';
export * from './versioned-entities.port';
export * from './versioned-repository';
export { assertTx } from './transaction-scope';
