import type { Request, Response } from 'express';

export const SESSION_COOKIE = 'jisr_session';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Secure everywhere but on the developer's own machine, where the app runs over plain http. */
const secureFor = (req: Request): boolean => req.secure || !LOCAL_HOSTS.has(req.hostname);

/** The value of cookie `name` in the request, if any (no parser library for one cookie). */
export function cookieOf(req: Request, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

export function setSessionCookie(req: Request, res: Response, id: string): void {
  res.cookie(SESSION_COOKIE, id, { httpOnly: true, sameSite: 'strict', secure: secureFor(req), path: '/' });
}

export function clearSessionCookie(req: Request, res: Response): void {
  res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'strict', secure: secureFor(req), path: '/' });
}
