import type { IncomingMessage } from 'node:http';
import { constants } from 'node:zlib';
import compression from 'compression';
import type { RequestHandler } from 'express';

/**
 * Whether gzip pays for this client: only across a network. A page of 20 matches is ~23 KB of JSON;
 * gzip makes it ~3 KB but costs more CPU than serialising it (bench:http), which a client on the
 * same host (embedded mode's web app, a local CLI, a proxy beside the service) gains nothing from.
 */
export function compressionPays(req: IncomingMessage): boolean {
  const peer = req.socket.remoteAddress ?? '';
  const host = peer.startsWith('::ffff:') ? peer.slice('::ffff:'.length) : peer;
  return !(host === '::1' || host.startsWith('127.'));
}

const gzip = compression({ threshold: 2048, level: constants.Z_BEST_SPEED });

/**
 * gzip at its fastest level for large answers to clients across a network; small answers stay plain.
 * A client on this host skips the middleware altogether: it wraps every write even when it then
 * decides not to compress.
 */
export const compressAcrossNetwork: RequestHandler = (req, res, next) => {
  if (compressionPays(req)) gzip(req, res, next);
  else next();
};
