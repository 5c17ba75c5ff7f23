import { createServer, type RequestListener, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '@jisr/logger';

export interface HttpServerOptions {
  readonly port: number;
  readonly host?: string;
  readonly logger: Logger;
  /** How long `close()` lets in-flight requests finish before cutting them off. */
  readonly shutdownTimeoutMs?: number;
}

export interface RunningHttpServer {
  readonly port: number;
  readonly url: string;
  /** Stops accepting connections, lets in-flight requests finish (≤ shutdownTimeoutMs), then resolves. */
  close(): Promise<void>;
}

/** Listens on `port` (0 = any free port) and resolves once the server accepts connections. */
export async function startHttpServer(
  app: RequestListener,
  { port, host = '127.0.0.1', logger, shutdownTimeoutMs = 10_000 }: HttpServerOptions,
): Promise<RunningHttpServer> {
  const server = createServer(app);
  const inFlight = new Set<ServerResponse>();
  let closing: Promise<void> | undefined;

  server.on('request', (_req, res: ServerResponse) => {
    inFlight.add(res);
    if (closing !== undefined) res.setHeader('connection', 'close');
    res.on('close', () => {
      inFlight.delete(res);
      // The keep-alive socket of a finished request is idle now; let it go so server.close() can end.
      if (closing !== undefined) setImmediate(() => server.closeIdleConnections());
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port: boundPort } = server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${boundPort}`;
  logger.info({ url }, 'listening');

  const shutdown = (): Promise<void> =>
    new Promise((resolve) => {
      logger.info({ inFlight: inFlight.size }, 'closing http server');
      for (const res of inFlight) if (!res.headersSent) res.setHeader('connection', 'close');
      const deadline = setTimeout(() => {
        logger.warn(
          { inFlight: inFlight.size },
          'in-flight requests outlived the shutdown timeout; cutting them off',
        );
        server.closeAllConnections();
      }, shutdownTimeoutMs);
      server.close(() => {
        clearTimeout(deadline);
        resolve();
      });
      server.closeIdleConnections();
    });

  return {
    port: boundPort,
    url,
    close: () => (closing ??= shutdown()),
  };
}
