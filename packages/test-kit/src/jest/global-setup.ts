import { serveKafkaControl } from '../kafka-control';
import { startKafka } from '../kafka';
import { startMongo } from '../mongo';
import { startRedis } from '../redis-server';
import { rememberServers } from './shared-servers';

/**
 * Starts the Kafka, Redis and (where Docker answers) MongoDB that the integration project
 * shares, and hands their addresses to the test files through `process.env` (globalSetup's
 * variables do not reach them). A server that cannot be had leaves its variable unset, its
 * suites skip, and the one loud line is printed here, where jest does not swallow it.
 */
export default async function globalSetup(): Promise<void> {
  const stops: (() => Promise<void>)[] = [];
  rememberServers({ stops });
  const startedHere = !process.env.KAFKA_BROKERS;
  const [kafka, redis, mongo] = await Promise.all([startKafka(), startRedis(), startMongo()]);
  if (kafka) {
    stops.push(() => kafka.stop());
    if (startedHere) {
      process.env.KAFKA_BROKERS = kafka.brokers.join(',');
      const control = await serveKafkaControl(kafka);
      stops.push(() => control.close());
      process.env.JISR_KAFKA_CONTROL = control.url;
    }
  }
  if (redis) {
    stops.push(() => redis.stop());
    process.env.REDIS_URL = redis.url;
  }
  if (mongo) {
    stops.push(() => mongo.stop());
    process.env.MONGO_URL = mongo.url;
  }
  const missing = missingRequiredServers({
    kafka: kafka !== null,
    redis: redis !== null,
    mongo: mongo !== null,
  });
  if (missing.length > 0) {
    for (const stop of stops.reverse()) await stop();
    throw new Error(
      `JISR_REQUIRE_SERVERS: no ${missing.join(', ')} could be started (see the warning above)`,
    );
  }
}

/** CI sets JISR_REQUIRE_SERVERS=kafka,redis: there a missing server fails the run, never skips suites. */
function missingRequiredServers(available: Record<string, boolean>): string[] {
  const required = (process.env.JISR_REQUIRE_SERVERS ?? '').split(',').filter(Boolean);
  return required.filter((server) => !available[server]);
}
