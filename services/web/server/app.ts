import { resolve } from 'node:path';
import { openCache, type Cache } from '@jisr/cache';
import { createHttpApp, startHttpServer, type RunningHttpServer } from '@jisr/http-kit';
import { createLogger, type Logger } from '@jisr/logger';
import type { WebConfig } from './config';
import { contentSecurityPolicy, csrfGuard } from './edge/browser-guards';
import { councilOnly } from './console/council-only';
import { clientApp } from './edge/client-app';
import { certificatePdf } from './print/certificate-pdf';
import { createPdfPrinter, type PdfPrinter } from './print/pdf-printer';
import { reportPdfRouter } from './print/report-pdf.router';
import { serviceProxy } from './proxy/service-proxy';
import { profileSessions, type ProfileSessions } from './session/profile-sessions';
import { sessionKeeper } from './session/session-keeper';
import { sessionRouter } from './session/session.router';
import { cacheSessionStore } from './session/session-store';
export { webConfigSchema, type WebConfig } from './config';
export type { PdfPrinter, PrintOptions } from './print/pdf-printer';

export interface WebServiceDeps {
  readonly cache?: Cache;
  readonly logger?: Logger;
  /** Profile's session endpoints; tests may wrap them to watch revocations. */
  readonly profileSessions?: ProfileSessions;
  readonly now?: () => number;
}

export interface WebService {
  start(): Promise<{ port: number; url: string }>;
  stop(): Promise<void>;
  /** Prints the app's own pages to PDF (reports, certificates) with the BFF's one Chromium. */
  readonly printer: PdfPrinter;
}

// dist/app.js (tsc's output) sits beside dist/client (vite's output).
const DEFAULT_CLIENT_DIR = resolve(__dirname, 'client');

/** The composition root of the BFF: sessions in the cache port, the proxy, the built app. */
export function createWebService(config: WebConfig, deps: WebServiceDeps = {}): WebService {
  const logger = deps.logger ?? createLogger({ service: 'web', level: config.LOG_LEVEL });
  let cache: Cache | undefined;
  let server: RunningHttpServer | undefined;
  const printer = createPdfPrinter({
    origin: () => server?.url ?? 'http://127.0.0.1',
    chromiumPath: config.CHROMIUM_PATH,
    pages: config.PDF_PAGES,
    timeoutMs: config.PDF_TIMEOUT_MS,
    logger,
  });
  return {
    printer,
    start: async () => {
      cache =
        deps.cache ??
        (await openCache(
          config.CACHE === 'redis' && config.REDIS_URL !== undefined
            ? { kind: 'redis', url: config.REDIS_URL }
            : { kind: 'memory' },
          logger,
        ));
      const store = cacheSessionStore(cache, config.WEB_SESSION_IDLE_SECONDS);
      const profile = deps.profileSessions ?? profileSessions(config.PROFILE_URL, deps.now);
      const keeper = sessionKeeper(store, profile, deps.now);
      const services = {
        profile: config.PROFILE_URL,
        matching: config.MATCHING_URL,
        messaging: config.MESSAGING_URL,
      };
      const open = cache;
      const app = createHttpApp({
        service: 'web',
        logger,
        readiness: async () => ({
          sessions: await open.ping().then(
            () => true,
            () => false,
          ),
        }),
        // One body limit for the whole edge; notes and messages are far below it.
        bodyLimit: '64kb',
        routes: (router) => {
          router.use(contentSecurityPolicy);
          router.use('/api', csrfGuard);
          router.use(sessionRouter(store, profile, keeper));
          router.use(councilOnly(keeper));
          router.use(certificatePdf(printer, config.PROFILE_URL));
          router.use(reportPdfRouter(printer, config.MATCHING_URL, keeper));
          router.use(serviceProxy(services, keeper));
          router.use(clientApp(config.WEB_CLIENT_DIR ?? DEFAULT_CLIENT_DIR));
        },
      });
      if (config.TRUST_PROXY) app.set('trust proxy', true);
      server = await startHttpServer(app, {
        port: config.WEB_PORT,
        host: config.WEB_HOST,
        logger,
        // Live event streams stay open for ever; they must not hold a stop for long.
        shutdownTimeoutMs: 2000,
      });
      return { port: server.port, url: server.url };
    },
    stop: async () => {
      await server?.close();
      await printer.close();
      if (deps.cache === undefined) await cache?.close();
    },
  };
}
