import { serveKafkaControl } from '../kafka-control';
import { startKafka } from '../kafka';
import { startRedis } from '../redis-server';
import { rememberServers } from './shared-servers';

/**
 * Starts the Kafka and Redis that the integration project shares, and hands their addresses
 * to the test files through `process.env` (globalSetup's variables do not reach them). A
 * server that cannot be had leaves its variable unset, and its suites skip with one line.
 */
export default async function globalSetup(): Promise<void> {
  const stops: (() => Promise<void>)[] = [];
  rememberServers({ stops });
  const startedHere = !process.env.KAFKA_BROKERS;
  const [kafka, redis] = await Promise.all([startKafka(), startRedis()]);
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
}
