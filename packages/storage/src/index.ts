export * from './storage.port';
export { createSqliteStorage } from './sqlite/sqlite-storage';
export { createMongoStorage, type MongoStorageOptions } from './mongo/mongo-storage';
export { openStorage, type StorageConfig } from './open-storage';
