import { silentLogger, type Logger } from '@jisr/logger';
import { Redis, type RedisOptions } from 'ioredis';
import type { Cache } from './cache.port';
import { assertTtl } from './cache-errors';
import { deliverSafely, type Listener } from './deliver';
import { closeConnection, reportConnectionState, runCommand } from './redis-connection';

export interface RedisCacheOptions {
  readonly url: string;
  /** Upper bound for every command, including waiting for a connection that is still being made. */
  readonly commandTimeoutMs?: number;
  readonly logger?: Logger;
}

// Adds the TTL only to a fresh counter, atomically, so a crash between INCR and EXPIRE cannot leave an immortal key.
const INCR_WITH_TTL = `local value = redis.call('INCR', KEYS[1])
if redis.call('TTL', KEYS[1]) == -1 then redis.call('EXPIRE', KEYS[1], ARGV[1]) end
return value`;

const SCAN_BATCH = 500;
const escapeGlob = (text: string) => text.replace(/[*?[\]\\]/g, '\\$&');

/**
 * The scale-out cache on ioredis. Nothing waits on a dead Redis: no offline queue, one retry per
 * request, a timeout on every command; failures are AppError CACHE.UNAVAILABLE (503).
 */
export function createRedisCache({
  url,
  commandTimeoutMs = 1000,
  logger = silentLogger(),
}: RedisCacheOptions): Cache {
  // ioredis 6 speaks RESP3 by default with RESP2-shaped replies ("legacy" mapping), so every reply
  // below keeps its v5 shape. `satisfies` rather than an annotation: the constructor's options type
  // refuses an explicit `replyMapping: undefined` under exactOptionalPropertyTypes.
  const options = {
    commandTimeout: commandTimeoutMs,
    connectTimeout: Math.max(commandTimeoutMs, 1000),
    // ioredis keeps a timer this long after disconnect() when the socket had already died.
    disconnectTimeout: commandTimeoutMs,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    retryStrategy: (attempt: number) => Math.min(attempt * 100, 2000),
  } satisfies RedisOptions;
  const client = new Redis(url, options);
  reportConnectionState(client, 'commands', logger);
  const run = <T>(command: (connection: Redis) => Promise<T>) =>
    runCommand(client, commandTimeoutMs, () => command(client));

  // Subscriptions need their own connection (a subscribed connection may only (un)subscribe).
  let subscriber: Redis | undefined;
  const channels = new Map<string, { listeners: Set<Listener>; subscribed: Promise<unknown> }>();
  const subscriberConnection = (): Redis => {
    if (subscriber !== undefined) return subscriber;
    subscriber = client.duplicate();
    reportConnectionState(subscriber, 'subscriber', logger);
    subscriber.on('message', (channel: string, message: string) => {
      const entry = channels.get(channel);
      if (entry !== undefined) deliverSafely([...entry.listeners], channel, message, logger);
    });
    return subscriber;
  };

  return {
    get: (key) => run((redis) => redis.get(key)),
    async set(key, value, ttlSeconds) {
      if (ttlSeconds === undefined) {
        await run((redis) => redis.set(key, value));
        return;
      }
      assertTtl(ttlSeconds);
      await run((redis) => redis.set(key, value, 'EX', ttlSeconds));
    },
    async del(...keys) {
      if (keys.length > 0) await run((redis) => redis.del(...keys));
    },
    async delByPrefix(prefix) {
      const pattern = `${escapeGlob(prefix)}*`;
      let cursor = '0';
      do {
        const [next, keys] = await run((redis) => redis.scan(cursor, 'MATCH', pattern, 'COUNT', SCAN_BATCH));
        if (keys.length > 0) await run((redis) => redis.unlink(...keys));
        cursor = next;
      } while (cursor !== '0');
    },
    async incr(key, ttlSeconds) {
      assertTtl(ttlSeconds);
      return Number(await run((redis) => redis.eval(INCR_WITH_TTL, 1, key, ttlSeconds)));
    },
    ttl: (key) => run((redis) => redis.ttl(key)),
    async publish(channel, message) {
      await run((redis) => redis.publish(channel, message));
    },
    async subscribe(channel, listener) {
      const connection = subscriberConnection();
      let entry = channels.get(channel);
      if (entry === undefined) {
        const subscribed = runCommand(connection, commandTimeoutMs, () => connection.subscribe(channel));
        entry = { listeners: new Set(), subscribed };
        channels.set(channel, entry);
        subscribed.catch(() => channels.delete(channel));
      }
      entry.listeners.add(listener);
      await entry.subscribed;
      const joined = entry;
      return async () => {
        joined.listeners.delete(listener);
        if (joined.listeners.size > 0 || channels.get(channel) !== joined) return;
        channels.delete(channel);
        // Locally it is already over: messages a server that could not be told still sends are ignored.
        await runCommand(connection, commandTimeoutMs, () => connection.unsubscribe(channel)).catch(
          (error: unknown) => logger.warn({ err: error, channel }, 'redis unsubscribe failed'),
        );
      };
    },
    async ping() {
      await run((redis) => redis.ping());
    },
    async close() {
      await Promise.all(
        [client, subscriber].map((connection) => connection && closeConnection(connection, commandTimeoutMs)),
      );
    },
  };
}
