export { startKafka, type StartKafkaOptions } from './kafka';
export type { KafkaServer, KafkaTopic } from './kafka-server.port';
export { startRedis, type RedisServer } from './redis-server';
export { startMongo, type MongoServer } from './mongo';
export { dockerAnswers } from './docker';
export { waitFor, type WaitForOptions } from './wait-for';
export { uniqueName } from './unique-name';
export { ManualClock } from './manual-clock';
