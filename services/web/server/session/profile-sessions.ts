import { z } from 'zod';
import type { Session } from './session-store';

const tokenPairSchema = z.object({
  accessToken: z.string(),
  expiresIn: z.number(),
  refreshToken: z.string(),
  accountId: z.string(),
  role: z.enum(['startup', 'advisor', 'council']),
  staffRoles: z.array(z.string()).default([]),
});

/** A refusal from profile, passed on to the browser as it came (already problem+json, localised). */
export class UpstreamRefusal extends Error {
  constructor(
    readonly status: number,
    readonly problem: unknown,
  ) {
    super(`profile answered ${status}`);
    this.name = 'UpstreamRefusal';
  }
}

export interface ProfileSessions {
  login(credentials: unknown, language: string | undefined): Promise<Session>;
  refresh(refreshToken: string): Promise<Session>;
  revoke(refreshToken: string): Promise<void>;
}

const toSession = (pair: z.infer<typeof tokenPairSchema>, now: number): Session => ({
  accountId: pair.accountId,
  role: pair.role,
  staffRoles: pair.staffRoles,
  accessToken: pair.accessToken,
  accessExpiresAt: now + pair.expiresIn * 1000,
  refreshToken: pair.refreshToken,
});

/** Profile's session endpoints, called by the BFF only: the token pairs they answer stay here. */
export function profileSessions(profileUrl: string, now: () => number = Date.now): ProfileSessions {
  const post = async (path: string, body: unknown, language?: string): Promise<Response> =>
    fetch(new URL(path, profileUrl), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(language === undefined ? {} : { 'accept-language': language }),
      },
      body: JSON.stringify(body),
    });
  const pairFrom = async (response: Response): Promise<Session> => {
    const body: unknown = await response.json().catch(() => null);
    if (!response.ok) throw new UpstreamRefusal(response.status, body);
    return toSession(tokenPairSchema.parse(body), now());
  };
  return {
    login: async (credentials, language) => pairFrom(await post('/v1/sessions', credentials, language)),
    refresh: async (refreshToken) => pairFrom(await post('/v1/sessions/refresh', { refreshToken })),
    revoke: async (refreshToken) => {
      const response = await post('/v1/sessions/logout', { refreshToken });
      if (!response.ok) throw new UpstreamRefusal(response.status, await response.json().catch(() => null));
    },
  };
}
