import type { RequestHandler } from 'express';
import { webProblem } from './web-problems';

/** The header the app sends with every change; a form or an image on another site cannot set it. */
export const CSRF_HEADER = 'x-jisr-csrf';

/**
 * No inline script, nothing from another origin. Inline *styles* stay allowed: the component
 * library writes its CSS variables into a style element, and styles cannot run code.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const contentSecurityPolicy: RequestHandler = (_req, res, next) => {
  res.setHeader('content-security-policy', CONTENT_SECURITY_POLICY);
  next();
};

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF defence beyond SameSite=Strict: every state change must carry the custom header (which a
 * cross-site page can only send after a CORS preflight the BFF never grants) and, when the browser
 * names an Origin, come from this very host.
 */
export const csrfGuard: RequestHandler = (req, _res, next) => {
  if (SAFE_METHODS.has(req.method)) return next();
  if (req.headers[CSRF_HEADER] !== '1') return next(webProblem(req, 'WEB.CSRF_HEADER_MISSING'));
  const origin = req.headers.origin;
  if (
    origin !== undefined &&
    origin !== 'null' &&
    URL.canParse(origin) &&
    new URL(origin).host !== req.headers.host
  )
    return next(webProblem(req, 'WEB.FOREIGN_ORIGIN'));
  return next();
};
