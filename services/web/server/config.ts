import { boolVar, portVar, urlVar } from '@jisr/config';
import { LOG_LEVELS } from '@jisr/logger';
import { z } from 'zod';

/** The web app's settings: where it listens, where the three services are, where sessions live. */
export const webConfigSchema = z
  .object({
    WEB_PORT: portVar(4000),
    WEB_HOST: z.string().min(1).default('127.0.0.1'),
    PROFILE_URL: urlVar('http://127.0.0.1:4001'),
    MATCHING_URL: urlVar('http://127.0.0.1:4002'),
    MESSAGING_URL: urlVar('http://127.0.0.1:4003'),
    /** Where sessions are kept: memory (one process) or Redis (replicas share them). */
    CACHE: z.enum(['memory', 'redis']).default('memory'),
    REDIS_URL: urlVar().optional(),
    /** A session ends after this long without use, whatever the refresh token would allow. */
    WEB_SESSION_IDLE_SECONDS: z.coerce
      .number()
      .int()
      .min(60)
      .default(8 * 3600),
    /** The built app (vite's output); by default `dist/client` of this package. */
    WEB_CLIENT_DIR: z.string().min(1).optional(),
    /** Behind a TLS-terminating proxy: trust X-Forwarded-* for the scheme and client address. */
    TRUST_PROXY: boolVar(false),
    LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
    /** Debian's Chromium, which prints reports and certificates to PDF (never a downloaded browser). */
    CHROMIUM_PATH: z.string().min(1).default('/usr/bin/chromium'),
    /** Pages printing to PDF at once, and how long one print may take (waiting for a page included). */
    PDF_PAGES: z.coerce.number().int().min(1).max(8).default(2),
    PDF_TIMEOUT_MS: z.coerce.number().int().min(1000).default(30_000),
  })
  .refine((config) => config.CACHE !== 'redis' || config.REDIS_URL !== undefined, {
    path: ['REDIS_URL'],
    message: 'is required when CACHE=redis',
  });

export type WebConfig = z.output<typeof webConfigSchema>;
