import { createHash, randomBytes } from 'node:crypto';
import type { Cache } from '@jisr/cache';
import { z } from 'zod';

/** What the BFF keeps for one browser: the tokens never leave the server. */
export const sessionSchema = z.object({
  accountId: z.string(),
  role: z.enum(['startup', 'advisor', 'council']),
  /** A member of staff's roles, as profile's token pair names them (sessions from before roles have none). */
  staffRoles: z.array(z.string()).default([]),
  accessToken: z.string(),
  /** Epoch milliseconds. */
  accessExpiresAt: z.number(),
  refreshToken: z.string(),
});
export type Session = z.infer<typeof sessionSchema>;

export interface SessionStore {
  /** Stores a new session and returns the id the cookie carries. */
  create(session: Session): Promise<string>;
  /** The session, its idle time renewed; null when unknown or expired. */
  read(id: string): Promise<Session | null>;
  update(id: string, session: Session): Promise<void>;
  remove(id: string): Promise<void>;
}

// The cache key is a hash of the cookie value, so a dump of Redis holds no usable session ids.
const keyOf = (id: string): string => `web:session:${createHash('sha256').update(id).digest('base64url')}`;
const SESSION_ID = /^[\w-]{43}$/;

/** Sessions in the cache port: memory in embedded mode, Redis where configured. */
export function cacheSessionStore(cache: Cache, idleSeconds: number): SessionStore {
  const save = (id: string, session: Session): Promise<void> =>
    cache.set(keyOf(id), JSON.stringify(session), idleSeconds);
  return {
    create: async (session) => {
      const id = randomBytes(32).toString('base64url');
      await save(id, session);
      return id;
    },
    read: async (id) => {
      if (!SESSION_ID.test(id)) return null;
      const raw = await cache.get(keyOf(id));
      if (raw === null) return null;
      const parsed = sessionSchema.safeParse(JSON.parse(raw));
      if (!parsed.success) return null;
      await save(id, parsed.data);
      return parsed.data;
    },
    update: save,
    remove: (id) => cache.del(keyOf(id)),
  };
}
