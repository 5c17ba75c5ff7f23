import { performance } from 'node:perf_hooks';
import type { Logger } from '@jisr/logger';
import type { Express, RequestHandler } from 'express';
import { correlationIdOf } from './request-guards';

declare module 'http' {
  interface IncomingMessage {
    /** The correlation id: the caller's sane `x-request-id` or a fresh UUID. */
    id: string;
    /** A logger bound to the request's correlation id, made on first use. */
    readonly log: Logger;
  }
  interface ServerResponse {
    /** A server fault's cause, logged with the response line (set by the problem handler). */
    err?: Error;
  }
}

const CHILD = Symbol('request child logger');

interface WithLoggers {
  [CHILD]?: Logger;
  id: string;
}

export interface RequestLogOptions {
  readonly logger: Logger;
  /** Paths never logged (health probes, polled every few seconds). */
  readonly quiet: ReadonlySet<string>;
}

/**
 * One line per response, at `error` for server faults and `info` otherwise, with the correlation id.
 * Replaces pino-http, which built a redacting child logger and serialised every request even when
 * the line was below the log level: on a hot route that was a tenth of the CPU (bench:http). Here
 * `req.log` is built only when a handler uses it, and nothing is serialised below the level.
 */
export function requestLog(app: Express, { logger, quiet }: RequestLogOptions): RequestHandler {
  // `req.log` lives on this app's request prototype, so requests that never log never pay for it.
  Object.defineProperty(app.request, 'log', {
    configurable: true,
    get(this: WithLoggers): Logger {
      return (this[CHILD] ??= logger.child({ correlationId: this.id }));
    },
  });
  return (req, res, next) => {
    const id = correlationIdOf(req, res);
    req.id = id;
    res.locals.correlationId = id;
    if (quiet.has(req.url)) return next();
    const started = performance.now();
    res.once('finish', () => {
      const level = res.statusCode >= 500 ? 'error' : 'info';
      if (!logger.isLevelEnabled(level)) return;
      logger[level](
        {
          correlationId: id,
          req: { method: req.method, url: req.originalUrl },
          res: { statusCode: res.statusCode },
          responseTime: Math.round(performance.now() - started),
          ...(res.err === undefined ? {} : { err: res.err }),
        },
        level === 'error' ? 'request failed' : 'request completed',
      );
    });
    next();
  };
}
