import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';

/** What `jisr login` keeps between commands. Tokens are secrets: the file is readable by its owner only. */
export const sessionSchema = z.object({
  email: z.string(),
  accountId: z.string(),
  role: z.enum(['startup', 'advisor', 'council']),
  accessToken: z.string(),
  refreshToken: z.string(),
  /** Epoch ms after which the access token is refreshed before use. */
  accessTokenExpiresAt: z.number(),
  profileUrl: z.string(),
});
export type Session = z.infer<typeof sessionSchema>;

export interface SessionStore {
  load(): Promise<Session | null>;
  save(session: Session): Promise<void>;
  clear(): Promise<void>;
}

export function fileSessionStore(home: string): SessionStore {
  const file = join(home, 'session.json');
  return {
    load: async () => {
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch {
        return null;
      }
      try {
        const parsed = sessionSchema.safeParse(JSON.parse(text));
        return parsed.success ? parsed.data : null;
      } catch {
        // A damaged file is the same as no session: the user logs in again.
        return null;
      }
    },
    save: async (session) => {
      await mkdir(home, { recursive: true, mode: 0o700 });
      await writeFile(file, `${JSON.stringify(session, null, 2)}\n`, { mode: 0o600 });
      await chmod(file, 0o600);
    },
    clear: async () => {
      await rm(file, { force: true });
    },
  };
}
