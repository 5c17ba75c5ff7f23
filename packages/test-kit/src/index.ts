export { startKafka, type StartKafkaOptions } from './kafka';
export type { KafkaServer, KafkaTopic } from './kafka-server.port';
export { startRedis, type RedisServer } from './redis-server';
export { startMongo, type MongoServer } from './mongo';
export { dockerAnswers } from './docker';
export { waitFor, type WaitForOptions } from './wait-for';
export { uniqueName } from './unique-name';
export { ManualClock } from './manual-clock';
export { documentedResponses, undocumentedResponse, type ObservedResponse } from './documented-responses';
export { codesWithoutAllTexts, errorCodesIn } from './error-codes';
export { startSmtpCatcher, type CaughtMail, type SmtpCatcher } from './smtp-catcher';
export { httpClient, type CallOptions, type HttpClient, type Reply } from './http-client';
export {
  aProgramme,
  aStartupProfile,
  advisorUpserted,
  anAdvisorProfile,
  anEvent,
  anId,
  startupUpserted,
  type EventOptions,
} from './event-builders';
export { deniedProbes, probeRoutes, type ProbeAnswer, type RoleProbe } from './role-matrix';
export { testTokens, type TestTokens } from './test-tokens';
